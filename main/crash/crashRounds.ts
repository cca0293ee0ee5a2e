import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Knex } from 'knex';
import { openCore } from '../core';
import { resourcesDir } from '../cli/paths';
import { findStrayTempFiles } from '../verify/strayFiles';
import { verifyDepot, describeReport } from '../verify/verifyDepot';

// The crash test (issue 9, standing proof): a writer process (crashChild.ts) is SIGKILLed at a
// random point, again and again, on the same depot. After every kill the depot is reopened as
// the app would reopen it, and must hold: temporary files cleared, the file sound, foreign keys
// whole, the audit chain unbroken, ledger = on-hand, report numbers gapless, every archived file
// present and matching its sha256, and every write the writer reported committed still there.

const CHILD = fileURLToPath(new URL('./crashChild.ts', import.meta.url));

/** Tables holding what the writer reports, by the word it prints. */
const TABLE: Record<string, string> = {
  ticket: 'tickets',
  attachment: 'ticket_attachments',
  move: 'stock_moves',
  document: 'documents',
};

export type CrashOptions = {
  dbFile: string;
  dataDir: string;
  kills: number;
  /** Committed writes to wait for before a kill, at most (chosen at random from 0). */
  maxWritesBeforeKill?: number;
  random?: () => number;
  onRound?: (round: RoundResult) => void;
};

export type RoundResult = {
  round: number;
  /** Writes the writer reported before it was killed. */
  writes: number;
  /** Temporary files left by the kill (removed by the next open). */
  strayFiles: number;
};

export type CrashSummary = { kills: number; writesChecked: number; strayFilesRemoved: number };

type Killed = { written: Map<string, number[]>; writes: number; stderr: string };

/** Runs the writer until it has reported `killAfter` writes (after its setup), then kills it. */
function runAndKill(options: CrashOptions, round: number, killAfter: number, delayMs: number) {
  return new Promise<Killed>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, options.dbFile, options.dataDir, String(round)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const written = new Map<string, number[]>();
    let writes = 0;
    let ready = false;
    let stderr = '';
    let killing = false;
    const kill = () => {
      if (killing) return;
      killing = true;
      // The delay only spreads the kill over the next write; nothing waits on it.
      setTimeout(() => child.kill('SIGKILL'), delayMs);
    };
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'ready') ready = true;
      else {
        const [kind, id] = line.split(' ');
        if (!(kind in TABLE) || !Number.isInteger(Number(id))) return;
        written.set(kind, [...(written.get(kind) ?? []), Number(id)]);
        writes += 1;
      }
      if (ready && writes >= killAfter) kill();
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' && killing) resolve({ written, writes, stderr });
      else reject(new Error(`The writer stopped by itself (code ${code}, ${signal}):\n${stderr}`));
    });
  });
}

async function missingIds(db: Knex, written: Map<string, number[]>): Promise<string[]> {
  const missing: string[] = [];
  for (const [kind, ids] of written) {
    const found = new Set(
      ((await db(TABLE[kind]).whereIn('id', ids).select('id')) as { id: number }[]).map(
        (r) => r.id,
      ),
    );
    for (const id of ids) if (!found.has(id)) missing.push(`${kind} ${id}`);
  }
  return missing;
}

/** Kill, reopen, prove; `kills` times. Throws on the first round that loses or breaks anything. */
export async function crashRounds(options: CrashOptions): Promise<CrashSummary> {
  const random = options.random ?? Math.random;
  const maxWrites = options.maxWritesBeforeKill ?? 8;
  const summary: CrashSummary = { kills: 0, writesChecked: 0, strayFilesRemoved: 0 };
  for (let round = 1; round <= options.kills; round++) {
    const killAfter = Math.floor(random() * (maxWrites + 1));
    const killed = await runAndKill(options, round, killAfter, Math.floor(random() * 40));
    const stray = await findStrayTempFiles(options.dataDir);

    const core = await openCore({
      dbFile: options.dbFile,
      dataDir: options.dataDir,
      resourcesDir,
      host: { kind: 'test', version: 'crash-test' },
    });
    try {
      const left = await findStrayTempFiles(options.dataDir);
      if (left.length > 0)
        throw new Error(`Round ${round}: temporary files survived start: ${left.join(', ')}`);
      const report = await verifyDepot(core.db, options.dataDir);
      if (!report.ok)
        throw new Error(`Round ${round}: the depot failed verification\n${describeReport(report)}`);
      const missing = await missingIds(core.db, killed.written);
      if (missing.length > 0) {
        throw new Error(
          `Round ${round}: committed writes lost after the kill: ${missing.join(', ')}`,
        );
      }
    } finally {
      await core.close();
    }
    summary.kills += 1;
    summary.writesChecked += killed.writes;
    summary.strayFilesRemoved += stray.length;
    options.onRound?.({ round, writes: killed.writes, strayFiles: stray.length });
  }
  return summary;
}
