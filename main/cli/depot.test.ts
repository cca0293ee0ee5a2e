import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { footprint } from '../backup/backupFixture';
import { listBackups } from '../db/backupFolder';
import { verifyBackup } from '../db/backupVerify';
import { openDatabase } from '../db/open';
import { repoRoot } from './paths';

const run = promisify(execFile);
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
const cli = join(repoRoot, 'main', 'cli', 'depot.ts');
const depot = (...args: string[]) => run(tsx, [cli, ...args], { cwd: repoRoot });

/** Runs the CLI with `input` typed on its standard input; resolves with its exit code. */
function depotWithInput(
  input: string,
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [cli, ...args], { cwd: repoRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'depot-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run depot', () => {
  it('seeds a demo depot and backs it up with its files, verified', async () => {
    const db = join(dir, 'demo.sqlite');
    // The history is the seed's slow part and historyDemo.test.ts proves it; here, the CLI.
    const seeded = await depot('seed', '--demo', '--no-history', '--db', db);
    expect(seeded.stdout).toMatch(/Demo depot seeded: \d+ staff, PIN 1234/);
    expect(seeded.stdout).toContain('陳美華');

    const out = await depot('backup', join(dir, 'backups'), '--db', db);
    expect(out.stdout).toMatch(/Backed up .* with \d+ files to .*depot-\d{8}T\d{9}Z/);
    const [backup] = await listBackups(join(dir, 'backups'));
    expect(backup.reason).toBe('manual');
    expect(await verifyBackup(backup.dir)).toMatchObject({ ok: true });
    const copy = await openDatabase(join(backup.dir, 'depot.sqlite'));
    const staff = await copy('staff').count<{ n: number }[]>({ n: '*' });
    await copy.destroy();
    expect(Number(staff[0].n)).toBeGreaterThan(5);

    await expect(depot('seed', '--demo', '--db', db)).rejects.toMatchObject({
      stderr: expect.stringMatching(/already has staff/),
    });
  }, 120_000); // four CLI runs, each starting tsx

  it('restores a backup after a typed yes, and changes nothing without it', async () => {
    const db = join(dir, 'demo.sqlite');
    await depot('seed', '--demo', '--no-history', '--db', db);
    await depot('backup', join(dir, 'backups'), '--db', db);
    const [backup] = await listBackups(join(dir, 'backups'));
    const handle = await openDatabase(db);
    await handle('settings').insert({ key: 'after-backup', value: '{}', updated_at: 'x' });
    await handle.destroy();
    const before = footprint(dir);

    const declined = await depotWithInput('no\n', 'restore', backup.dir, '--db', db);
    expect(declined.stdout).toMatch(/Type yes to restore: Nothing was restored/);
    expect(declined.code).toBe(1);
    expect(footprint(dir)).toEqual(before);
    await expect(depot('restore', join(dir, 'nowhere'), '--db', db, '--yes')).rejects.toMatchObject(
      {
        stderr: expect.stringMatching(/is not a Depot backup/),
      },
    );
    expect(footprint(dir)).toEqual(before);

    const done = await depotWithInput('yes\n', 'restore', backup.dir, '--db', db);
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/Safety backup of the current state: .*depot-/);
    expect(done.stdout).toMatch(/Restored depot-\d{8}T\d{9}Z into/);
    const restored = await openDatabase(db);
    const rows = await restored('settings').where({ key: 'after-backup' });
    await restored.destroy();
    expect(rows).toEqual([]);
    // The safety backup holds the state that was replaced, row included.
    const backups = await listBackups(join(dir, 'depot-data', 'backups'));
    expect(backups.map((b) => b.reason)).toEqual(['before-restore']);
  }, 180_000); // six CLI runs, each starting tsx

  it('grows a database with the scale generators', async () => {
    const db = join(dir, 'scale.sqlite');
    const out = await depot('seed', '--scale', '2000', '--db', db);
    expect(out.stdout + out.stderr).toMatch(/2000\/2000/);
    const handle = await openDatabase(db);
    const audit = await handle('audit_log').count<{ n: number }[]>({ n: '*' });
    await handle.destroy();
    expect(Number(audit[0].n)).toBe(2000);
  });

  it('explains what is missing', async () => {
    await expect(depot('migrate')).rejects.toMatchObject({
      stderr: expect.stringMatching(/--db <file> is required/),
    });
    await expect(depot('teleport', '--db', join(dir, 'x.sqlite'))).rejects.toMatchObject({
      stderr: expect.stringMatching(/Unknown command "teleport"/),
    });
    await expect(
      depot('seed', '--scale', 'lots', '--db', join(dir, 'x.sqlite')),
    ).rejects.toMatchObject({
      stderr: expect.stringMatching(/--scale must be a whole number/),
    });
  });
});
