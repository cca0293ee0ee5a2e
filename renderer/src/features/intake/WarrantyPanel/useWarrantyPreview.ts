import { useEffect, useState } from 'react';
import type { WarrantyDecision } from '../../../../../main/intake/warranty';
import { asClientError, invoke, type DepotClientError } from '../../../bridge';
import type { Exclusion } from '../codes';

export type PreviewArgs = {
  modelId: number | null;
  /** The existing customer picked: their warranty agreement may set the period (policy 2). */
  customerId: number | null;
  invoiceDate: string | null;
  exclusions: { reason: Exclusion; note: string }[];
};

export type Preview = {
  decision: WarrantyDecision | null;
  loading: boolean;
  /** The core refused to decide (an invoice date in the future): shown in the panel. */
  error: DepotClientError | null;
};

/**
 * The live warranty decision (policy 2): the core's own engine, asked again a moment after the
 * model, the customer, the invoice date or the ticked exclusions change. The notes do not change the
 * decision, so typing them asks nothing; the core decides once more when the ticket is created.
 */
export function useWarrantyPreview(args: PreviewArgs, delayMs = 250): Preview {
  const [state, setState] = useState<Preview>({ decision: null, loading: false, error: null });
  const reasons = args.exclusions.map((e) => e.reason).join(',');
  const { modelId, customerId, invoiceDate } = args;

  useEffect(() => {
    if (modelId === null) {
      setState({ decision: null, loading: false, error: null });
      return;
    }
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    const timer = window.setTimeout(() => {
      invoke('warranty/preview', {
        modelId,
        customerId,
        invoiceDate,
        // Without the notes: they do not change the decision, and the form requires them.
        exclusions: reasons
          ? reasons.split(',').map((reason) => ({ reason: reason as Exclusion }))
          : [],
      })
        .then((decision) => {
          if (current) setState({ decision, loading: false, error: null });
        })
        .catch((error: unknown) => {
          if (current) setState({ decision: null, loading: false, error: asClientError(error) });
        });
    }, delayMs);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [modelId, customerId, invoiceDate, reasons, delayMs]);

  return state;
}
