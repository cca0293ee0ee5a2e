import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import type { AuditRow } from './auditLog';

export type AuditRecord = {
  id: number;
  at: string;
  staffId: number | null;
  staffName: string | null;
  channel: string;
  entity: string;
  entityId: string | null;
  action: string;
  before: unknown;
  after: unknown;
};

export const auditHandlers = {
  'audit/list': defineHandler({
    summary: 'The audit trail, newest first, paged by id (supervisors and admins only).',
    access: ['supervisor', 'admin'],
    input: z
      .object({
        entity: z.string().max(40).optional(),
        entityId: z.string().max(40).optional(),
        beforeId: z.number().int().positive().optional(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    run: async (ctx, input): Promise<AuditRecord[]> => {
      const query = ctx
        .db('audit_log as a')
        .leftJoin('staff as s', 's.id', 'a.staff_id')
        .select<(AuditRow & { staff_name: string | null })[]>('a.*', 's.display_name as staff_name')
        .orderBy('a.id', 'desc')
        .limit(input.limit);
      if (input.entity) void query.where('a.entity', input.entity);
      if (input.entityId) void query.where('a.entity_id', input.entityId);
      if (input.beforeId) void query.where('a.id', '<', input.beforeId);
      const rows = await query;
      return rows.map((r) => ({
        id: r.id,
        at: r.at,
        staffId: r.staff_id,
        staffName: r.staff_name,
        channel: r.channel,
        entity: r.entity,
        entityId: r.entity_id,
        action: r.action,
        before: r.before === null ? null : JSON.parse(r.before),
        after: r.after === null ? null : JSON.parse(r.after),
      }));
    },
  }),
};
