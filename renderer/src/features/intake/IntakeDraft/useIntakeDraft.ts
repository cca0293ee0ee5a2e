import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useState } from 'react';
import type { Customer } from '../../../../../main/intake/customerRepo';
import { invoke } from '../../../bridge';
import { usePrefs } from '../../../stores/prefs';
import type { IntakeValues, UnitState } from '../IntakeForm/intakeModel';
import { draftSnapshot, restoredDraft, type DraftUnit } from './intakeDraft';
import { useDraft } from './useDraft';

/** The customer a draft chose, read again (the one kept, if they were merged meanwhile). */
async function keptCustomer(id: number): Promise<Customer | null> {
  try {
    const record = await invoke('customers/get', { id });
    return record.mergedInto ? await invoke('customers/get', { id: record.mergedInto.id }) : record;
  } catch {
    return null; // gone or not readable: the clerk finds the customer again
  }
}

type Deps = {
  form: UseFormReturnType<IntakeValues>;
  customer: Customer | null;
  setCustomer: (customer: Customer | null) => void;
  unit: UnitState;
  restoreUnit: (kept: NonNullable<DraftUnit>) => Promise<void>;
  /** Registering: no saving meanwhile. */
  submitting: boolean;
  /** Registered: the core cleared the draft with the ticket. */
  registered: boolean;
};

/**
 * The intake form's draft (issue 11, item 4): the typed intake is the clerk's draft, kept by
 * the core while they type and put back when the form comes again (after a workspace switch,
 * the lock, a staff switch, a reload). Throwing it away is asked first.
 */
export function useIntakeDraft(deps: Deps) {
  const { form, customer, setCustomer, unit, restoreUnit, registered } = deps;
  const snapshot = draftSnapshot(form.values, customer, unit);
  const draft = useDraft('intake', {
    snapshot,
    paused: deps.submitting || registered,
    restore: async (data) => {
      const kept = restoredDraft(data, usePrefs.getState().intakeStationId);
      if (!kept) return false;
      form.setValues(kept.values);
      const [chosen] = await Promise.all([
        kept.customerId === null ? null : keptCustomer(kept.customerId),
        kept.unit ? restoreUnit(kept.unit) : null,
      ]);
      if (chosen) setCustomer(chosen);
      return true;
    },
  });
  const [confirming, setConfirming] = useState(false);
  const { forget } = draft;
  useEffect(() => {
    if (registered) forget();
  }, [registered, forget]);

  return {
    ...draft,
    /** Nothing typed: nothing to keep, nothing to ask before throwing away. */
    blank: snapshot === null,
    confirming,
    /** Asks before the typed intake is thrown away (the discard button, Alt+N). */
    askDiscard: () => setConfirming(true),
    closeDiscard: () => setConfirming(false),
  };
}
