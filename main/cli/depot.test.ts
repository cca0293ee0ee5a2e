import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { repoRoot } from './paths';

const run = promisify(execFile);
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
const cli = join(repoRoot, 'main', 'cli', 'depot.ts');
const depot = (...args: string[]) => run(tsx, [cli, ...args], { cwd: repoRoot });

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'depot-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run depot', () => {
  it('seeds a demo depot, backs it up, and refuses to overwrite a backup', async () => {
    const db = join(dir, 'demo.sqlite');
    const seeded = await depot('seed', '--demo', '--db', db);
    expect(seeded.stdout).toMatch(/Demo depot seeded: \d+ staff, PIN 1234/);
    expect(seeded.stdout).toContain('陳美華');

    const backup = join(dir, 'backup.sqlite');
    await depot('backup', backup, '--db', db);
    expect(existsSync(backup)).toBe(true);
    const copy = await openDatabase(backup);
    const staff = await copy('staff').count<{ n: number }[]>({ n: '*' });
    await copy.destroy();
    expect(Number(staff[0].n)).toBeGreaterThan(5);

    await expect(depot('backup', backup, '--db', db)).rejects.toMatchObject({
      stderr: expect.stringMatching(/already exists/),
    });
    await expect(depot('seed', '--demo', '--db', db)).rejects.toMatchObject({
      stderr: expect.stringMatching(/already has staff/),
    });
  });

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
