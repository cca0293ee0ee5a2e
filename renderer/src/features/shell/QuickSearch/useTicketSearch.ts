import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { TicketListRow } from '../../../../../main/intake/ticketListQuery';
import { invoke, isClientError } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';

const HAN = /\p{Script=Han}/u;

/**
 * Whether the core can search this text: one Chinese character is enough (a surname), other
 * text needs a word of 3 letters or digits (the trigram index), a phone at least 3 digits.
 * Shorter queries are not sent at all, rather than refused.
 */
export function isSearchable(text: string): boolean {
  const q = text.trim();
  if (HAN.test(q)) return true;
  if (/^[+\d\s\-().]+$/.test(q)) return q.replace(/\D/g, '').length >= 3;
  return q
    .split(/\s+/)
    .some((word) => word.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '').length >= 3);
}

/** Tickets for the quick search, a moment after the typing stops; newest first. */
export function useTicketSearch(query: string): { rows: TicketListRow[]; searching: boolean } {
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const [state, setState] = useState<{ for: string; rows: TicketListRow[] }>({ for: '', rows: [] });
  const wanted = isSearchable(debounced) ? debounced : '';

  useEffect(() => {
    if (!wanted) return;
    let current = true;
    invoke('tickets/search', { query: wanted, limit: 8 })
      .then((rows) => current && setState({ for: wanted, rows }))
      .catch((error: unknown) => {
        if (!current) return;
        setState({ for: wanted, rows: [] });
        // A query the core finds too short is not worth a red notification.
        if (!isClientError(error, 'VALIDATION')) notifyError(error);
      });
    return () => {
      current = false;
    };
  }, [wanted]);

  const live = isSearchable(query.trim());
  return {
    rows: live && state.for === wanted ? state.rows : [],
    searching: live && (state.for !== wanted || debounced !== query.trim()),
  };
}
