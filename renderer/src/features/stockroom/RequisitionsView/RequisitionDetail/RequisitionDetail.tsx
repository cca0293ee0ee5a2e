import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowBackUp,
  IconCheck,
  IconPackageExport,
  IconPrinter,
  IconRefresh,
  IconX,
} from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../../main/contract/language';
import type { RequisitionView } from '../../../../../../main/stock/requisitionActions';
import { invoke } from '../../../../bridge';
import { coreKey, useChangedWhileEditing, useCoreQuery } from '../../../../data';
import { ReasonModal } from '../../../../dialogs/ReasonModal';
import { showErrorOnForm } from '../../../../errors/formErrors';
import { notifyError, notifySuccess } from '../../../../errors/notifyError';
import { localDateTime } from '../../../../format/dateTime';
import { printRequisition } from '../requisitionDocument';
import { RequisitionStatusBadge } from '../RequisitionStatus/RequisitionStatus';
import { DetailLines } from './DetailLines';
import {
  approveInput,
  initialEntries,
  movementLines,
  placeError,
  type Entries,
  type EntryErrors,
  type Mode,
} from './detailModel';
import { IssueRecord } from './IssueRecord';

/** What the person at this workstation does with the requisition first: what the core allows. */
function defaultMode(req: RequisitionView): Mode {
  if (req.actions.decide.allowed) return 'approve';
  if (req.actions.issue.allowed) return 'issue';
  return 'view';
}

/**
 * One requisition (領用申請表, policy 5.3) for whoever has it in hand: the supervisor approves
 * per line (possibly less than asked, with a written reason above a quota) or rejects it; the
 * stockroom issues what was approved as far as stock allows and takes back what was not used;
 * the issue record (發放記錄) lists every hand-over. The form prints at any stage. What others
 * do to it shows at once, except over quantities typed here: then the screen says who changed
 * it and reloads when asked (issue 11, item 3).
 */
