import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { refuse } from '../contract/errors';
import { idSchema, isoDateSchema, limitSchema, paragraph, requiredLine } from '../intake/fields';
import { MEETING_READ, MEETING_WRITE } from './access';
import {
  findMeeting,
  listMeetings,
  recordMeeting,
  updateMeeting,
  type MeetingDetail,
} from './meetings';
import { openProblemSchema } from './problemHandlers';
import { openProblem } from './problems';

// Review meetings 定期召開保修業務分析會議 (issue 10, item 5; policy 6): recorded by a
// supervisor or admin, read by finance too. The problems a meeting decides on are linked, and
// new ones can be opened from the meeting in the same transaction as its record.

const cursorSchema = z
  .string()
  .regex(/^\d{1,15}$/, 'Pass back nextCursor as given')
  .transform(Number)
  .optional();
const attendeesSchema = z.array(idSchema).min(1, 'Who attended?').max(50);
const agendaSchema = z.array(requiredLine('Agenda item', 500)).max(30);
const minutesSchema = paragraph('Minutes', 20000);
const problemIdsSchema = z.array(idSchema).max(50);

async function mustFind(db: Parameters<typeof findMeeting>[0], id: number): Promise<MeetingDetail> {
  const m = await findMeeting(db, id);
  if (!m) {
    throw refuse('NOT_FOUND', 'improvement.meetingNotFound', {
      params: { id },
      field: 'meetingId',
      message: `No meeting #${id}.`,
    });
  }
  return m;
}

export const meetingHandlers = {
  'meetings/record': defineHandler({
    summary:
      'Records a review meeting: date, attendees, the reported period (and its archived period cost report), agenda items, minutes, the problems decided on and new ones opened there.',
    access: MEETING_WRITE,
    input: z
      .object({
        heldOn: isoDateSchema,
        attendeeIds: attendeesSchema,
        periodFrom: isoDateSchema,
        periodTo: isoDateSchema,
        reportDocumentId: idSchema.optional(),
        agenda: agendaSchema.default([]),
        minutes: minutesSchema.default(''),
        problemIds: problemIdsSchema.default([]),
        newProblems: z.array(openProblemSchema).max(10).default([]),
      })
      .strict(),
    run: async (ctx, input): Promise<MeetingDetail> => {
      const now = ctx.now();
      const id = await ctx.write(async (trx, audit) => {
        const opened: number[] = [];
        for (const p of input.newProblems) {
          opened.push(
            await openProblem(
              trx,
              audit,
              { ...p, complaintId: p.complaintId ?? null, ownerId: p.ownerId ?? ctx.actor.id },
              ctx.actor.id,
              now,
            ),
          );
        }
        return recordMeeting(
          trx,
          audit,
          {
            heldOn: input.heldOn,
            attendeeIds: input.attendeeIds,
            periodFrom: input.periodFrom,
            periodTo: input.periodTo,
            reportDocumentId: input.reportDocumentId ?? null,
            agenda: input.agenda,
            minutes: input.minutes,
            problemIds: [...input.problemIds, ...opened],
          },
          ctx.actor.id,
          now.toISOString(),
        );
      });
      return mustFind(ctx.db, id);
    },
  }),

  'meetings/update': defineHandler({
    summary:
      'Changes a meeting record at the version read: any of date, attendees, period, report, agenda, minutes, problems (a list given replaces the old one).',
    access: MEETING_WRITE,
    input: z
      .object({
        meetingId: idSchema,
        version: z.number().int().positive(),
        heldOn: isoDateSchema.optional(),
        attendeeIds: attendeesSchema.optional(),
        periodFrom: isoDateSchema.optional(),
        periodTo: isoDateSchema.optional(),
        reportDocumentId: idSchema.nullable().optional(),
        agenda: agendaSchema.optional(),
        minutes: minutesSchema.optional(),
        problemIds: problemIdsSchema.optional(),
      })
      .strict(),
    run: async (ctx, input): Promise<MeetingDetail> => {
      const { meetingId, version, ...set } = input;
      await ctx.write((trx, audit) =>
        updateMeeting(trx, audit, { id: meetingId, version, set }, ctx.now().toISOString()),
      );
      return mustFind(ctx.db, meetingId);
    },
  }),

  'meetings/list': defineHandler({
    summary: 'Review meetings, latest recorded first, keyset-paged.',
    access: MEETING_READ,
    input: z.object({ cursor: cursorSchema, limit: limitSchema }).strict(),
    run: async (ctx, input) => listMeetings(ctx.db, { beforeId: input.cursor, limit: input.limit }),
  }),

  'meetings/get': defineHandler({
    summary: 'One review meeting with attendees, agenda, minutes, report and problems.',
    access: MEETING_READ,
    input: z.object({ meetingId: idSchema }).strict(),
    run: async (ctx, input): Promise<MeetingDetail> => mustFind(ctx.db, input.meetingId),
  }),
};
