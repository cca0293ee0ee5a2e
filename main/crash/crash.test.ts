import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { crashRounds } from './crashRounds';

// Issue 9, standing proof, short form (`npm run test:crash` runs at least 20 kills).
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the depot killed mid-write', () => {
  it(
    'loses no committed write and stays sound, kill after kill',
    { timeout: 180_000 },
    async () => {
      dir = mkdtempSync(join(tmpdir(), 'depot-crash-'));
      const summary = await crashRounds({
        dbFile: join(dir, 'depot.sqlite'),
        dataDir: join(dir, 'data'),
        kills: 3,
        maxWritesBeforeKill: 6,
      });
      expect(summary.kills).toBe(3);
    },
  );
});
