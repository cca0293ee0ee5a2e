import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { writeAudit } from '../audit/auditLog';
import { checklistFor } from '../bench/checklist';
import { insertedId } from '../intake/rows';
import { addWorkingDays } from '../intake/workingDays';
import { addDays, type IsoDate } from '../intake/civilDate';
import { depotTimeZone, localDate, zonedInstant } from '../intake/zonedTime';
import { readStoredSettings } from '../settings/storedSettings';
import { signaturePng } from '../testing/images';
import { historyChannels } from './historyChannels';
import { COMPLAINTS, HISTORY_CODES, TRAININGS, historyCustomer } from './historyDemoData';
import {
  HISTORY_DAYS,
  LOCK_ACTION_DAYS_AGO,
  invoiceFor,
  planHistory,
  receiptDays,
  type Plan,
} from './historyPlan';
import { sequence } from './sequence';

// Six months of history for the demo depot (issue 10: a new manager sees a living dashboard).
// Each unit's story is played out through the depot's own channels as the staff named, at the
// moment it happened: intake, claim, coded fault, quote and the customer's answer, parts
// requested, approved and issued from stock, labour, test, hand-over with signature (or a
// rejection that opens a re-repair), the follow-up call with its score, and now and then a
// complaint routed and resolved. Stories interleave in time order. The stockroom receives each
// month what the month's repairs will use, at the part's cost, so the demo's stock levels and
// average costs end where the stockroom demo left them. The emergency promise's first response
// and visit have no channel yet: they are stamped on the ticket with their audit row.

const SIGNATURE = `data:image/png;base64,${signaturePng(5).toString('base64')}`;
const HOUR = 3_600_000;
const NOT_COVERED = '已過保固期，說明付費維修 / Past the warranty period; paid repair explained';

const PAYMENT_ROTATION = ['cash', 'card', 'transfer', 'card'] as const;
export type HistorySummary = {
  tickets: number;
  from: IsoDate;
  to: IsoDate;
  /** The day the door lock switch's corrective action was taken. */
  lockActionDate: IsoDate;
};

const SYMPTOMS = new Map(
  HISTORY_CODES.filter(([kind]) => kind === 'symptom').map(([, code, en, zh]) => [
    code,
    `${zh} / ${en}`,
  ]),
);

type Step = { at: number; order: number; story: AsyncGenerator<Date, void, void> };

