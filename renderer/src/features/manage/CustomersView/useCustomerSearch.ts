import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useState } from 'react';
import type { Customer } from '../../../../../main/intake/customerRepo';
import { invoke } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';

/** The text is worth sending: a name, an e-mail, or a phone with at least 3 digits. */
export function searchable(text: string): boolean {
  const q = text.trim();
  if (!q) return false;
  return /^[+\d\s\-().]+$/.test(q) ? q.replace(/\D/g, '').length >= 3 : true;
}

/** customers/search as the clerk types, keyset-paged ("More" asks for the next page). */
export function useCustomerSearch(text: string, enabled: boolean, reloadKey = 0) {
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const [state, setState] = useState({
    rows: [] as Customer[],
    next: null as string | null,
    loading: false,
  });
  useEffect(() => {
    if (!enabled || !searchable(debounced)) {
      setState({ rows: [], next: null, loading: false });
      return;
    }
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    invoke('customers/search', { text: debounced })
      .then((page) => {
        if (current) setState({ rows: page.rows, next: page.nextCursor, loading: false });
      })
      .catch((error: unknown) => {
        if (!current) return;
        setState({ rows: [], next: null, loading: false });
        notifyError(error);
      });
    return () => {
      current = false;
    };
  }, [debounced, enabled, reloadKey]);

  const loadMore = useCallback(() => {
    if (!state.next) return;
    invoke('customers/search', { text: debounced, cursor: state.next })
      .then((page) =>
        setState((s) => ({
          rows: [...s.rows, ...page.rows],
          next: page.nextCursor,
          loading: false,
        })),
      )
      .catch(notifyError);
  }, [debounced, state.next]);

  return {
    rows: state.rows,
    loading: state.loading || debounced !== text.trim(),
    hasMore: state.next !== null,
    loadMore,
    searched: searchable(debounced),
  };
}
