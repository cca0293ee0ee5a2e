import type { Part } from '../../../../../../main/stock/partRepo';
import type { Input } from '../../../../bridge';

// The new requisition form's values: what the technician scanned or typed, and the lines.

export type RequestLine = Pick<
  Part,
  | 'partNo'
  | 'nameEn'
  | 'nameZh'
  | 'unit'
  | 'bin'
  | 'onHand'
  | 'critical'
  | 'quotaPerLine'
  | 'quotaPerTicket'
> & { partId: number; quantity: number | string };

export type RequestValues = {
  ticketQuery: string;
  partQuery: string;
  lines: RequestLine[];
  note: string;
};

export const EMPTY_REQUEST: RequestValues = { ticketQuery: '', partQuery: '', lines: [], note: '' };

export function lineOf(part: Part): RequestLine {
  return {
    partId: part.id,
    partNo: part.partNo,
    nameEn: part.nameEn,
    nameZh: part.nameZh,
    unit: part.unit,
    bin: part.bin,
    onHand: part.onHand,
    critical: part.critical,
    quotaPerLine: part.quotaPerLine,
    quotaPerTicket: part.quotaPerTicket,
    quantity: 1,
  };
}

/** A quantity field as the number it holds (an emptied field is 0, which the core refuses). */
export function quantityOf(line: RequestLine): number {
  return typeof line.quantity === 'number' ? line.quantity : Number(line.quantity) || 0;
}

export function toCreateInput(
  ticketId: number,
  values: RequestValues,
  clientRequestId: string,
): Input<'requisitions/create'> {
  return {
    ticketId,
    lines: values.lines.map((l) => ({ partId: l.partId, quantity: quantityOf(l) })),
    ...(values.note.trim() && { note: values.note.trim() }),
    clientRequestId,
  };
}

/** The core's paths on this form: the ticket on its field, a line's part on its quantity. */
export function formPathOf(field: string): string | null {
  if (field === 'ticketId') return 'ticketQuery';
  if (field === 'lines') return 'partQuery';
  if (field === 'note') return 'note';
  const line = /^lines\.(\d+)\.(partId|quantity)$/.exec(field);
  return line ? `lines.${line[1]}.quantity` : null;
}
