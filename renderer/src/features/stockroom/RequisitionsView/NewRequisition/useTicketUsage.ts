import { useMemo } from 'react';
import { useCoreQuery } from '../../../../data';

const NONE: ReadonlyMap<number, number> = new Map();

/**
 * Units of each part a ticket has already drawn through its requisitions (policy 5.3 quota per
 * ticket), as the core counts them (requisitions/forTicket), kept fresh as requisitions change.
 */
export function useTicketUsage(ticketId: number | null): ReadonlyMap<number, number> {
  const query = useCoreQuery(
    'requisitions/forTicket',
    { ticketId: ticketId ?? 0 },
    {
      enabled: ticketId !== null,
      entities: ['requisition', ...(ticketId === null ? [] : [{ entity: 'ticket', id: ticketId }])],
    },
  );
  const usage = ticketId === null ? undefined : query.data?.usage;
  return useMemo(() => (usage ? new Map(usage.map((u) => [u.partId, u.used])) : NONE), [usage]);
}
