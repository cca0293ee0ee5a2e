import { dirname, join } from 'node:path';
import { openCore } from '../main/core';
import { resourcesDir } from '../main/cli/paths';

// Opens the core on a big database, does the reads a workstation does, and reports the RSS.
const file = process.argv[2];
const core = await openCore({
  dbFile: file,
  dataDir: join(dirname(file), 'data'),
  resourcesDir,
  host: { kind: 'cli', version: 'bench' },
});
let peak = process.memoryUsage().rss;
for (let i = 0; i < 2000; i++) {
  await core
    .db('audit_log')
    .where({ entity: 'unit', entity_id: String(1 + i * 13) })
    .first();
  await core.invoke('probe', 'session/status', {});
  if (i % 100 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
const count = await core.db('audit_log').count<{ n: number }[]>({ n: '*' });
peak = Math.max(peak, process.memoryUsage().rss);
console.log(
  JSON.stringify({
    name: 'core.peak_rss_with_1M_rows_open',
    rows: Number(count[0].n),
    peak_rss_mb: Math.round(peak / 1024 / 1024),
    limit_mb: 250,
  }),
);
await core.close();
