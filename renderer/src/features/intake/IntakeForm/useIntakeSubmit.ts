import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../main/contract/language';
import type { Customer } from '../../../../../main/intake/customerRepo';
import type { WarrantyDecision } from '../../../../../main/intake/warranty';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { notifyError } from '../../../errors/notifyError';
import { usePrefs } from '../../../stores/prefs';
import {
  fileAsDataUrl,
  printIntakeDocuments,
  reprintDocument,
  printTicketDocument,
} from '../intakeDocuments';
import type { IntakeDone } from '../IntakeSuccess/IntakeSuccess';
import {
  checkIntake,
  formPathOf,
  toCreateInput,
  type IntakeValues,
  type UnitState,
} from './intakeModel';

type Deps = {
  form: UseFormReturnType<IntakeValues>;
  unit: UnitState;
  customer: Customer | null;
  decision: WarrantyDecision | null;
  signed: boolean;
  signatureUrl: () => string | null;
  photos: File[];
  /** The form shows errors: the screen takes the clerk to the first one. */
  onInvalid: () => void;
};

/** Photos one by one (each up to 5 MB); the ones the core refused come back to retry. */
async function savePhotos(ticketId: number, files: File[]): Promise<File[]> {
  const failed: File[] = [];
  for (const file of files) {
    try {
      await invoke('attachments/addPhoto', { ticketId, data: await fileAsDataUrl(file) });
    } catch (error) {
      notifyError(error);
      failed.push(file);
    }
  }
  return failed;
}

/**
 * "Register and print" (Ctrl+Enter): one `tickets/create` under a request id made once per
 * intake and kept across retries, so a double click or a scanner's second Enter replays the
 * first ticket instead of making another (issue 3, "bad input"). Then the customer's signature
 * and the photos are attached, and the receipt (with the signature) and the label printed.
 */
export function useIntakeSubmit(deps: Deps) {
  const { t, i18n } = useTranslation();
  const setStation = usePrefs((s) => s.setIntakeStationId);
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  const [submitting, setSubmitting] = useState(false);
  const [done, setDone] = useState<IntakeDone | null>(null);
  // A ref, not state: the second click of a double click arrives before React re-renders.
  const busy = useRef(false);
  const language = i18n.language as Language;

  async function afterCreate(ticketId: number, signatureUrl: string | null, photos: File[]) {
    let signature: IntakeDone['signature'] = 'none';
    if (signatureUrl) {
      try {
        await invoke('attachments/sign', { ticketId, data: signatureUrl });
        signature = 'saved';
      } catch (error) {
        notifyError(error);
        signature = 'failed';
      }
    }
    const photosFailed = await savePhotos(ticketId, photos);
    // The receipt is printed after the signature is kept: it carries the signature image.
    let documents: IntakeDone['documents'] = [];
    try {
      documents = await printIntakeDocuments(ticketId, language);
    } catch (error) {
      notifyError(error);
    }
    setDone((d) => d && { ...d, signature, photosFailed, documents, printing: false });
  }

  async function submit(): Promise<void> {
    if (busy.current || done) return;
    const { form } = deps;
    const values = form.getValues();
    const errors = checkIntake(values, { ...deps, t });
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) {
      deps.onInvalid();
      return;
    }
    busy.current = true;
    setSubmitting(true);
    const signatureUrl = deps.signatureUrl();
    const input = toCreateInput(values, { ...deps, clientRequestId: requestId });
    try {
      const ticket = await invoke('tickets/create', input);
      setStation(Number(values.stationId));
      setDone({
        ticket,
        documents: [],
        printing: true,
        signature: 'none',
        signatureUrl,
        photosFailed: [],
      });
      notifications.show({
        color: 'teal',
        message: t('intake.success.notified', { reportNo: ticket.reportNo }),
        autoClose: 5000,
      });
      await afterCreate(ticket.id, signatureUrl, deps.photos);
    } catch (error) {
      const placed = showErrorOnForm(form, error, {
        mapField: (field) => formPathOf(field, values, input),
      });
      if (placed) deps.onInvalid();
    } finally {
      busy.current = false;
      setSubmitting(false);
    }
  }

  return {
    submit,
    submitting,
    done,
    /** The next customer: a fresh request id, so the next submit is a new ticket. */
    finish: () => {
      setDone(null);
      setRequestId(crypto.randomUUID());
    },
    printAgain: async (kind: 'receipt' | 'unitLabel') => {
      if (!done) return;
      const printed = done.documents.find((d) => d.kind === kind);
      try {
        // The identical archived copy when there is one; else render it now.
        if (printed) await reprintDocument(printed.id);
        else await printTicketDocument(kind, done.ticket.id, language);
      } catch (error) {
        notifyError(error);
      }
    },
    retrySignature: async () => {
      if (!done?.signatureUrl) return;
      try {
        await invoke('attachments/sign', { ticketId: done.ticket.id, data: done.signatureUrl });
        const receipt = await printTicketDocument('receipt', done.ticket.id, language);
        setDone(
          (d) =>
            d && {
              ...d,
              signature: 'saved',
              documents: [receipt, ...d.documents.filter((x) => x.kind !== 'receipt')],
            },
        );
      } catch (error) {
        notifyError(error);
      }
    },
    retryPhotos: async () => {
      if (!done) return;
      const failed = await savePhotos(done.ticket.id, done.photosFailed);
      setDone((d) => d && { ...d, photosFailed: failed });
    },
  };
}
