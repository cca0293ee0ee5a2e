import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Channel } from '../bridge';

/**
 * Reads a channel's answers again when the window gets the focus back: for lists whose content
 * changes with the day (what is overdue), not only with a write, which the change events cover.
 */
export function useStaleOnFocus(channel: Channel): void {
  const client = useQueryClient();
  useEffect(() => {
    const onFocus = () => void client.invalidateQueries({ queryKey: [channel] });
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [client, channel]);
}
