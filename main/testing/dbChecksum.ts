import { createHash } from 'node:crypto';
import type { Knex } from 'knex';

// "A refused call changes nothing" (issue 9) is checked by content, not by row counts: every
// table's rows, in primary-key order, hashed. Shadow tables of the full-text index are ordinary
// tables and are hashed too, so a stray index write shows; the virtual tables themselves are
// skipped (they read the same rows again).

export type DbChecksum = {
  /** One digest over every table, for a quick equality check. */
  digest: string;
  /** Per table: row count and digest, so a failing test can name what changed. */
  tables: Record<string, { rows: number; digest: string }>;
};

type ColumnRow = { tbl: string; sql: string | null; col: string; pk: number };

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** One SELECT giving a table's rows as a JSON array, in key order (rowid when it has none). */
function tableRows(name: string, columns: ColumnRow[], withoutRowid: boolean): string {
  // Blobs cannot sit in JSON: they are hashed as their hex text, marked as blobs.
  const values = columns.map(
    (c) =>
      `CASE WHEN typeof(${quote(c.col)}) = 'blob' THEN 'x:' || hex(${quote(c.col)}) ELSE ${quote(c.col)} END`,
  );
  const keys = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
  const lead = keys.length > 0 ? keys.map((c) => quote(c.col)) : withoutRowid ? [] : ['rowid'];
  // Every column follows as a tie-breaker, so the order never depends on the query plan.
  const order = [...lead, ...columns.map((c) => quote(c.col))].join(', ');
  return (
    `SELECT ${literal(name)} AS tbl, count(*) AS n, ` +
    `json_group_array(json_array(${values.join(', ')}) ORDER BY ${order}) AS rows FROM ${quote(name)}`
  );
}

/** Hashes the content of every table in the database. */
export async function dbChecksum(db: Knex): Promise<DbChecksum> {
  const columns: ColumnRow[] = await db.raw(
    `SELECT m.name AS tbl, m.sql AS sql, p.name AS col, p.pk AS pk
       FROM sqlite_master m JOIN pragma_table_info(m.name) p
      WHERE m.type = 'table' ORDER BY m.name, p.cid`,
  );
  const byTable = new Map<string, ColumnRow[]>();
  for (const row of columns) {
    if (row.sql && /^CREATE VIRTUAL TABLE/i.test(row.sql)) continue;
    byTable.set(row.tbl, [...(byTable.get(row.tbl) ?? []), row]);
  }
  const selects = [...byTable].map(([name, cols]) =>
    tableRows(name, cols, /WITHOUT\s+ROWID\s*$/i.test(cols[0].sql ?? '')),
  );
  const rows: { tbl: string; n: number; rows: string }[] =
    selects.length === 0 ? [] : await db.raw(selects.join(' UNION ALL '));
  const all = createHash('sha256');
  const tables: DbChecksum['tables'] = {};
  for (const row of [...rows].sort((a, b) => (a.tbl < b.tbl ? -1 : 1))) {
    const digest = createHash('sha256').update(row.rows).digest('hex');
    tables[row.tbl] = { rows: Number(row.n), digest };
    all.update(`${row.tbl}:${digest}\n`);
  }
  return { digest: all.digest('hex'), tables };
}

/** Names the tables whose content differs between two checksums (added or removed ones too). */
export function changedTables(before: DbChecksum, after: DbChecksum): string[] {
  const names = new Set([...Object.keys(before.tables), ...Object.keys(after.tables)]);
  return [...names]
    .filter((name) => before.tables[name]?.digest !== after.tables[name]?.digest)
    .sort();
}
