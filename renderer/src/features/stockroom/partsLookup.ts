import type { Part } from '../../../../main/stock/partRepo';
import { asClientError, invoke } from '../../bridge';

/** A part number as the core keeps it: trimmed, upper-case (main/stock/fields.ts). */
export function normalisePartNo(text: string): string {
  return text.trim().toUpperCase();
}

/** The part with exactly this number, as scanned or typed, inactive ones included, or null. */
export async function findPartByNumber(text: string): Promise<Part | null> {
  const partNo = normalisePartNo(text);
  if (!partNo) return null;
  try {
    return await invoke('parts/byNumber', { partNo });
  } catch (error) {
    if (asClientError(error).code === 'NOT_FOUND') return null;
    throw error;
  }
}
