import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Audit } from '../contract/handler';
import { writeAudit } from '../audit/auditLog';
import { createSettingsStore } from '../settings/settingsStore';
import { addMonths } from '../intake/civilDate';
import { insertedId } from '../intake/rows';
import { createTicket, type IntakeDeps } from '../intake/ticketCreate';
import { createTicketSchema } from '../intake/ticketSchemas';
import { depotTimeZone, localDate } from '../intake/zonedTime';
import {
  DEMO_MODELS,
  DEMO_STATIONS,
  DEMO_TICKETS,
  DEMO_TYPES,
  type DemoTicket,
} from './intakeDemoData';

// The intake part of the demo depot: catalogue, stations and tickets showing every warranty
// outcome, an overdue emergency, a repeat repair and a cancellation. Tickets go through the
// intake desk's own service, so report numbers, snapshots and audit rows are the real thing.

export async function seedIntakeDemo(db: Knex, now: Date): Promise<{ tickets: number }> {
  const at = now.toISOString();
  const stamp = { created_at: at, updated_at: at };
  const timeZone = depotTimeZone();
  const today = localDate(now, timeZone);
  const settings = await createSettingsStore().load(db);
  const clerk = await db('staff').where({ username: 'mei' }).first('id', 'display_name');
  const deps: IntakeDeps = {
    actor: { id: clerk.id, displayName: clerk.display_name, roles: ['intake_clerk'] },
    now,
    settings,
    timeZone,
  };
  const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();

  return db.transaction(async (trx) => {
    const audit: Audit = (entry) =>
      writeAudit(trx, { ...entry, channel: 'cli/seed', staffId: clerk.id, at: now });
    const insert = async (table: string, entity: string, row: Record<string, unknown>) => {
      const id = insertedId(
        (
          await trx(table)
            .insert({ ...row, ...stamp })
            .returning('id')
        )[0],
      );
      await audit({ entity, entityId: id, action: 'create', after: row });
      return id;
    };
    const typeIds = new Map<string, number>();
    for (const t of DEMO_TYPES)
      typeIds.set(t.code, await insert('product_types', 'product_type', t));
    const modelIds = new Map<string, number>();
    for (const [code, type, en, zh, override] of DEMO_MODELS) {
      const row = {
        code,
        name_en: en,
        name_zh: zh,
        product_type_id: typeIds.get(type),
        warranty_months_override: override?.[0] ?? null,
        override_note: override?.[1] ?? null,
      };
      modelIds.set(code, await insert('product_models', 'product_model', row));
    }
    const stationIds: number[] = [];
    for (const s of DEMO_STATIONS)
      stationIds.push(await insert('repair_stations', 'repair_station', s));

    const create = ({ unit, ...t }: DemoTicket) => {
      const newUnit = unit && {
        modelId: modelIds.get(unit[0])!,
        serial: unit[1],
        invoiceDate: unit[2] === null ? null : addMonths(today, -unit[2]),
        invoiceNo:
          unit[2] === null ? '' : `AB-${unit[1].replace(/\D/g, '').slice(-8).padStart(8, '0')}`,
        seller: unit[2] === null ? '' : '全國電子 E-Life',
      };
      const input = createTicketSchema.parse({
        stationId: stationIds[t.channel === 'email' ? 1 : 0],
        newUnit,
        ...t,
        clientRequestId: randomUUID(),
      });
      // Each demo ticket is recorded as if typed in when it was reported.
      const enteredAt = input.reportedAt ? new Date(input.reportedAt) : now;
      return createTicket(trx, audit, input, { ...deps, now: enteredAt });
    };
    const ids: number[] = [];
    for (const t of DEMO_TICKETS(daysAgo)) ids.push(await create(t));

    // The bench is not built yet: the first repair is marked completed 30 days ago, and the
    // unit comes back today (a repeat repair inside the window); one phone call is cancelled.
    await trx('tickets')
      .where({ id: ids[0] })
      .update({ completed_at: daysAgo(30) });
    const first = await trx('tickets').where({ id: ids[0] }).first('customer_id', 'unit_id');
    await create({
      channel: 'counter',
      reportedAt: daysAgo(0.2),
      customerId: first.customer_id,
      unitId: first.unit_id,
      faultDescription: '修好後又不脫水 / Stops draining again after the repair',
    });
    const dropped = await create({
      channel: 'phone',
      reportedAt: daysAgo(5),
      customerId: first.customer_id,
      unit: ['AC-2200', 'AC22-5512', 3],
      faultDescription: '遙控器無反應 / Remote does not respond',
    });
    await trx('tickets').where({ id: dropped }).update({
      status: 'cancelled',
      cancelled_at: at,
      cancelled_by: clerk.id,
      cancel_reason: '客戶自行排除（換電池） / Customer fixed it (new batteries)',
      version: 2,
    });
    await audit({
      entity: 'ticket',
      entityId: dropped,
      action: 'cancel',
      after: { status: 'cancelled' },
    });
    return { tickets: ids.length + 2 };
  });
}