export function RequisitionDetail({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  // What the screen shows beyond the requisition: its ticket's status (a cancelled or handed-back
  // ticket takes no more parts) and the stock on hand, which any movement changes.
  const shown = client.getQueryData<RequisitionView>(coreKey('requisitions/get', { id }));
  const query = useCoreQuery(
    'requisitions/get',
    { id },
    {
      entities: [
        { entity: 'requisition', id },
        ...(shown ? [{ entity: 'ticket', id: shown.ticket.id }] : []),
        'stock_move',
      ],
    },
  );
  const latest = query.data ?? null;
  const changed = useChangedWhileEditing('requisition', id);
  // The requisition the form was filled from, and whether anything has been typed over it.
  const [req, setReq] = useState<RequisitionView | null>(null);
  const [touched, setTouched] = useState(false);
  const [mode, setMode] = useState<Mode>('view');
  const [entries, setEntries] = useState<Entries>({});
  const [errors, setErrors] = useState<EntryErrors>({});
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState<'save' | 'print' | null>(null);
  const [rejecting, setRejecting] = useState(false);
  // One change at a time: a double click must not issue twice.
  const saving = useRef(false);

  const clearChanged = changed.clear;
  const show = useCallback(
    (next: RequisitionView, nextMode: Mode = defaultMode(next)) => {
      setReq(next);
      setMode(nextMode);
      setEntries(initialEntries(nextMode, next));
      setErrors({});
      setNote('');
      setTouched(false);
      clearChanged();
    },
    [clearChanged],
  );

  // A newer answer (someone else's change, or this screen's own save) fills the form again,
  // unless staff have typed into it: that waits for "reload".
  if (latest && latest !== req && (req === null || !touched)) show(latest);

  async function reloadForm() {
    const fresh = await query.refetch();
    if (fresh.data) show(fresh.data);
  }

  if (!req) {
    return (
      <Center h={200} data-testid="req-detail-loading">
        <Loader size="sm" />
      </Center>
    );
  }

  // The core refuses the decision to its own requester (policy 5.3): say so rather than hide it.
  const ownRequest = req.actions.decide.refusal?.reason === 'stock.ownRequisition';
  const returnable = req.actions.return.allowed;

  function onEntry(lineId: number, patch: Partial<Entries[number]>) {
    setTouched(true);
    setEntries((old) => ({ ...old, [lineId]: { ...old[lineId], ...patch } }));
    setErrors((old) => ({ ...old, [lineId]: {} }));
  }

  /** Sends one change; the core's per-line errors land on their fields. */
  async function save(send: () => Promise<RequisitionView>, lineIds: number[], done: string) {
    if (saving.current) return;
    saving.current = true;
    setBusy('save');
    try {
      const next = await send();
      client.setQueryData(coreKey('requisitions/get', { id }), next);
      show(next);
      notifySuccess(done);
    } catch (error) {
      const found: EntryErrors = {};
      showErrorOnForm(
        {
          getValues: () => ({}),
          setErrors: (errs) => {
            for (const [key, message] of Object.entries(errs)) {
              const [lineId, field] = key.split(':');
              found[Number(lineId)] = { ...found[Number(lineId)], [field]: String(message) };
            }
            setErrors(found);
          },
        },
        error,
        {
          mapField: (field) => {
            const place = placeError(field, lineIds);
            return place ? `${place.lineId}:${place.key}` : null;
          },
        },
      );
    } finally {
      saving.current = false;
      setBusy(null);
    }
  }

  function approve() {
    if (!req) return;
    const { input, lineIds } = approveInput(req, entries, note);
    void save(
      () => invoke('requisitions/decide', input),
      lineIds,
      t('stockroom.requisitions.detail.approved', { reqNo: req.reqNo }),
    );
  }

  function move(kind: 'issue' | 'return') {
    if (!req) return;
    const { lines, lineIds } = movementLines(req, entries);
    if (lines.length === 0) {
      notifications.show({
        color: 'yellow',
        message: t(`stockroom.requisitions.detail.nothingTo.${kind}`),
        autoClose: 4000,
      });
      return;
    }
    void save(
      () =>
        kind === 'issue'
          ? invoke('requisitions/issue', { id: req.id, lines })
          : invoke('requisitions/return', {
              id: req.id,
              lines,
              ...(note.trim() && { note: note.trim() }),
            }),
      lineIds,
      t(`stockroom.requisitions.detail.done.${kind}`, {
        reqNo: req.reqNo,
        count: lines.reduce((n, l) => n + l.quantity, 0),
      }),
    );
  }

  async function reject(rejectNote: string) {
    if (!req) return;
    const next = await invoke('requisitions/decide', {
      id: req.id,
      version: req.version,
      decision: 'reject',
      note: rejectNote,
    });
    client.setQueryData(coreKey('requisitions/get', { id }), next);
    show(next);
  }

  async function print() {
    if (!req) return;
    setBusy('print');
    try {
      await printRequisition(req.id, i18n.language as Language);
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Paper withBorder radius="md" p="md" data-testid="req-detail" data-req-no={req.reqNo}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={4} ff="monospace" data-testid="req-detail-no">
                {req.reqNo}
              </Title>
              <RequisitionStatusBadge status={req.status} data-testid="req-detail-status" />
            </Group>
            <Text size="sm">
              {t('stockroom.requisitions.detail.forTicket', {
                reportNo: req.ticket.reportNo,
                model: req.ticket.modelCode,
                serial: req.ticket.serialNo,
              })}
            </Text>
            <Text size="xs" c="dimmed" data-testid="req-detail-requested">
              {t('stockroom.requisitions.detail.requestedBy', {
                name: req.requestedBy.name,
                at: localDateTime(req.requestedAt),
              })}
            </Text>
            {req.decidedBy && (
              <Text size="xs" c="dimmed" data-testid="req-detail-decided">
                {t(
                  req.status === 'rejected'
                    ? 'stockroom.requisitions.detail.rejectedBy'
                    : 'stockroom.requisitions.detail.approvedBy',
                  { name: req.decidedBy.name, at: localDateTime(req.decidedAt) },
                )}
              </Text>
            )}
          </Stack>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPrinter size={14} />}
            loading={busy === 'print'}
            onClick={() => void print()}
            data-testid="req-print"
          >
            {t('stockroom.requisitions.detail.print')}
          </Button>
        </Group>
        {req.note && (
          <Text size="sm" data-testid="req-detail-note">
            {req.note}
          </Text>
        )}
        {req.decisionNote && (
          <Alert
            p="xs"
            color={req.status === 'rejected' ? 'red' : 'blue'}
            variant="light"
            data-testid="req-detail-decision-note"
          >
            {req.decisionNote}
          </Alert>
        )}
        {req.status === 'pending' && ownRequest && (
          <Text size="sm" c="dimmed" data-testid="req-own-request">
            {t('stockroom.requisitions.detail.ownRequest')}
          </Text>
        )}

        {changed.changedBy && touched && (
          <Alert
            p="xs"
            color="yellow"
            variant="light"
            icon={<IconRefresh size={16} />}
            data-testid="req-changed"
          >
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm">{t('live.changedBy', { name: changed.changedBy })}</Text>
              <Button
                size="xs"
                variant="light"
                color="yellow"
                onClick={() => void reloadForm()}
                data-testid="req-changed-reload"
              >
                {t('live.reload')}
              </Button>
            </Group>
          </Alert>
        )}

        <DetailLines req={req} mode={mode} entries={entries} errors={errors} onEntry={onEntry} />

        {mode === 'approve' && (
          <Group align="flex-end" gap="xs">
            <TextInput
              flex={1}
              size="xs"
              label={t('stockroom.requisitions.detail.approveNote')}
              value={note}
              onChange={(e) => {
                setTouched(true);
                setNote(e.currentTarget.value);
              }}
              data-testid="req-approve-note"
            />
            <Button
              size="xs"
              variant="light"
              color="red"
              leftSection={<IconX size={14} />}
              onClick={() => setRejecting(true)}
              data-testid="req-reject"
            >
              {t('stockroom.requisitions.detail.reject')}
            </Button>
            <Button
              size="xs"
              color="teal"
              leftSection={<IconCheck size={14} />}
              loading={busy === 'save'}
              onClick={approve}
              data-testid="req-approve"
            >
              {t('stockroom.requisitions.detail.approve')}
            </Button>
          </Group>
        )}
        {mode === 'issue' && (
          <Group justify="flex-end" gap="xs">
            {returnable && (
              <Button
                size="xs"
                variant="default"
                leftSection={<IconArrowBackUp size={14} />}
                onClick={() => show(req, 'return')}
                data-testid="req-start-return"
              >
                {t('stockroom.requisitions.detail.startReturn')}
              </Button>
            )}
            <Button
              size="xs"
              leftSection={<IconPackageExport size={14} />}
              loading={busy === 'save'}
              onClick={() => move('issue')}
              data-testid="req-issue"
            >
              {t('stockroom.requisitions.detail.issue')}
            </Button>
          </Group>
        )}
        {mode === 'view' && returnable && (
          <Group justify="flex-end">
            <Button
              size="xs"
              variant="default"
              leftSection={<IconArrowBackUp size={14} />}
              onClick={() => show(req, 'return')}
              data-testid="req-start-return"
            >
              {t('stockroom.requisitions.detail.startReturn')}
            </Button>
          </Group>
        )}
        {mode === 'return' && (
          <Group align="flex-end" gap="xs">
            <TextInput
              flex={1}
              size="xs"
              label={t('stockroom.requisitions.detail.returnNote')}
              value={note}
              onChange={(e) => {
                setTouched(true);
                setNote(e.currentTarget.value);
              }}
              data-testid="req-return-note"
            />
            <Button size="xs" variant="default" onClick={() => show(req)}>
              {t('common.cancel')}
            </Button>
            <Button
              size="xs"
              color="grape"
              leftSection={<IconArrowBackUp size={14} />}
              loading={busy === 'save'}
              onClick={() => move('return')}
              data-testid="req-return"
            >
              {t('stockroom.requisitions.detail.return')}
            </Button>
          </Group>
        )}

        <Title order={5} mt="xs">
          {t('stockroom.requisitions.record.title')}
        </Title>
        <IssueRecord movements={req.movements} />
      </Stack>
      <ReasonModal
        opened={rejecting}
        title={t('stockroom.requisitions.detail.rejectTitle', { reqNo: req.reqNo })}
        body={t('stockroom.requisitions.detail.rejectBody')}
        label={t('stockroom.requisitions.detail.rejectNote')}
        confirm={t('stockroom.requisitions.detail.reject')}
        color="red"
        requiredMessage={t('stockroom.requisitions.detail.rejectNoteRequired')}
        testIds={{ input: 'req-reject-note', confirm: 'req-reject-confirm' }}
        onClose={() => setRejecting(false)}
        onConfirm={reject}
      />
    </Paper>
  );
}
