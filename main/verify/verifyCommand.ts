import { existsSync } from 'node:fs';
import { refuse } from '../contract/errors';
import { openDatabase } from '../db/open';
import { describeReport, verifyDepot } from './verifyDepot';
import type { VerifyReport } from './report';

/**
 * `depot verify --db <file>`: the same checks as at start, run to the end before returning, with
 * per-check progress. The data folder is the one beside the database (cli/paths dataDirFor).
 */
export async function verifyCommand(
  dbFile: string,
  dataDir: string,
  print: (line: string) => void = (line) => console.log(line),
): Promise<VerifyReport> {
  if (!existsSync(dbFile)) {
    throw refuse('NOT_FOUND', 'backup.noDatabase', {
      params: { file: dbFile },
      message: `No database at ${dbFile}`,
    });
  }
  const db = await openDatabase(dbFile);
  try {
    const report = await verifyDepot(db, dataDir, {
      onProgress: (done, total) => print(`  ${done}/${total} checks done`),
    });
    print(`Verified ${dbFile}: ${describeReport(report)}`);
    return report;
  } finally {
    await db.destroy();
  }
}
