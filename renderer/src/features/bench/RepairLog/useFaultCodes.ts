import type { FaultCode } from '../../../../../main/bench/faultCodes';
import { useCoreQuery } from '../../../data';

/**
 * The active fault taxonomy (symptom, cause and measure codes; faultCodes/list): read when the
 * bench opens and again when a supervisor changes it; a retired code is refused by the core anyway.
 */
export function useFaultCodes(): FaultCode[] {
  return useCoreQuery('faultCodes/list', {}, { entities: ['fault_code'] }).data ?? [];
}
