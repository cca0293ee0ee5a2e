import type { Requisition, RequisitionLine } from '../../../../../../main/stock/requisitionRepo';
import type { Input } from '../../../../bridge';
import { breaksQuota } from '../../../../../../main/rules/quota';
import { approvableOf, issuableNow, outOf } from '../../../../../../main/rules/requisitionLine';

// What the supervisor or the stockroom keeper types against each line, and how it becomes the
// core's input. Quantities are whole units; an emptied field counts as 0.

/** approve: the approved quantity; issue / return: the units handed out or taken back now. */
export type Mode = 'view' | 'approve' | 'issue' | 'return';

export type Entry = { quantity: number | string; reason: string };
export type Entries = Record<number, Entry>;
/** Errors by line id: on the quantity, or on the override reason. */
export type EntryErrors = Record<number, { quantity?: string; reason?: string }>;

export const num = (v: number | string): number => (typeof v === 'number' ? v : Number(v) || 0);

/** The most this mode lets a line take (policy 5.3, main/rules/requisitionLine.ts). */
export function maxOf(mode: Mode, l: RequisitionLine): number {
  if (mode === 'approve') return approvableOf(l);
  if (mode === 'issue') return issuableNow(l, l.onHand);
  if (mode === 'return') return outOf(l);
  return 0;
}

/**
 * What each field starts at: all that was asked (the supervisor lowers it), all that is open
 * and on the shelf (policy 5.3: the stockroom issues exactly what was approved, as far as
 * stock allows), nothing to return until the keeper says how many came back.
 */
export function initialEntries(mode: Mode, req: Requisition): Entries {
  const entries: Entries = {};
  for (const l of req.lines) {
    const quantity = mode === 'approve' || mode === 'issue' ? maxOf(mode, l) : 0;
    entries[l.id] = { quantity, reason: '' };
  }
  return entries;
}

/** Approving this line as typed needs a written override (policy 5.3). */
export function needsOverride(l: RequisitionLine, entry: Entry | undefined): boolean {
  return entry !== undefined && breaksQuota(num(entry.quantity), l, l.ticketUsed);
}

export function approveInput(req: Requisition, entries: Entries, note: string) {
  const input: Input<'requisitions/decide'> = {
    id: req.id,
    version: req.version,
    decision: 'approve',
    lines: req.lines.map((l) => {
      const e = entries[l.id];
      const reason = e?.reason.trim() ?? '';
      return {
        lineId: l.id,
        approved: num(e?.quantity ?? 0),
        ...(needsOverride(l, e) && reason && { quotaOverrideReason: reason }),
      };
    }),
    ...(note.trim() && { note: note.trim() }),
  };
  return { input, lineIds: req.lines.map((l) => l.id) };
}

/** Issue or return: only lines with units, in line order; `lineIds` maps the core's paths back. */
export function movementLines(req: Requisition, entries: Entries) {
  const chosen = req.lines.filter((l) => num(entries[l.id]?.quantity ?? 0) > 0);
  return {
    lines: chosen.map((l) => ({ lineId: l.id, quantity: num(entries[l.id].quantity) })),
    lineIds: chosen.map((l) => l.id),
  };
}

/** The core's `lines.N.quantity` / `lines.N.approved` / `lines.N.quotaOverrideReason` by line. */
export function placeError(
  field: string,
  lineIds: number[],
): { lineId: number; key: 'quantity' | 'reason' } | null {
  const m = /^lines\.(\d+)\.(approved|quantity|quotaOverrideReason|lineId)$/.exec(field);
  const lineId = m ? lineIds[Number(m[1])] : undefined;
  if (!m || lineId === undefined) return null;
  return { lineId, key: m[2] === 'quotaOverrideReason' ? 'reason' : 'quantity' };
}
