import { useEffect, useState } from 'react';
import type { Station } from '../../../../../main/intake/stationHandlers';
import { invoke } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';

/** The depot's active repair stations (維修站點), for the queue's station filter. */
export function useStations(): Station[] {
  const [stations, setStations] = useState<Station[]>([]);
  useEffect(() => {
    let current = true;
    invoke('stations/list', {})
      .then((found) => current && setStations(found))
      .catch((error: unknown) => current && notifyError(error));
    return () => {
      current = false;
    };
  }, []);
  return stations;
}
