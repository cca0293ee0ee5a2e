import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BenchTicketView } from '../../../../../main/bench/benchTicket';
import type { StaffSummary } from '../../../../../main/staff/staffRepo';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import { notifyError } from '../../../errors/notifyError';
import type { ActResult } from '../useBenchTicket';

/** The value of "nobody: back to the queue" in the staff list. */
const RELEASE = 'release';

/**
 * A supervisor gives the ticket to a technician (指派), or releases it to the queue for anyone
 * to claim. The core refuses anyone who is not an active technician or supervisor.
 */
export function AssignModal({
  ticket,
  opened,
  onClose,
  act,
}: {
  ticket: BenchTicketView;
  opened: boolean;
  onClose: () => void;
  act: (send: () => Promise<BenchTicketView>) => Promise<ActResult>;
}) {
  const { t } = useTranslation();
  const [staff, setStaff] = useState<StaffSummary[]>([]);
  const [choice, setChoice] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!opened) return;
    let current = true;
    // Who may be given the ticket is the core's rule (bench/assignees, the one bench/assign
    // refuses by).
    invoke('bench/assignees', {})
      .then((all) => {
        if (current) setStaff(all);
      })
      .catch((e: unknown) => current && notifyError(e));
    return () => {
      current = false;
    };
  }, [opened]);

  function close() {
    setChoice(null);
    setNote('');
    setError(null);
    onClose();
  }

  async function submit() {
    if (choice === null) {
      setError(t('bench.assign.pick'));
      return;
    }
    setBusy(true);
    try {
      await act(() =>
        invoke('bench/assign', {
          ticketId: ticket.id,
          version: ticket.version,
          staffId: choice === RELEASE ? null : Number(choice),
          ...(note.trim() && { note: note.trim() }),
        }),
      );
      close();
    } catch (e) {
      showErrorOnForm(
        {
          getValues: () => ({ staffId: '' }),
          setErrors: (errors) => setError(String(Object.values(errors)[0] ?? '')),
        },
        e,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('bench.assign.title', { reportNo: ticket.reportNo })}
      centered
    >
      <Stack gap="sm" data-testid="bench-assign-form">
        <Text size="sm" c="dimmed">
          {ticket.assignedTo
            ? t('bench.assign.current', { name: ticket.assignedTo.name })
            : t('bench.assign.unclaimed')}
        </Text>
        <Select
          label={t('bench.assign.to')}
          withAsterisk
          searchable
          data-autofocus
          value={choice}
          error={error}
          onChange={(v) => {
            setChoice(v);
            setError(null);
          }}
          data={[
            ...staff
              .filter((s) => s.id !== ticket.assignedTo?.id)
              .map((s) => ({ value: String(s.id), label: s.displayName })),
            ...(ticket.assignedTo ? [{ value: RELEASE, label: t('bench.assign.release') }] : []),
          ]}
          data-testid="bench-assign-staff"
        />
        <TextInput
          label={t('bench.actions.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          data-testid="bench-assign-note"
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void submit()} data-testid="bench-assign-submit">
            {t('bench.assign.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
