// Small helpers for rows coming back from either SQLite (0/1, ids as numbers) or PostgreSQL.

export const bool = (v: unknown): boolean => v === true || v === 1 || v === '1';

export function insertedId(row: unknown): number {
  return typeof row === 'object' && row !== null ? (row as { id: number }).id : (row as number);
}

/** A UNIQUE violation, whichever database raised it. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === '23505' || /UNIQUE constraint failed/.test(e?.message ?? '');
}
