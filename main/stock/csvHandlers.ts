import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import { refuse } from '../contract/errors';
import { STOCK_READ, STOCK_WRITE } from './access';
import { csvDigest, readCsv, type CsvFile } from './partCsv';
import { checkRows, type RejectedRow } from './partCsvRows';
import { applyRows, planRows } from './partCsvApply';
import type { FieldChange } from './partCsvPlan';
import { exportPartsCsv } from './partCsvExport';

// The parts catalogue to and from a CSV file (issue 4, item 1; policy 5.2). An import is
// previewed first; the import then applies the previewed file (same digest) in slices, one
// transaction and one audit row per slice, so a screen can show progress on 100,000 rows.

/** A file beyond 20 MB is not a parts catalogue; refusing it protects the core's memory. */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;
/** The preview lists this many changes and rejected rows in full, and counts the rest. */
export const PREVIEW_LIST = 500;

const csvSchema = z
  .string('The CSV must be text')
  .max(MAX_CSV_BYTES, 'The file is larger than 20 MB')
  .refine((s) => Buffer.byteLength(s, 'utf8') <= MAX_CSV_BYTES, 'The file is larger than 20 MB');

export type ImportChange = {
  line: number;
  partNo: string;
  action: 'create' | 'update';
  fields: Record<string, FieldChange>;
};

export type ImportPreview = {
  digest: string;
  /** Data rows in the file (the header and blank lines not counted). */
  total: number;
  create: number;
  update: number;
  unchanged: number;
  /** Rows the import walks with from/count (rows passing the per-row checks). */
  valid: number;
  rejected: RejectedRow[];
  rejectedCount: number;
  changes: ImportChange[];
  changeCount: number;
  /** Header columns Depot does not know; their cells are ignored. */
  unknownColumns: string[];
};

export type ImportResult = {
  /** Rows of the slice handled (created + updated + unchanged). */
  applied: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Rows of the slice refused against the catalogue as it is now (skipped). */
  rejected: RejectedRow[];
  done: boolean;
  next: number | null;
};

// Parsing a large file costs more than a slice of its rows, so the last file checked is kept,
// keyed by its digest, for the import's next slice.
let lastChecked: { digest: string; file: CsvFile; checked: ReturnType<typeof checkRows> } | null =
  null;

function checkFile(csv: string, digest: string) {
  if (lastChecked?.digest !== digest) {
    const file = readCsv(csv);
    lastChecked = { digest, file, checked: checkRows(file) };
  }
  return lastChecked;
}

export const csvHandlers = {
  'parts/export': defineHandler({
    summary:
      'The whole parts catalogue as CSV (UTF-8 with BOM, by part number); unit_cost in integer minor units, supplier columns = the preferred supplier.',
    access: STOCK_READ,
    input: z.object({}).strict(),
    run: async (ctx): Promise<{ csv: string; rows: number }> => exportPartsCsv(ctx.db),
  }),

  'parts/importPreview': defineHandler({
    summary:
      'Checks a parts CSV (at most 20 MB) against the catalogue without changing anything: counts, rejected rows with reasons, the changes by field, and the digest parts/import needs.',
    access: STOCK_WRITE,
    input: z.object({ csv: csvSchema }).strict(),
    run: async (ctx, input): Promise<ImportPreview> => {
      const digest = csvDigest(input.csv);
      const { file, checked } = checkFile(input.csv, digest);
      const plans = await planRows(ctx.db, checked.valid, file.present);
      const counts = { create: 0, update: 0, unchanged: 0 };
      const rejected = [...checked.rejected];
      const changes: ImportChange[] = [];
      for (const plan of plans) {
        if (plan.action === 'reject') {
          rejected.push({ line: plan.line, partNo: plan.partNo, errors: plan.errors });
          continue;
        }
        counts[plan.action] += 1;
        if (plan.action !== 'unchanged') {
          const { line, partNo, action, fields } = plan;
          changes.push({ line, partNo, action, fields: fields as Record<string, FieldChange> });
        }
      }
      rejected.sort((a, b) => a.line - b.line);
      return {
        digest,
        total: checked.total,
        ...counts,
        valid: checked.valid.length,
        rejected: rejected.slice(0, PREVIEW_LIST),
        rejectedCount: rejected.length,
        changes: changes.slice(0, PREVIEW_LIST),
        changeCount: changes.length,
        unknownColumns: file.unknownColumns,
      };
    },
  }),

  'parts/import': defineHandler({
    summary:
      'Applies the valid rows [from, from+count) of a previewed parts CSV (digest from parts/importPreview); one transaction and (when it changes something) one audit row per call; re-sending a slice changes nothing.',
    access: STOCK_WRITE,
    input: z
      .object({
        csv: csvSchema,
        digest: z
          .string()
          .regex(/^[0-9a-f]{64}$/, 'The digest is the one parts/importPreview gave'),
        from: z.number().int().min(0).default(0),
        count: z.number().int().min(1).max(1_000_000).optional(),
      })
      .strict(),
    run: async (ctx, input): Promise<ImportResult> => {
      if (csvDigest(input.csv) !== input.digest) {
        throw refuse('CONFLICT', 'stock.csvChanged', {
          field: 'digest',
          message: 'The file changed since the preview; preview it again before importing.',
        });
      }
      const { file, checked } = checkFile(input.csv, input.digest);
      const valid = checked.valid.length;
      if (input.from > valid) {
        throw refuse('VALIDATION', 'stock.csvPastEnd', {
          params: { valid },
          field: 'from',
          message: `from: ${input.from} is past the end (the file has ${valid} valid rows).`,
        });
      }
      const end = Math.min(valid, input.from + (input.count ?? valid));
      const slice = checked.valid.slice(input.from, end);
      const outcome = await ctx.write(async (trx, audit) => {
        const applied = await applyRows(trx, slice, file.present, ctx.now().toISOString());
        // A re-sent slice changes nothing and so leaves no audit row either.
        if (applied.created + applied.updated === 0) return applied;
        await audit({
          entity: 'part_import',
          entityId: input.digest.slice(0, 40),
          action: 'import',
          after: {
            digest: input.digest,
            from: input.from,
            to: end,
            created: applied.created,
            updated: applied.updated,
            unchanged: applied.unchanged,
            rejectedLines: applied.rejected.map((r) => r.line),
          },
        });
        return applied;
      });
      if (end >= valid) lastChecked = null;
      return {
        applied: outcome.created + outcome.updated + outcome.unchanged,
        ...outcome,
        done: end >= valid,
        next: end >= valid ? null : end,
      };
    },
  }),
};
