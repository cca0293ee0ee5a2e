import { Box, Button, Grid, Group, Kbd, Paper, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { IconPrinter } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../../main/intake/customerRepo';
import { useDepotSettings } from '../../../stores/depotSettings';
import { usePrefs } from '../../../stores/prefs';
import { CustomerSection } from '../CustomerSection/CustomerSection';
import { DiscardDraftModal } from '../IntakeDraft/DiscardDraftModal';
import { DraftRestored } from '../IntakeDraft/DraftRestored';
import { DraftStatus } from '../IntakeDraft/DraftStatus';
import { useIntakeDraft } from '../IntakeDraft/useIntakeDraft';
import { IntakeSuccess } from '../IntakeSuccess/IntakeSuccess';
import { ReportSection } from '../ReportSection/ReportSection';
import { SignaturePad, type SignaturePadHandle } from '../SignaturePad/SignaturePad';
import { UnitSection } from '../UnitSection/UnitSection';
import { useTicketDrawer } from '../ticketDrawer';
import { useWarrantyPreview } from '../WarrantyPanel/useWarrantyPreview';
import { WarrantyPanel } from '../WarrantyPanel/WarrantyPanel';
import { checkedExclusions, initialValues, modelIdOf, type IntakeValues } from './intakeModel';
import { useIntakeCatalogue } from './useIntakeCatalogue';
import { useIntakeSubmit } from './useIntakeSubmit';
import { useUnitLookup } from './useUnitLookup';

type FocusTarget = 'serial' | 'model' | 'customer' | 'fault' | 'firstError';

/**
 * The intake desk (policy 3.1, issue 3 item 8), keyboard-first for a clerk with a queue: scan
 * the serial, confirm or find the customer, type the fault, tick the accessories, let the
 * customer sign, Ctrl+Enter. The warranty decision beside it follows every change.
 */
export function IntakeForm({ active = true }: { active?: boolean }) {
  const { t } = useTranslation();
  const stationPref = usePrefs((s) => s.intakeStationId);
  const reRepairWindowDays = useDepotSettings((s) => s.settings?.policy.reRepairWindowDays ?? null);
  const { models, stations } = useIntakeCatalogue();
  const form = useForm<IntakeValues>({ initialValues: initialValues(stationPref) });
  const [customer, setCustomer] = useState<Customer | null>(null);
  const [photos, setPhotos] = useState<File[]>([]);
  const [signed, setSigned] = useState(false);
  const [focus, setFocus] = useState<FocusTarget | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const serialRef = useRef<HTMLInputElement>(null);
  const modelRef = useRef<HTMLInputElement>(null);
  const customerRef = useRef<HTMLInputElement>(null);
  const faultRef = useRef<HTMLTextAreaElement>(null);
  const signatureRef = useRef<SignaturePadHandle>(null);

  function pickCustomer(next: Customer | null) {
    setCustomer(next);
    if (next) {
      form.setFieldValue('customerMode', 'find');
      form.clearFieldError('customerQuery');
    }
    setFocus(next ? 'fault' : 'customer');
  }

  const units = useUnitLookup(form, {
    known: (record) => {
      // The owner on record comes with the unit unless the clerk already chose someone.
      if (record.customer && !customer && form.getValues().customerMode === 'find') {
        setCustomer(record.customer);
      }
      setFocus(record.customer || customer ? 'fault' : 'customer');
    },
    unknown: () => setFocus('model'),
  });
  const { unit } = units;
  const owner = unit.kind === 'known' ? unit.record.customer : null;

  const preview = useWarrantyPreview({
    modelId: modelIdOf(form.values, unit),
    // As tickets/create applies it: only an existing customer can have an agreement.
    customerId: form.values.customerMode === 'find' && customer ? customer.id : null,
    invoiceDate: form.values.newUnit.invoiceDate,
    exclusions: checkedExclusions(form.values),
  });

  const submitter = useIntakeSubmit({
    form,
    unit,
    customer,
    decision: preview.decision,
    signed,
    signatureUrl: () => signatureRef.current?.toDataUrl() ?? null,
    photos,
    onInvalid: () => setFocus('firstError'),
  });
  const { done } = submitter;

  // Issue 11, item 4: the typed intake is kept as the clerk's draft and comes back with the form.
  const draft = useIntakeDraft({
    form,
    customer,
    setCustomer,
    unit,
    restoreUnit: units.restore,
    submitting: submitter.submitting,
    registered: done !== null,
  });

  async function submit() {
    // Nothing of the draft may land after the ticket that clears it.
    await draft.settle();
    await submitter.submit();
  }

  // Effects below set a value only when it must change, and depend on the form's stable
  // setters (not on `form`, a new object every render), so they never feed on themselves.
  const { setFieldValue, setFieldError } = form;

  // The station this desk used last; else the first one.
  const stationId = form.values.stationId;
  useEffect(() => {
    if (stations.length === 0) return;
    if (!stations.some((s) => String(s.id) === stationId)) {
      setFieldValue('stationId', String(stations[0].id));
    }
  }, [stations, stationId, setFieldValue]);

  // The core refused the invoice date (in the future): say so on the date itself.
  const previewField = preview.error?.field;
  const previewMessage = preview.error?.issues[0]?.message ?? preview.error?.message;
  useEffect(() => {
    if (previewField === 'invoiceDate' && previewMessage) {
      setFieldError('newUnit.invoiceDate', previewMessage);
    }
  }, [previewField, previewMessage, setFieldError]);

  useEffect(() => {
    if (!focus) return;
    const target =
      focus === 'firstError'
        ? rootRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')
        : { serial: serialRef, model: modelRef, customer: customerRef, fault: faultRef }[focus]
            .current;
    target?.focus();
    setFocus(null);
  }, [focus]);

  function newIntake() {
    // Committed at once, so the serial field has the focus before the next key: a clerk who
    // presses Esc and scans straight away loses no character of the serial.
    flushSync(() => {
      form.setInitialValues(initialValues(usePrefs.getState().intakeStationId));
      form.reset();
      units.reset();
      setCustomer(null);
      setPhotos([]);
      setSigned(false);
      signatureRef.current?.clear();
      submitter.finish();
    });
    serialRef.current?.focus();
  }

  // Not while a ticket is open in the drawer over the form: its keys are the drawer's.
  const drawerOpen = useTicketDrawer((s) => s.ticketId !== null);
  useHotkeys(
    active && !drawerOpen
      ? [
          ['mod+Enter', () => void submit()],
          ['alt+N', () => (done || draft.blank ? newIntake() : draft.askDiscard())],
          ['Escape', () => done && newIntake()],
        ]
      : [],
    [],
  );

  if (done) {
    return (
      <IntakeSuccess
        done={done}
        onNewIntake={newIntake}
        onPrintAgain={(kind) => void submitter.printAgain(kind)}
        onRetrySignature={() => void submitter.retrySignature()}
        onRetryPhotos={() => void submitter.retryPhotos()}
      />
    );
  }

  const counter = form.values.channel === 'counter';
  return (
    // Not a <form>: Enter in a field must not register the unit (Enter looks up, picks a
    // customer, or is a new line); Ctrl+Enter and the button do.
    <Box ref={rootRef} data-testid="intake-form" data-draft={draft.loaded ? 'loaded' : 'loading'}>
      <DiscardDraftModal
        opened={draft.confirming}
        onClose={draft.closeDiscard}
        onConfirm={() => {
          newIntake();
          void draft.discard();
        }}
      />
      {draft.restoredAt && (
        <Box mb="md">
          <DraftRestored
            savedAt={draft.restoredAt}
            onDiscard={draft.askDiscard}
            onClose={draft.dismissRestored}
          />
        </Box>
      )}
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <UnitSection
              form={form}
              unit={unit}
              models={models}
              onLookup={(scan) => void units.lookup(scan)}
              onChooseUnit={units.chooseUnit}
              onRegisterNew={units.registerNew}
              serialRef={serialRef}
              modelRef={modelRef}
              reRepairWindowDays={reRepairWindowDays}
            />
            <CustomerSection
              form={form}
              customer={customer}
              owner={owner}
              onPick={pickCustomer}
              queryRef={customerRef}
            />
            <ReportSection
              form={form}
              stations={stations}
              photos={photos}
              onPhotos={setPhotos}
              faultRef={faultRef}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <WarrantyPanel
              form={form}
              preview={preview}
              modelChosen={modelIdOf(form.values, unit) !== null}
              invoiceDated={form.values.newUnit.invoiceDate !== null}
            />
            <Paper withBorder radius="md" p="md">
              <SignaturePad
                ref={signatureRef}
                onChange={(isSigned) => {
                  setSigned(isSigned);
                  if (isSigned) form.clearFieldError('signature');
                }}
                error={form.errors.signature as string | undefined}
                description={counter ? undefined : t('intake.signature.optional')}
              />
            </Paper>
            <Stack gap={6}>
              <Button
                size="md"
                fullWidth
                leftSection={<IconPrinter size={18} />}
                loading={submitter.submitting}
                disabled={submitter.submitting}
                onClick={() => void submit()}
                data-testid="intake-submit"
              >
                {t('intake.submit')}
              </Button>
              <Group justify="center" gap={4}>
                <Kbd size="xs">Ctrl</Kbd>
                <Text size="xs" c="dimmed">
                  +
                </Text>
                <Kbd size="xs">Enter</Kbd>
              </Group>
              <DraftStatus state={draft.state} blank={draft.blank} onDiscard={draft.askDiscard} />
            </Stack>
          </Stack>
        </Grid.Col>
      </Grid>
    </Box>
  );
}
