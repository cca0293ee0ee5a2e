import { useEffect, useState } from 'react';
import type { FaultCode } from '../../../../../main/bench/faultCodes';
import { invoke } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';

/**
 * The active fault taxonomy (symptom, cause and measure codes; faultCodes/list), read once per
 * bench visit: supervisors change it rarely, and a retired code is refused by the core anyway.
 */
export function useFaultCodes(): FaultCode[] {
  const [codes, setCodes] = useState<FaultCode[]>([]);
  useEffect(() => {
    let current = true;
    invoke('faultCodes/list', {})
      .then((found) => current && setCodes(found))
      .catch((error: unknown) => current && notifyError(error));
    return () => {
      current = false;
    };
  }, []);
  return codes;
}
