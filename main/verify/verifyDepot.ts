import type { Knex } from 'knex';
import { verifyAuditChain } from '../audit/verifyChain';
import { checkLedger, checkReportNumbers } from './bookChecks';
import { checkAttachmentFiles, checkDocumentFiles } from './fileChecks';
import { checkForeignKeys, checkIntegrity } from './sqliteChecks';
import type { VerifyCheck, VerifyReport } from './report';

// One verification of the whole depot (issue 9, standing proofs): the file is sound, the audit
// trail is unbroken, the books balance, report numbers are gapless, and every archived file is
// there unchanged. Read-only: it may run beside the desks on its own connection. Run at start
// (in the background), after a restore, from Settings and by `depot verify`.

type Check = { run: (db: Knex, dataDir: string) => Promise<VerifyCheck> };

const CHECKS: Check[] = [
  { run: (db) => checkIntegrity(db) },
  { run: (db) => checkForeignKeys(db) },
  { run: (db) => verifyAuditChain(db) },
  { run: (db) => checkLedger(db) },
  { run: (db) => checkReportNumbers(db) },
  { run: (db, dataDir) => checkDocumentFiles(db, dataDir) },
  { run: (db, dataDir) => checkAttachmentFiles(db, dataDir) },
];

export type VerifyOptions = {
  /** After each check: how many of how many are done. */
  onProgress?: (done: number, total: number) => void;
  /** Asked between checks; true stops early (the depot is closing). */
  cancelled?: () => boolean;
  now?: () => Date;
};

export async function verifyDepot(
  db: Knex,
  dataDir: string,
  options: VerifyOptions = {},
): Promise<VerifyReport> {
  const now = options.now ?? (() => new Date());
  const started = Date.now();
  const startedAt = now().toISOString();
  const checks: VerifyCheck[] = [];
  let cancelled = false;
  for (const check of CHECKS) {
    if (options.cancelled?.()) {
      cancelled = true;
      break;
    }
    const began = Date.now();
    checks.push({ ...(await check.run(db, dataDir)), durationMs: Date.now() - began });
    options.onProgress?.(checks.length, CHECKS.length);
  }
  return {
    ok: checks.length === CHECKS.length && checks.every((c) => c.ok),
    startedAt,
    durationMs: Date.now() - started,
    checks,
    ...(cancelled ? { cancelled: true as const } : {}),
  };
}

/** One line per failed check, for logs and the CLI. */
export function describeReport(report: VerifyReport): string {
  const failed = report.checks.some((c) => !c.ok);
  const verdict = report.ok
    ? 'ok'
    : report.cancelled && !failed
      ? 'cancelled (the depot closed)'
      : 'FAILED';
  const head = `${verdict}: ${report.checks.length} of ${CHECKS.length} checks in ${report.durationMs} ms`;
  const lines = report.checks.flatMap((c) => [
    `  ${c.ok ? 'ok    ' : 'FAILED'} ${c.name} (${c.checked} checked in ${c.durationMs ?? '?'} ms${c.skipped ? `; skipped: ${c.skipped}` : ''})`,
    ...c.problems.map((p) => `         ${p.message}`),
    ...(c.more > 0 ? [`         ... and ${c.more} more`] : []),
  ]);
  return [head, ...lines].join('\n');
}
