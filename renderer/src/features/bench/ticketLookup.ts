import type { QueueRow } from '../../../../main/bench/queue';
import { invoke } from '../../bridge';

/**
 * The ticket with this report number (or unit serial), as scanned from its label or typed:
 * the queue on screen first, then any ticket of the depot, so a unit that is not in this
 * station's queue still opens. Null when nothing matches exactly.
 */
export async function findTicketId(
  text: string,
  rows: readonly QueueRow[],
): Promise<number | null> {
  const query = text.trim().toUpperCase();
  if (!query) return null;
  const inQueue =
    rows.find((r) => r.reportNo.toUpperCase() === query) ??
    rows.find((r) => r.serial.toUpperCase() === query);
  if (inQueue) return inQueue.id;
  const found = await invoke('tickets/search', { query, limit: 10 });
  const exact =
    found.find((r) => r.reportNo.toUpperCase() === query) ??
    found.find((r) => r.serial.toUpperCase() === query);
  return exact?.id ?? null;
}
