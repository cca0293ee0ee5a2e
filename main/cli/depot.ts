import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { openCore } from '../core';
import { openDatabase } from '../db/open';
import { backupCommand, restoreCommand } from './backupCommands';
import { DepotError } from '../contract/errors';
import { startHttpServer } from '../server/httpServer';
import { checkServerToken } from '../server/requestGuards';
import { logError } from '../contract/logError';
import { DEMO_PIN, DEMO_STAFF, seedDemo } from '../seed/demo';
import { scaleGenerators } from '../seed/scale';
import { DEFAULT_MOVES_PER_PART, seedStockScale } from '../seed/stockScale';
import { verifyCommand } from '../verify/verifyCommand';
import { UsageError } from './usageError';
import { dataDirFor, rendererDir, repoRoot, resourcesDir } from './paths';

// `npm run depot -- <command>`: admin work on a depot database without the desktop app.
const USAGE = `Usage: npm run depot -- <command> --db <file> [options]

Commands:
  migrate                 create or migrate the database
  backup [<folder>]       back up the database and its documents and photos, verified
                          (into the folder set in Settings, default <data>/backups)
  restore <backup> [--yes] replace the database and files with a backup (asks unless --yes;
                          backs up the current state first)
  verify                  prove the records: integrity, audit chain, ledger, report numbers, files
  seed --demo             fill a new database with a small bilingual demo depot and six
                          months of settled history (--no-history leaves the history out)
  seed --scale <N>        add N generated rows per scale generator (performance work)
  seed --scale-stock <N>  add N parts with years of stock moves (--moves <M>, default 50 per part)
  serve [--port <n>]      browser mode: serve the app on 127.0.0.1 (token printed; or DEPOT_TOKEN, 32+ chars)
`;

function version(): string {
  return (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string })
    .version;
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      demo: { type: 'boolean', default: false },
      'no-history': { type: 'boolean', default: false },
      yes: { type: 'boolean', default: false },
      scale: { type: 'string' },
      'scale-stock': { type: 'string' },
      moves: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return;
  }
  if (!values.db) throw new UsageError(`--db <file> is required.\n\n${USAGE}`);
  const dbFile = resolve(values.db);

  switch (command) {
    case 'migrate': {
      const db = await openDatabase(dbFile);
      await db.destroy();
      console.log(`Migrated ${dbFile}`);
      return;
    }
    case 'backup': {
      const written = await backupCommand(dbFile, dataDirFor(dbFile), rest[0], version(), bar);
      console.log(
        `Backed up ${dbFile} with ${written.manifest.counts.files} files to ${written.dir}`,
      );
      return;
    }
    case 'restore': {
      if (!rest[0]) throw new UsageError('restore needs a backup folder: restore <backup>');
      const ok = await restoreCommand(rest[0], dbFile, dataDirFor(dbFile), {
        yes: values.yes,
        version: version(),
        progress: bar,
      });
      if (!ok) process.exitCode = 1;
      return;
    }
    case 'verify': {
      // Exit status 1 when any check fails, so scripts can act on it.
      if (!(await verifyCommand(dbFile, dataDirFor(dbFile))).ok) process.exitCode = 1;
      return;
    }
    case 'seed':
      return seed(
        dbFile,
        values.demo && { history: !values['no-history'] },
        values.scale,
        values['scale-stock'],
        values.moves,
      );
    case 'serve':
      return serve(dbFile, values.port);
    default:
      throw new UsageError(`Unknown command "${command}".\n\n${USAGE}`);
  }
}

/** A progress bar started on the first report (the total is known only then). */
function bar(task: string) {
  let shown: SingleBar | null = null;
  return {
    update(done: number, total: number) {
      shown ??= progressBar(task, total);
      shown.setTotal(total);
      shown.update(done);
    },
    stop: () => shown?.stop(),
  };
}

function progressBar(name: string, total: number): SingleBar {
  const bar = new SingleBar(
    {
      format: `${name} [{bar}] {percentage}% {value}/{total} {eta}s left`,
      // Without a terminal (CI, logs) print a line every few seconds instead of redrawing.
      noTTYOutput: true,
      notTTYSchedule: 3000,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}

function wholeNumber(text: string, option: string, min: number, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(
      `${option} must be a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}`,
    );
  }
  return n;
}

async function seed(
  dbFile: string,
  demo: false | { history: boolean },
  scale: string | undefined,
  scaleStock: string | undefined,
  moves: string | undefined,
): Promise<void> {
  if (!demo && scale === undefined && scaleStock === undefined)
    throw new UsageError('seed needs --demo, --scale <N> or --scale-stock <N>');
  if (moves !== undefined && scaleStock === undefined)
    throw new UsageError('--moves <M> goes with --scale-stock <N>');
  const stock =
    scaleStock === undefined
      ? undefined
      : {
          parts: wholeNumber(scaleStock, '--scale-stock', 1, 1_000_000),
          moves:
            moves === undefined
              ? DEFAULT_MOVES_PER_PART * Number(scaleStock)
              : wholeNumber(moves, '--moves', 0, 100_000_000),
        };
  const db = await openDatabase(dbFile);
  try {
    if (demo) {
      const { staff } = await seedDemo(db, new Date(), {
        dataDir: dataDirFor(dbFile),
        history: demo.history,
      });
      console.log(`Demo depot seeded: ${staff} staff, PIN ${DEMO_PIN} for each:`);
      for (const person of DEMO_STAFF)
        console.log(
          `  ${person.username.padEnd(6)} ${person.displayName} (${person.roles.join(', ')})`,
        );
    }
    if (scale !== undefined) {
      const n = Number(scale);
      if (!Number.isInteger(n) || n < 1 || n > 10_000_000) {
        throw new UsageError('--scale must be a whole number from 1 to 10,000,000');
      }
      for (const generator of scaleGenerators) {
        const bar = progressBar(generator.name, n);
        await generator.run(db, n, (done) => bar.update(done));
        bar.stop();
      }
    }
    if (stock) {
      const bar = progressBar('stockroom (parts, moves)', stock.parts + stock.moves);
      const seeded = await seedStockScale(db, stock, (done) => bar.update(done));
      bar.stop();
      console.log(
        `Stockroom seeded: ${seeded.parts} parts from #${seeded.firstPartId}, ${seeded.moves} moves, ${seeded.receipts} receipts`,
      );
    }
  } finally {
    await db.destroy();
  }
}

async function serve(dbFile: string, portText: string | undefined): Promise<void> {
  const port = portText === undefined ? 0 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError('--port must be 0-65535');
  // A weak DEPOT_TOKEN is refused before the database is opened (issue 9, defect 9).
  const token = process.env.DEPOT_TOKEN || undefined;
  if (token !== undefined) checkServerToken(token);
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new UsageError('The renderer is not built; run `npm run build` (npm run serve does).');
  }
  const core = await openCore({
    dbFile,
    dataDir: dataDirFor(dbFile),
    resourcesDir,
    host: { kind: 'browser', version: version() },
  });
  const server = await startHttpServer({
    core,
    rendererDir,
    port,
    token,
  });
  console.log(`Depot listening on ${server.url}`);
  const stop = () => {
    void server
      .close()
      .then(() => core.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // A failure the depot did not word may quote customer data (a query's values): logError.
  if (error instanceof DepotError || error instanceof UsageError) {
    console.error(`depot: ${error.message}`);
  } else logError('depot', error);
  process.exit(1);
});