export async function seedHistoryDemo(
  db: Knex,
  now: Date,
  dataDir: string,
): Promise<HistorySummary> {
  const timeZone = depotTimeZone();
  const rows = (await db('settings').select('key', 'value')) as { key: string; value: string }[];
  const settings = readStoredSettings(rows).settings;
  const calendar = settings.calendar;
  const random = sequence(20_261_207);
  const plans = planHistory(now, calendar, timeZone, random);
  const today = localDate(now, timeZone);

  await db.transaction(async (trx) => {
    const call = await historyChannels(trx, dataDir);
    const idOf = async (table: string, where: Record<string, unknown>) =>
      ((await trx(table).where(where).first('id')) as { id: number }).id;
    const staffId = (username: string) => idOf('staff', { username });
    const version = async (id: number) =>
      ((await trx('tickets').where({ id }).first('version')) as { version: number }).version;
    const local = (day: IsoDate, hour: number) => zonedInstant(day, hour * HOUR, timeZone);
    const working = (after: Date, n: number, hour: number) => {
      const at = local(addWorkingDays(localDate(after, timeZone), n, calendar), hour);
      return at.getTime() > after.getTime() ? at : new Date(after.getTime() + 2 * HOUR);
    };
    const stations = (await trx('repair_stations').orderBy('id').select('id')) as { id: number }[];
    const partIds = new Map(
      (
        (await trx('parts').select('id', 'part_no', 'unit_cost')) as {
          id: number;
          part_no: string;
          unit_cost: number;
        }[]
      ).map((p) => [p.part_no, p]),
    );
    const partOf = (plan: Plan) => (plan.fault.partNo ? partIds.get(plan.fault.partNo) : undefined);
    const ticketOf = new Map<Plan, number>();

    // The scheduler: every story yields the moment of its next step; the earliest runs next.
    const queue: Step[] = [];
    let order = 0;
    const schedule = async (story: AsyncGenerator<Date, void, void>) => {
      const next = await story.next();
      if (next.done) return;
      const step = { at: next.value.getTime(), order: order++, story };
      let i = queue.length;
      while (i > 0 && queue[i - 1].at > step.at) i--;
      queue.splice(i, 0, step);
    };

    async function* setUp(): AsyncGenerator<Date, void, void> {
      const start = local(addDays(today, -HISTORY_DAYS - 3), 8);
      yield start;
      for (const [kind, code, nameEn, nameZh] of HISTORY_CODES) {
        const taken = await trx('fault_codes').where({ kind, code }).first('id');
        if (!taken) await call('fen', 'faultCodes/save', { kind, code, nameEn, nameZh }, start);
      }
    }

    async function* receipt(month: string, day: IsoDate): AsyncGenerator<Date, void, void> {
      const need = new Map<number, { quantity: number; unitCost: number }>();
      for (const p of plans) {
        const part = partOf(p);
        if (
          !part ||
          p.quote === 'decline' ||
          localDate(p.reportedAt, timeZone).slice(0, 7) !== month
        )
          continue;
        const line = need.get(part.id) ?? { quantity: 0, unitCost: part.unit_cost };
        need.set(part.id, { ...line, quantity: line.quantity + 1 });
      }
      if (need.size === 0) return;
      const at = local(day, 8.5);
      yield at;
      const lines = [...need].map(([partId, l]) => ({
        partId,
        received: l.quantity,
        accepted: l.quantity,
        rejected: 0,
        unitCost: l.unitCost,
      }));
      const reference = `DN-${month.replace('-', '')}-H`;
      await call(
        'kuo',
        'stock/receive',
        { supplier: '大同零件 Tatung Parts', reference, lines },
        at,
      );
    }

    async function* training(): AsyncGenerator<Date, void, void> {
      const people = ['hao', 'ting', 'mei'];
      for (const [i, [course, kind, minutes]] of TRAININGS.entries()) {
        const day = addWorkingDays(addDays(today, -HISTORY_DAYS + 20 + i * 40), 0, calendar);
        const at = local(day, 17);
        yield at;
        for (const who of people) {
          if (who === 'mei' && kind !== 'service_rules') continue;
          const input = {
            staffId: await staffId(who),
            course,
            kind,
            date: day,
            minutes,
            trainer: '張淑芬 Chang Shu-fen',
            result: who === 'ting' && i === 1 ? ('failed' as const) : ('passed' as const),
          };
          await call('fen', 'training/record', input, at);
        }
      }
    }

    async function* followUp(plan: Plan, id: number, delivered: Date): AsyncGenerator<Date> {
      const followUpId = await idOf('follow_ups', { ticket_id: id });
      let at = working(delivered, plan.callDays, 14);
      yield at;
      if (!plan.reachedFirst) {
        const comments = '無人接聽 / No answer';
        const miss = { followUpId, method: 'phone' as const, reached: false, comments };
        await call('mei', 'followUps/recordAttempt', miss, at);
        at = working(at, 1, 10);
        yield at;
      }
      const answer = { followUpId, method: 'phone' as const, reached: true };
      await call('mei', 'followUps/recordAttempt', { ...answer, satisfaction: plan.score }, at);
      if (!plan.complaint) return;
      const description = COMPLAINTS[plan.n % COMPLAINTS.length];
      let c = await call('mei', 'complaints/record', { ticketId: id, followUpId, description }, at);
      const responsibleId = await staffId(plan.tech);
      const dueDate = addWorkingDays(localDate(at, timeZone), 5, calendar);
      at = working(at, 0, 16);
      yield at;
      c = await call(
        'fen',
        'complaints/route',
        { complaintId: c.id, version: c.version, responsibleId, dueDate },
        at,
      );
      at = working(at, 1, 10);
      yield at;
      c = await call(plan.tech, 'complaints/start', { complaintId: c.id, version: c.version }, at);
      // Most are settled within the deadline; one in four takes longer.
      at = working(at, plan.n % 4 === 0 ? 7 : 2, 15);
      yield at;
      const resolution = '已致電說明並完成處理 / Called the customer and put it right';
      c = await call(
        plan.tech,
        'complaints/resolve',
        { complaintId: c.id, version: c.version, resolution },
        at,
      );
      at = working(at, 1, 11);
      yield at;
      await call('fen', 'complaints/close', { complaintId: c.id, version: c.version }, at);
    }

    async function* repair(plan: Plan, existing?: number): AsyncGenerator<Date, void, void> {
      const tech = plan.tech;
      let id = existing;
      if (id === undefined) {
        yield plan.reportedAt;
        const day = localDate(plan.reportedAt, timeZone);
        const model = await idOf('product_models', { code: plan.model });
        const base = {
          clientRequestId: randomUUID(),
          stationId: stations[plan.station % stations.length].id,
          channel: plan.n % 3 === 0 ? ('phone' as const) : ('counter' as const),
          reportedAt: plan.reportedAt.toISOString(),
          faultDescription: SYMPTOMS.get(plan.fault.symptom) ?? plan.fault.symptom,
          // Policy 3.1: a case the warranty does not cover is explained to the customer.
          ...(plan.covered ? {} : { notCoveredExplanation: NOT_COVERED }),
        };
        const earlier = plan.again && ticketOf.get(plan.again);
        const created = earlier
          ? await call(
              'mei',
              'tickets/create',
              { ...base, ...(await unitOf(earlier)) },
              plan.reportedAt,
            )
          : await call(
              'mei',
              'tickets/create',
              {
                ...base,
                newCustomer: {
                  kind: 'person',
                  name: historyCustomer(plan.n).name,
                  phones: [historyCustomer(plan.n).phone],
                },
                newUnit: {
                  modelId: model,
                  serial: `${plan.model.replace('-', '')}-H${String(plan.n).padStart(5, '0')}`,
                  invoiceDate: invoiceFor(plan, day, random),
                  invoiceNo: `HX-${String(10_000_000 + plan.n)}`,
                  seller: '全國電子 E-Life',
                },
              },
              plan.reportedAt,
            );
        id = created.id;
      }
      ticketOf.set(plan, id);
      const ticket = (await trx('tickets')
        .where({ id })
        .first('response_due_at', 'reported_at')) as {
        response_due_at: string | null;
        reported_at: string;
      };
      const reported = new Date(ticket.reported_at);
      const emergency = ticket.response_due_at !== null && existing === undefined;
      // Emergencies are claimed within the hour, or (one in five) two working days late.
      let at = working(reported, 1, 9 + (plan.n % 3));
      if (emergency) {
        at = plan.emergencyLate
          ? working(reported, settings.policy.onSiteWorkingDays + 1, 10)
          : new Date(reported.getTime() + HOUR);
      }
      yield at;
      await call(tech, 'bench/claim', { ticketId: id, version: await version(id) }, at);
      if (emergency) {
        await trx('tickets')
          .where({ id })
          .update({ responded_at: at.toISOString(), onsite_at: at.toISOString() });
        await writeAudit(trx, {
          channel: 'cli/seed',
          staffId: await staffId(tech),
          at,
          entity: 'ticket',
          entityId: id,
          action: 'respond',
          after: { respondedAt: at.toISOString(), onsiteAt: at.toISOString() },
        });
      }
      const { symptom, cause, measure } = plan.fault;
      await call(tech, 'repairLog/addFault', { ticketId: id, symptom, cause, measure }, at);
      const part = partOf(plan);
      if (plan.quote === 'none') {
        await call(
          tech,
          'bench/transition',
          { ticketId: id, version: await version(id), to: 'in_repair' },
          at,
        );
      } else {
        const parts = part ? [{ partId: part.id, quantity: 1 }] : [];
        const q = await call(
          tech,
          'quotes/create',
          { ticketId: id, version: await version(id), labourMinutes: plan.labourMinutes, parts },
          at,
        );
        at = working(at, 1, 11);
        yield at;
        const decision = plan.quote === 'approve' ? ('approve' as const) : ('decline' as const);
        await call(
          'mei',
          'quotes/decide',
          { quoteId: q.quoteId, version: await version(id), decision },
          at,
        );
        if (decision === 'decline') {
          at = working(at, plan.pickupDays, 15);
          yield at;
          await call(
            'mei',
            'bench/transition',
            { ticketId: id, version: await version(id), to: 'delivered' },
            at,
          );
          yield* followUp(plan, id, at);
          return;
        }
      }
      if (part) {
        at = new Date(at.getTime() + HOUR / 2);
        const req = await call(
          tech,
          'requisitions/create',
          { ticketId: id, lines: [{ partId: part.id, quantity: 1 }] },
          at,
        );
        at = new Date(at.getTime() + HOUR);
        yield at;
        const lines = req.lines.map((l) => ({ lineId: l.id, approved: 1 }));
        await call(
          'fen',
          'requisitions/decide',
          { id: req.id, version: req.version, decision: 'approve', lines },
          at,
        );
        at = new Date(at.getTime() + HOUR);
        yield at;
        await call(
          'kuo',
          'requisitions/issue',
          { id: req.id, lines: req.lines.map((l) => ({ lineId: l.id, quantity: 1 })) },
          at,
        );
      }
      at = working(at, plan.repairDays, 16);
      yield at;
      await call(
        tech,
        'labour/add',
        { ticketId: id, minutes: Math.min(plan.labourMinutes, 720) },
        at,
      );
      await call(
        tech,
        'bench/transition',
        { ticketId: id, version: await version(id), to: 'testing' },
        at,
      );
      await passChecklist(id, tech, at);
      await call(
        tech,
        'bench/transition',
        { ticketId: id, version: await version(id), to: 'ready_for_pickup' },
        at,
      );
      at = working(at, plan.pickupDays, 11 + (plan.n % 6));
      yield at;
      if (plan.reject && plan.comeback) {
        const reason = '仍有相同問題 / Same fault again';
        const r = await call(
          'mei',
          'acceptance/reject',
          { ticketId: id, version: await version(id), reason },
          at,
        );
        await schedule(repair(plan.comeback, r.rerepairTicketId));
        return;
      }
      await call(
        'mei',
        'acceptance/accept',
        { ticketId: id, version: await version(id), signature: SIGNATURE },
        at,
      );
      await payAtHandOver(id, at);
      yield* followUp(plan, id, at);
    }

    // Every item of the type's checklist passed (policy 3.3), written as checklist/record writes
    // it (row and audit row) without building the repair log view after each of the ~1,700.
    async function passChecklist(id: number, tech: string, at: Date) {
      const { type } = (await trx('tickets as t')
        .join('units as u', 'u.id', 't.unit_id')
        .join('product_models as m', 'm.id', 'u.model_id')
        .where('t.id', id)
        .first('m.product_type_id as type')) as { type: number };
      const by = await staffId(tech);
      for (const item of (await checklistFor(trx, type)).items) {
        const created = { created_by: by, created_at: at.toISOString() };
        const [row] = await trx('ticket_checks')
          .insert({ ticket_id: id, item_id: item.id, result: 'pass', note: null, ...created })
          .returning('id');
        await writeAudit(trx, {
          channel: 'checklist/record',
          staffId: by,
          at,
          entity: 'ticket',
          entityId: id,
          action: 'checkRecord',
          after: { checkId: insertedId(row), item: item.code, result: 'pass', note: null },
        });
      }
    }

    // A billed ticket is paid at the desk when the unit goes home (policy 3.5): in full, but one
    // in ten customers pays half and owes the rest, so the report's paid is not its billed.
    async function payAtHandOver(id: number, at: Date) {
      const { money } = await call('mei', 'payments/list', { ticketId: id }, at);
      if (money.payable === null || money.balance <= 0) return;
      const amount = id % 10 === 3 ? Math.ceil(money.balance / 2) : money.balance;
      await call(
        'mei',
        'payments/record',
        {
          ticketId: id,
          kind: money.payable,
          method: PAYMENT_ROTATION[id % PAYMENT_ROTATION.length],
          amount,
          receiptNo: `RC-${String(id).padStart(6, '0')}`,
        },
        at,
      );
    }

    // The corrective action behind the door lock switch's fall (policy 6.2-6.3): raised at the
    // month's review meeting, worked by the bench, done on the action day and waiting for the
    // manager's effectiveness review.
    async function* lockSwitchAction(): AsyncGenerator<Date, void, void> {
      const lockDay = addDays(today, -LOCK_ACTION_DAYS_AGO);
      const raised = local(addDays(lockDay, -10), 9);
      yield raised;
      const problem = await call(
        'fen',
        'improvement/open',
        {
          title:
            'Front loader door lock switch failures keep rising / 滾筒洗衣機門鎖開關故障持續增加',
          description: 'The dashboard shows DOOR-LOCK / LOCK-SW growing month on month.',
          source: 'trend',
          faultCodes: ['DOOR-LOCK', 'LOCK-SW'],
          modelIds: [],
          ticketIds: [],
          kind: 'corrective',
        },
        raised,
      );
      // The meeting reviews the month before it.
      const heldOn = localDate(raised, timeZone);
      const periodTo = addDays(`${heldOn.slice(0, 8)}01` as IsoDate, -1);
      const periodFrom = `${periodTo.slice(0, 8)}01` as IsoDate;
      await call(
        'fen',
        'meetings/record',
        {
          heldOn,
          attendeeIds: await Promise.all(['fen', 'hao', 'ting', 'wen'].map(staffId)),
          periodFrom,
          periodTo,
          agenda: [
            'Warranty cost of the month / 本月保修費用',
            'Door lock switch trend / 門鎖開關故障趨勢',
          ],
          minutes:
            'Door lock switch failures on front loaders rose for three months. Replace the supplier batch and check every door harness. / 門鎖開關故障連續三個月上升：更換供應商批次，並檢查所有門鎖線束。',
          problemIds: [problem.id],
          newProblems: [],
        },
        raised,
      );
      let version = (
        await call(
          'fen',
          'improvement/update',
          {
            problemId: problem.id,
            version: problem.version,
            rootCause:
              'A supplier batch of lock switches with weak contacts / 供應商批次門鎖開關接點不良',
            status: 'in_progress',
          },
          raised,
        )
      ).version;
      const given = await call(
        'fen',
        'improvement/addAction',
        {
          problemId: problem.id,
          description:
            'Replace the switch batch and check the door harness / 更換開關批次並檢查門鎖線束',
          responsibleId: await staffId('hao'),
          dueDate: lockDay,
        },
        raised,
      );
      version = given.version;
      const done = local(lockDay, 15);
      yield done;
      await call('hao', 'improvement/completeAction', { actionId: given.actionItems[0].id }, done);
      await call(
        'fen',
        'improvement/update',
        { problemId: problem.id, version, status: 'done' },
        done,
      );
    }

    async function unitOf(ticketId: number) {
      const t = (await trx('tickets').where({ id: ticketId }).first('customer_id', 'unit_id')) as {
        customer_id: number;
        unit_id: number;
      };
      return { customerId: t.customer_id, unitId: t.unit_id };
    }

    await schedule(setUp());
    await schedule(training());
    await schedule(lockSwitchAction());
    for (const [month, day] of receiptDays(plans, timeZone)) await schedule(receipt(month, day));
    for (const plan of plans) if (!plan.again?.reject) await schedule(repair(plan));
    while (queue.length > 0) {
      const step = queue.shift()!;
      await schedule(step.story);
    }
  });
  return {
    tickets: plans.length,
    from: addDays(today, -HISTORY_DAYS),
    to: today,
    lockActionDate: addDays(today, -LOCK_ACTION_DAYS_AGO),
  };
}
