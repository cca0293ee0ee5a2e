import type { DataChanged } from '../../../main/events';

/**
 * What a query shows, for the live refresh: an entity as the core's audit names it ('ticket',
 * 'requisition'), either all of its records or one by id.
 */
export type EntityRef = string | { entity: string; id: string | number };

declare module '@tanstack/react-query' {
  interface Register {
    /** `entities` undefined: the query refetches on every change. */
    queryMeta: { entities?: readonly EntityRef[] };
  }
}

/**
 * Whether a committed change touches what a query shows. A query that declares nothing, and a
 * change that names nothing (a write the core could not describe), always do.
 */
export function touches(entities: readonly EntityRef[] | undefined, change: DataChanged): boolean {
  if (!entities || change.changes.length === 0) return true;
  return change.changes.some((c) =>
    entities.some((e) =>
      typeof e === 'string' ? e === c.entity : e.entity === c.entity && String(e.id) === c.id,
    ),
  );
}
