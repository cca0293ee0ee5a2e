import { describe, expect, it } from 'vitest';
import { i18next } from '../../../i18n';
import { part } from '../partsTestFixtures';
import { checkReceipt, lineFor, toReceiveInput, withQuantity } from './receivingModel';

const t = i18next.t.bind(i18next);

describe('receivingModel', () => {
  it('keeps received = accepted + rejected whichever quantity changes (policy 5.1)', () => {
    let line = lineFor(part(1), 'TWD');
    line = withQuantity(line, 'received', 10);
    expect([line.accepted, line.rejected]).toEqual([10, 0]);
    line = withQuantity(line, 'rejected', 4);
    expect([line.received, line.accepted]).toEqual([10, 6]);
    line = withQuantity(line, 'accepted', 9);
    expect([line.received, line.rejected]).toEqual([10, 1]);
    line = withQuantity(line, 'received', '');
    expect(line.accepted).toBe(9); // an empty field changes nothing else
  });

  it('asks for a supplier, a delivery note, a line and a reason for any rejection', () => {
    expect(checkReceipt({ supplier: ' ', reference: '', lines: [] }, t)).toEqual({
      supplier: 'Required',
      reference: 'Required',
      lines: 'A receipt has at least one line: scan a part',
    });
    const line = withQuantity(lineFor(part(1), 'TWD'), 'rejected', 1);
    expect(
      checkReceipt({ supplier: 'Acme', reference: 'DN-1', lines: [{ ...line, received: 1 }] }, t),
    ).toEqual({ 'lines.0.rejectReason': 'Say why units were rejected (policy 5.1)' });
  });

  it('sends costs as integer minor units and leaves out an empty reason', () => {
    const line = { ...lineFor(part(1), 'TWD'), unitCost: 8.1 };
    expect(toReceiveInput({ supplier: 'Acme', reference: 'DN-1', lines: [line] }, 'TWD')).toEqual({
      supplier: 'Acme',
      reference: 'DN-1',
      lines: [{ partId: 1, received: 1, accepted: 1, rejected: 0, unitCost: 810 }],
    });
  });
});
