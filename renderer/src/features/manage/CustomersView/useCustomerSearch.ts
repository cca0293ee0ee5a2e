import { useDebouncedValue } from '@mantine/hooks';
import { useCorePages } from '../../../data';

/** The text is worth sending: a name, an e-mail, or a phone with at least 3 digits. */
export function searchable(text: string): boolean {
  const q = text.trim();
  if (!q) return false;
  return /^[+\d\s\-().]+$/.test(q) ? q.replace(/\D/g, '').length >= 3 : true;
}

/**
 * customers/search as the clerk types, keyset-paged ("More" asks for the next page). A customer
 * created, edited or merged at any workstation reads the pages shown again.
 */
export function useCustomerSearch(text: string, enabled: boolean) {
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const asking = enabled && searchable(debounced);
  const pages = useCorePages(
    'customers/search',
    { text: debounced },
    { entities: ['customer'], enabled: asking },
  );
  return {
    rows: asking ? pages.rows : [],
    loading: (asking && pages.loading) || debounced !== text.trim(),
    hasMore: asking && pages.hasMore,
    loadMore: pages.loadMore,
    searched: searchable(debounced),
  };
}
