import { z } from 'zod';
import { defineHandler } from '../contract/handler';
import type { VerifyReport } from './report';
import type { VerificationState } from './verification';

// Supervisors and admins answer for the records (policy 1), so they may prove them.
const VERIFY_ACCESS = ['supervisor', 'admin'] as const;

export const verifyHandlers = {
  'depot/verify': defineHandler({
    summary:
      'Verifies the depot now: database integrity, foreign keys, the audit hash chain, ledger = on-hand, gapless report numbers, archived files.',
    access: VERIFY_ACCESS,
    input: z.object({}).strict(),
    run: async (ctx): Promise<VerifyReport> => ctx.services.verification.run('manual'),
  }),

  'depot/verification': defineHandler({
    summary:
      'The latest verification of the depot (the one at start, after a restore, or asked for).',
    access: VERIFY_ACCESS,
    input: z.object({}).strict(),
    run: async (ctx): Promise<VerificationState> => ctx.services.verification.latest(),
  }),
};
