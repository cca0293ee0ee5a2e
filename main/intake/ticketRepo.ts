import type { Knex } from 'knex';
import { findCustomer, type Customer } from './customerRepo';
import { isOverdue } from './overdue';
import { bool } from './rows';
import type { Channel, Offer } from './ticketSchemas';
import type { WarrantyDecision } from './warranty';
import { fromStored } from './warrantySnapshot';

export type TicketDetail = {
  id: number;
  reportNo: string;
  channel: Channel;
  reportedAt: string;
  status: string;
  customer: Customer;
  unit: {
    id: number;
    serial: string;
    invoiceDate: string | null;
    invoiceNo: string | null;
    seller: string | null;
    model: { id: number; code: string; nameEn: string; nameZh: string };
  };
  station: { id: number; code: string; nameEn: string; nameZh: string };
  faultDescription: string;
  accessories: string[];
  accessoriesNote: string;
  condition: string;
  emergency: boolean;
  /** The decision as snapshotted at intake (or by a supervisor's override). */
  warranty: WarrantyDecision;
  notCoveredExplanation: string | null;
  offer: Offer | null;
  repeatOf: { id: number; reportNo: string } | null;
  responseDueAt: string | null;
  onSiteDueAt: string | null;
  overdue: boolean;
  completedAt: string | null;
  cancelled: { at: string; by: string | null; reason: string | null } | null;
  createdBy: { id: number; displayName: string };
  createdAt: string;
  version: number;
};

type TicketRow = {
  id: number;
  report_no: string;
  channel: Channel;
  reported_at: string;
  status: string;
  customer_id: number;
  unit_id: number;
  station_id: number;
  fault_description: string;
  accessories: string;
  accessories_note: string;
  condition: string;
  emergency: number | boolean;
  warranty_snapshot: string;
  not_covered_explanation: string | null;
  offer: Offer | null;
  repeat_of_ticket_id: number | null;
  response_due_at: string | null;
  onsite_due_at: string | null;
  responded_at: string | null;
  onsite_at: string | null;
  completed_at: string | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
  created_by: number;
  created_at: string;
  version: number;
};

type DetailRow = TicketRow & {
  serial: string;
  invoice_date: string | null;
  invoice_no: string | null;
  seller: string | null;
  model_id: number;
  model_code: string;
  model_name_en: string;
  model_name_zh: string;
  station_code: string;
  station_name_en: string;
  station_name_zh: string;
  created_by_name: string;
  cancelled_by_name: string | null;
  repeat_report_no: string | null;
};

export async function getTicketDetail(
  db: Knex,
  id: number,
  nowIso: string,
): Promise<TicketDetail | null> {
  const t: DetailRow | undefined = await db('tickets as t')
    .join('units as u', 'u.id', 't.unit_id')
    .join('product_models as m', 'm.id', 'u.model_id')
    .join('repair_stations as s', 's.id', 't.station_id')
    .join('staff as c', 'c.id', 't.created_by')
    .leftJoin('staff as x', 'x.id', 't.cancelled_by')
    .leftJoin('tickets as r', 'r.id', 't.repeat_of_ticket_id')
    .where('t.id', id)
    .first(
      't.*',
      'u.serial',
      'u.invoice_date',
      'u.invoice_no',
      'u.seller',
      'u.model_id',
      'm.code as model_code',
      'm.name_en as model_name_en',
      'm.name_zh as model_name_zh',
      's.code as station_code',
      's.name_en as station_name_en',
      's.name_zh as station_name_zh',
      'c.display_name as created_by_name',
      'x.display_name as cancelled_by_name',
      'r.report_no as repeat_report_no',
    );
  if (!t) return null;
  const customer = (await findCustomer(db, t.customer_id))!;
  return {
    id: t.id,
    reportNo: t.report_no,
    channel: t.channel,
    reportedAt: t.reported_at,
    status: t.status,
    customer,
    unit: {
      id: t.unit_id,
      serial: t.serial,
      invoiceDate: t.invoice_date,
      invoiceNo: t.invoice_no,
      seller: t.seller,
      model: {
        id: t.model_id,
        code: t.model_code,
        nameEn: t.model_name_en,
        nameZh: t.model_name_zh,
      },
    },
    station: {
      id: t.station_id,
      code: t.station_code,
      nameEn: t.station_name_en,
      nameZh: t.station_name_zh,
    },
    faultDescription: t.fault_description,
    accessories: JSON.parse(t.accessories) as string[],
    accessoriesNote: t.accessories_note,
    condition: t.condition,
    emergency: bool(t.emergency),
    warranty: fromStored(t.warranty_snapshot),
    notCoveredExplanation: t.not_covered_explanation,
    offer: t.offer,
    repeatOf:
      t.repeat_of_ticket_id === null
        ? null
        : { id: t.repeat_of_ticket_id, reportNo: t.repeat_report_no! },
    responseDueAt: t.response_due_at,
    onSiteDueAt: t.onsite_due_at,
    overdue: isOverdue(t, nowIso),
    completedAt: t.completed_at,
    cancelled:
      t.cancelled_at === null
        ? null
        : { at: t.cancelled_at, by: t.cancelled_by_name, reason: t.cancel_reason },
    createdBy: { id: t.created_by, displayName: t.created_by_name },
    createdAt: t.created_at,
    version: t.version,
  };
}
