import { Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BenchTicketView } from '../../../../../main/bench/benchTicket';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { notifySuccess } from '../../../errors/notifyError';
import { SignaturePad, type SignaturePadHandle } from '../../intake/SignaturePad/SignaturePad';
import type { ActResult } from '../useBenchTicket';

export type AcceptanceMode = 'accept' | 'reject';

/**
 * Customer acceptance (驗收, policy 3.4): at pickup the customer checks the repair and either
 * signs on screen to accept it (the unit is delivered), or rejects it with a reason, which
 * closes this ticket and opens a re-repair (返修) linked to it.
 */
export function AcceptanceModal({
  ticket,
  mode,
  onMode,
  onClose,
  act,
}: {
  ticket: BenchTicketView;
  /** Null: closed. */
  mode: AcceptanceMode | null;
  onMode: (mode: AcceptanceMode) => void;
  onClose: () => void;
  act: (send: () => Promise<BenchTicketView>) => Promise<ActResult>;
}) {
  const { t } = useTranslation();
  const signatureRef = useRef<SignaturePadHandle>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function close() {
    setReason('');
    setError(null);
    onClose();
  }

  /** Sends the customer's answer; the core's message lands under the field it is about. */
  async function send(answer: () => Promise<BenchTicketView>) {
    setBusy(true);
    try {
      await act(answer);
      close();
    } catch (e) {
      showErrorOnForm(
        {
          getValues: () => ({ signature: '', reason }),
          setErrors: (errors) => setError(String(Object.values(errors)[0] ?? '')),
        },
        e,
      );
    } finally {
      setBusy(false);
    }
  }

  function accept() {
    const signature = signatureRef.current?.toDataUrl() ?? null;
    if (!signature) {
      setError(t('bench.acceptance.signFirst'));
      return;
    }
    void send(() =>
      invoke('acceptance/accept', { ticketId: ticket.id, version: ticket.version, signature }),
    );
  }

  function reject() {
    if (!reason.trim()) {
      setError(t('validation.required'));
      return;
    }
    void send(async () => {
      const view = await invoke('acceptance/reject', {
        ticketId: ticket.id,
        version: ticket.version,
        reason: reason.trim(),
      });
      notifySuccess(
        t('bench.acceptance.rerepairOpened', {
          reportNo: view.acceptance?.rerepair?.reportNo ?? `#${view.rerepairTicketId}`,
        }),
      );
      return view;
    });
  }

  return (
    <Modal
      opened={mode !== null}
      onClose={close}
      title={t('bench.acceptance.title', { reportNo: ticket.reportNo })}
      size="lg"
      centered
    >
      <Stack gap="sm" data-testid="bench-acceptance">
        <SegmentedControl
          value={mode ?? 'accept'}
          onChange={(v) => {
            setError(null);
            onMode(v as AcceptanceMode);
          }}
          data={[
            { value: 'accept', label: t('bench.acceptance.accept') },
            { value: 'reject', label: t('bench.acceptance.reject') },
          ]}
          data-testid="bench-acceptance-mode"
        />
        {mode === 'reject' ? (
          <>
            <Text size="sm" c="dimmed">
              {t('bench.acceptance.rejectBody')}
            </Text>
            <Textarea
              label={t('bench.acceptance.reason')}
              withAsterisk
              autosize
              minRows={2}
              data-autofocus
              value={reason}
              error={error}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                setError(null);
              }}
              data-testid="bench-reject-reason"
            />
          </>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('bench.acceptance.acceptBody')}
            </Text>
            <SignaturePad
              ref={signatureRef}
              onChange={(signed) => signed && setError(null)}
              error={error ?? undefined}
              description={t('bench.acceptance.signHint')}
            />
          </>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          {mode === 'reject' ? (
            <Button color="red" loading={busy} onClick={reject} data-testid="bench-reject-submit">
              {t('bench.acceptance.rejectSubmit')}
            </Button>
          ) : (
            <Button color="teal" loading={busy} onClick={accept} data-testid="bench-accept-submit">
              {t('bench.acceptance.acceptSubmit')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
