import type { Station } from '../../../../../main/intake/stationHandlers';
import { useCoreQuery } from '../../../data';

/** The depot's active repair stations (維修站點), for the queue's station filter. */
export function useStations(): Station[] {
  return useCoreQuery('stations/list', {}, { entities: ['repair_station'] }).data ?? [];
}
