import { useDebouncedValue } from '@mantine/hooks';
import type { PartHit } from '../../../../../main/stock/partSearch';
import { useCoreQuery } from '../../../data';

/** Where the picker is used: the ticket in hand (its unit's model), or a model directly. */
export type PartContext = { ticketId?: number | null; modelId?: number | null };

/**
 * The core's parts/search for what is typed, a moment after the typing stops. With no text, the
 * parts that fit the ticket's model (when there is one), so an empty picker already helps.
 */
export function usePartSearch(
  text: string,
  context: PartContext,
  open: boolean,
): { hits: PartHit[]; searching: boolean; forText: string } {
  const [q] = useDebouncedValue(text.trim(), 150);
  const ticketId = context.ticketId ?? undefined;
  const modelId = context.modelId ?? undefined;
  const enabled = open && (q !== '' || ticketId !== undefined || modelId !== undefined);
  const query = useCoreQuery(
    'parts/search',
    {
      q,
      limit: 20,
      ...(ticketId !== undefined && { ticketId }),
      ...(modelId !== undefined && { modelId }),
    },
    { entities: ['part', 'stock_move', 'part_import'], enabled },
  );
  return {
    hits: enabled ? (query.data ?? []) : [],
    searching: enabled && (query.isFetching || q !== text.trim()),
    forText: q,
  };
}
