import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import type { BackupSummary } from '../db/backupFolder';
import type { BackupProblem } from '../db/backupVerify';
import type { RestoreResult } from '../db/restore';
import type { BackupStatus } from './backupService';

// Backups in Settings (issue 9, defect 6). Supervisors answer for the records and may see that
// backups exist; only an admin takes one on request or restores one.
const READ = ['supervisor', 'admin'] as const;
const ADMIN = ['admin'] as const;

const backupName = z
  .string()
  .regex(/^depot-\d{8}T\d{9}Z(-\d+)?$/, 'Not a backup name (depot-<UTC time>)');

export type BackupListItem = Omit<BackupSummary, 'dir'>;

const withoutDir = ({ dir: _dir, ...rest }: BackupSummary): BackupListItem => rest;

export const backupHandlers = {
  'backup/list': defineHandler({
    summary:
      'The backups in the backup folder (newest first), with the folder, how many are kept, the last run and the next one due.',
    access: READ,
    input: z.object({}).strict(),
    run: async (ctx): Promise<{ status: BackupStatus; backups: BackupListItem[] }> => ({
      status: ctx.services.backups.status(),
      backups: (await ctx.services.backups.list()).map(withoutDir),
    }),
  }),

  'backup/run': defineHandler({
    summary:
      'Backs up the database and every archived document and photo now, verifies the copy, and keeps the newest N.',
    access: ADMIN,
    input: z.object({}).strict(),
    run: async (ctx): Promise<{ name: string }> => {
      const written = await ctx.services.backups.backup('manual');
      return { name: written.name };
    },
  }),

  'backup/verify': defineHandler({
    summary:
      "Verifies one backup: the copy's integrity check and every file against its recorded sha256.",
    access: ADMIN,
    input: z.object({ name: backupName }).strict(),
    run: async (ctx, input): Promise<{ ok: boolean; problems: BackupProblem[] }> => {
      const check = await ctx.services.backups.verify(input.name);
      return { ok: check.ok, problems: check.problems };
    },
  }),

  'backup/restore': defineHandler({
    summary:
      'Replaces the database and files with a verified backup after a safety backup of the current state; everyone signs in again. confirm must repeat the name.',
    access: ADMIN,
    input: z
      .object({ name: backupName, confirm: z.string().max(60) })
      .strict()
      .refine((i) => i.confirm === i.name, {
        path: ['confirm'],
        message: 'Type the name of the backup to confirm the restore',
      }),
    run: async (ctx, input): Promise<RestoreResult> =>
      ctx.services.backups.restore(input.name, ctx.actor),
  }),
};
