import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../main/cli/paths';

// Starts the real browser mode (`depot serve`) on a temporary database, as a user would.
export type DepotServer = {
  url: string;
  origin: string;
  token: string;
  dbFile: string;
  stop: () => Promise<void>;
};

/**
 * `seedDemo` seeds the demo depot; `history` adds its six months of settled history (about 40 s
 * of seeding on a loaded machine, so only the tests that read the history ask for it).
 */
export async function startDepotServer(
  options: { seedDemo?: boolean; history?: boolean } = {},
): Promise<DepotServer> {
  const dir = mkdtempSync(join(tmpdir(), 'depot-e2e-'));
  const dbFile = join(dir, 'depot.sqlite');
  const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
  const cli = join(repoRoot, 'main', 'cli', 'depot.ts');
  if (options.seedDemo) {
    const history = options.history ? [] : ['--no-history'];
    await run(tsx, [cli, 'seed', '--demo', ...history, '--db', dbFile]);
  }
  // Browser mode refuses a DEPOT_TOKEN under 32 characters (issue 9, defect 9).
  const token = `e2e-${randomBytes(24).toString('base64url')}`;
  const child = spawn(tsx, [cli, 'serve', '--db', dbFile, '--port', '0'], {
    cwd: repoRoot,
    env: { ...process.env, DEPOT_TOKEN: token },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`depot serve did not start:\n${output}`)),
      60_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Depot listening on (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`depot serve exited with ${code}:\n${output}`)));
  });
  return {
    url,
    origin: new URL(url).origin,
    token,
    dbFile,
    stop: async () => {
      await stop(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(' ')} failed:\n${output}`)),
    );
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
  });
}
