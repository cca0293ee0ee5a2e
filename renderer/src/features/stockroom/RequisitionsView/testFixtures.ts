import type { Actor, Role } from '../../../../../main/contract/roles';
import type { TicketListRow } from '../../../../../main/intake/ticketListQuery';
import type { Part } from '../../../../../main/stock/partRepo';
import type { RequisitionView } from '../../../../../main/stock/requisitionActions';
import type { Requisition, RequisitionLine } from '../../../../../main/stock/requisitionRepo';
import { requisitionViewFor } from '../../../../../main/testing/views';
import { useSession } from '../../../stores/session';
import { signInStaff } from '../../../test/sessionStatus';

// Test data for the requisition screens, shaped as the core answers.

export function signInAs(id: number, roles: Role[], displayName = `Staff ${id}`): Actor {
  const staff: Actor = { id, username: `s${id}`, displayName, roles };
  signInStaff(staff);
  return staff;
}

export const acTicket: TicketListRow = {
  id: 2,
  reportNo: 'R2026-000002',
  reportedAt: '2026-11-26T02:00:00.000Z',
  status: 'received',
  channel: 'phone',
  customerName: 'Harbour Trading Co.',
  serial: 'AC36-7788123',
  modelCode: 'AC-3600I',
  modelNameEn: 'Inverter air conditioner 3.6 kW',
  modelNameZh: '變頻冷氣 3.6kW',
  stationCode: 'TPE',
  emergency: true,
  warrantyStatus: 'covered',
  responseDueAt: null,
  onSiteDueAt: null,
  overdue: false,
  repeatOfTicketId: null,
};

export function part(id: number, partNo: string, extra: Partial<Part> = {}): Part {
  return {
    id,
    partNo,
    nameEn: `Part ${partNo}`,
    nameZh: `零件 ${partNo}`,
    category: 'AC',
    unit: 'pcs',
    bin: 'B-01',
    unitCost: 1000,
    safetyStock: 1,
    maxStock: 10,
    critical: false,
    quotaPerLine: null,
    quotaPerTicket: null,
    active: true,
    version: 1,
    onHand: 5,
    avgCost: 1000,
    belowSafety: false,
    preferredSupplier: null,
    leadTimeDays: null,
    ...extra,
  };
}

export const inverterBoard = part(11, 'AC-INV-PCB', {
  nameEn: 'Inverter board 3.6 kW',
  nameZh: '變頻控制板 3.6kW',
  bin: 'B-02',
  critical: true,
  quotaPerLine: 1,
  quotaPerTicket: 2,
  onHand: 4,
});
export const capacitor = part(8, 'AC-CAP-35', { nameEn: 'Run capacitor 35 µF', onHand: 6 });

export function line(
  id: number,
  lineNo: number,
  p: Part,
  extra: Partial<RequisitionLine> = {},
): RequisitionLine {
  return {
    id,
    lineNo,
    partId: p.id,
    partNo: p.partNo,
    nameEn: p.nameEn,
    nameZh: p.nameZh,
    unit: p.unit,
    bin: p.bin,
    critical: p.critical,
    requested: 1,
    approved: null,
    issued: 0,
    returned: 0,
    onHand: p.onHand,
    quotaPerLine: p.quotaPerLine,
    quotaPerTicket: p.quotaPerTicket,
    ticketUsed: 0,
    overQuota: false,
    quotaOverrideReason: null,
    ...extra,
  };
}

/**
 * A requisition as requisitions/get answers it. Its `actions` are computed by the core's own rule
 * for whoever is signed in when they are read (a fixture is often built before the test signs
 * in), so the screens' tests follow the core.
 */
export function requisition(extra: Partial<Requisition> = {}): RequisitionView {
  const req: Requisition = {
    id: 3,
    reqNo: 'RQ000003',
    status: 'pending',
    version: 1,
    ticket: {
      id: acTicket.id,
      reportNo: acTicket.reportNo,
      modelCode: acTicket.modelCode,
      serialNo: acTicket.serial,
      status: 'received',
    },
    requestedBy: { id: 3, name: 'Lin Chih-hao' },
    requestedAt: '2026-11-27T01:00:00.000Z',
    note: null,
    decidedBy: null,
    decidedAt: null,
    decisionNote: null,
    lines: [
      line(31, 1, inverterBoard, { requested: 3, overQuota: true }),
      line(32, 2, capacitor, { requested: 2 }),
    ],
    movements: [],
    ...extra,
  };
  const nobody: Actor = { id: 0, username: 'nobody', displayName: 'Nobody', roles: [] };
  return Object.defineProperty({ ...req } as RequisitionView, 'actions', {
    enumerable: true,
    get: () => requisitionViewFor(req, useSession.getState().status?.staff ?? nobody).actions,
  });
}
