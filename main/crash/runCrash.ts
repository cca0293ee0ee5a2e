import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { crashRounds } from './crashRounds';

// `npm run test:crash`: the full crash test (issue 9), 20 kills by default (--kills N). Prints
// one line per kill and the figures docs/reliability.md records; exits 1 on the first loss.
const { values } = parseArgs({ options: { kills: { type: 'string', default: '20' } } });
const kills = Number(values.kills);
if (!Number.isInteger(kills) || kills < 1)
  throw new Error('--kills must be a whole number above 0');

const dir = mkdtempSync(join(tmpdir(), 'depot-crash-'));
const started = Date.now();
try {
  const summary = await crashRounds({
    dbFile: join(dir, 'depot.sqlite'),
    dataDir: join(dir, 'data'),
    kills,
    onRound: (r) =>
      console.log(
        `kill ${r.round}/${kills}: ${r.writes} writes checked, ${r.strayFiles} temporary files cleared`,
      ),
  });
  console.log(
    `crash test passed: ${summary.kills} kills survived, ${summary.writesChecked} committed writes checked, ` +
      `${summary.strayFilesRemoved} temporary files cleared, ${Math.round((Date.now() - started) / 1000)} s`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
