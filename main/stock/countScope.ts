import type { Knex } from 'knex';

// The scope of a stock count (policy 5.2: parts are stored by location and classified): one bin
// or one category, fixed at start as the active parts it then holds. No part may be in two open
// counts at once, or its variance would be posted twice.

export const SCOPE_KINDS = ['bin', 'category'] as const;
export type CountScope = { kind: (typeof SCOPE_KINDS)[number]; value: string };
type Db = Knex | Knex.Transaction;

export function scopeLabel(scope: CountScope): string {
  return `${scope.kind} ${scope.value}`;
}

/** The active parts of a bin or category (compared without regard to letter case). */
export async function scopeParts(
  db: Db,
  scope: CountScope,
): Promise<{ id: number; part_no: string }[]> {
  const column = scope.kind === 'bin' ? 'bin' : 'category';
  return (await db('parts')
    .where('active', true)
    .whereRaw(`lower(??) = lower(?)`, [column, scope.value])
    .orderBy('part_no')
    .select('id', 'part_no')) as { id: number; part_no: string }[];
}

/** The first open count that already covers any of these parts, with the parts it shares. */
export async function openCountCovering(
  db: Db,
  partIds: number[],
): Promise<{ id: number; scope: CountScope; partNos: string[] } | null> {
  const rows: {
    count_id: number;
    scope_kind: CountScope['kind'];
    scope_value: string;
    part_no: string;
  }[] = [];
  // Chunked: a bin may hold more parts than one statement may bind.
  for (let i = 0; i < partIds.length; i += 500) {
    rows.push(
      ...((await db('stock_count_lines as l')
        .join('stock_counts as c', 'c.id', 'l.count_id')
        .join('parts as p', 'p.id', 'l.part_id')
        .where('c.status', 'open')
        .whereIn('l.part_id', partIds.slice(i, i + 500))
        .select('l.count_id', 'c.scope_kind', 'c.scope_value', 'p.part_no')) as typeof rows),
    );
  }
  if (rows.length === 0) return null;
  const first = Math.min(...rows.map((r) => r.count_id));
  const mine = rows.filter((r) => r.count_id === first);
  return {
    id: first,
    scope: { kind: mine[0].scope_kind, value: mine[0].scope_value },
    partNos: mine.map((r) => r.part_no).sort(),
  };
}
