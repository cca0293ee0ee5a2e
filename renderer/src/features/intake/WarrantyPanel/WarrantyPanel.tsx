import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Divider,
  Group,
  List,
  Loader,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconShieldCheck, IconShieldX, IconShieldQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { WarrantyDecision } from '../../../../../main/intake/warranty';
import { EXCLUSIONS, OFFERS, type Exclusion, type WarrantyStatus } from '../codes';
import type { IntakeValues } from '../IntakeForm/intakeModel';
import { WARRANTY_COLORS } from '../TicketBadges/TicketBadges';
import { reasonText } from '../warrantyWords';
import type { Preview } from './useWarrantyPreview';
import classes from './WarrantyPanel.module.css';

const ICONS: Record<WarrantyStatus, typeof IconShieldCheck> = {
  covered: IconShieldCheck,
  not_covered: IconShieldX,
  unverified: IconShieldQuestion,
};

/** The decision's headline: status, until when, and the period it was counted with. */
function Decision({ decision }: { decision: WarrantyDecision }) {
  const { t, i18n } = useTranslation();
  const Icon = ICONS[decision.status];
  const color = WARRANTY_COLORS[decision.status];
  const ended = decision.expiresOn !== null && decision.expiresOn < decision.intakeDate;
  return (
    <Stack gap={6}>
      <Group gap="sm" wrap="nowrap" align="center">
        <Icon size={30} stroke={1.5} color={`var(--mantine-color-${color}-filled)`} />
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text fw={700} size="lg" c={`${color}.8`} data-testid="warranty-status" lh={1.25}>
            {t(`intake.warranty.status.${decision.status}`)}
          </Text>
          <Text size="xs" c="dimmed">
            {decision.override
              ? t('intake.warranty.overridden')
              : t(`intake.warranty.statusLong.${decision.status}`)}
          </Text>
        </Stack>
      </Group>
      {decision.expiresOn && (
        <Group gap={6}>
          <Badge variant="light" color={ended ? 'orange' : 'teal'} radius="sm">
            {t(ended ? 'intake.warranty.expired' : 'intake.warranty.until', {
              date: decision.expiresOn,
            })}
          </Badge>
          <Text size="xs" c="dimmed">
            {t('intake.warranty.period', { months: decision.policy.warrantyMonths })} ·{' '}
            <span data-testid="warranty-policy-source">
              {decision.policy.agreement
                ? t('intake.warranty.sourceAgreement', {
                    reference: decision.policy.agreement.referenceNo,
                  })
                : t(
                    decision.policy.source === 'model'
                      ? 'intake.warranty.sourceModel'
                      : 'intake.warranty.sourceType',
                  )}
            </span>
          </Text>
        </Group>
      )}
      <List size="sm" spacing={2} className={classes.reasons} data-testid="warranty-reasons">
        {decision.reasons.map((r) => (
          <List.Item key={r.code}>{reasonText(r, i18n.language)}</List.Item>
        ))}
      </List>
    </Stack>
  );
}

/**
 * The live warranty decision (policy 2) beside the intake form: covered, not covered or
 * unverified, until when, and why in the staff's language. The clerk records what makes a
 * case not covered (the five exclusions, each with what was found), and for a case that is
 * not covered the explanation given and the paid alternative offered (policy 3.1).
 */
export function WarrantyPanel({
  form,
  preview,
  modelChosen,
  invoiceDated,
}: {
  form: UseFormReturnType<IntakeValues>;
  preview: Preview;
  modelChosen: boolean;
  invoiceDated: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { decision, loading, error } = preview;
  const derivedExpired = decision?.reasons.some((r) => r.code === 'expired') ?? false;
  const exclusionsError = form.errors.exclusions;

  // The preview was asked without waiting for the notes: show the ones typed now.
  const shown: WarrantyDecision | null = decision && {
    ...decision,
    reasons: decision.reasons.map((r) => {
      const typed = (EXCLUSIONS as readonly string[]).includes(r.code)
        ? form.values.exclusions[r.code as Exclusion].note.trim()
        : '';
      const { note: _sent, ...rest } = r;
      return typed ? { ...rest, note: typed } : rest;
    }),
  };

  function fillFromReasons() {
    if (!shown) return;
    form.setFieldValue(
      'notCoveredExplanation',
      shown.reasons.map((r) => reasonText(r, i18n.language)).join('\n'),
    );
  }

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      className={classes.panel}
      data-status={decision?.status ?? 'none'}
      data-testid="warranty-panel"
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Text fw={600} size="sm">
            {t('intake.warranty.title')}
          </Text>
          {loading && <Loader size={14} aria-label={t('intake.warranty.checking')} />}
        </Group>

        {!modelChosen && (
          <Text size="sm" c="dimmed">
            {t('intake.warranty.chooseModel')}
          </Text>
        )}
        {modelChosen && shown && <Decision decision={shown} />}
        {modelChosen && error && (
          <Alert color="orange" variant="light" title={t('intake.warranty.cannotDecide')} p="xs">
            <Text size="sm">{error.message}</Text>
          </Alert>
        )}

        <Divider />
        <Text size="xs" fw={600} c="dimmed" tt="uppercase">
          {t('intake.warranty.exclusions')}
        </Text>
        <Stack gap={6}>
          {EXCLUSIONS.map((reason) => {
            const fromDates = reason === 'expired' && invoiceDated;
            const checked = fromDates ? derivedExpired : form.values.exclusions[reason].checked;
            return (
              <Stack key={reason} gap={4}>
                <Checkbox
                  size="sm"
                  label={t(`intake.warranty.reasons.${reason}`)}
                  description={fromDates ? t('intake.warranty.expiredFromDates') : undefined}
                  checked={checked}
                  disabled={fromDates}
                  onChange={(e) =>
                    form.setFieldValue(`exclusions.${reason}.checked`, e.currentTarget.checked)
                  }
                  data-testid={`exclusion-${reason}`}
                />
                {checked && !fromDates && (
                  <TextInput
                    size="xs"
                    ml={28}
                    aria-label={`${t(`intake.warranty.reasons.${reason}`)}: ${t('intake.warranty.note')}`}
                    placeholder={t('intake.warranty.notePlaceholder')}
                    {...form.getInputProps(`exclusions.${reason}.note`)}
                    data-testid={`exclusion-note-${reason}`}
                  />
                )}
              </Stack>
            );
          })}
          {exclusionsError && (
            <Text size="xs" c="red">
              {exclusionsError}
            </Text>
          )}
        </Stack>

        {decision && !decision.covered && (
          <>
            <Divider />
            <Textarea
              label={t('intake.warranty.explanation')}
              description={t('intake.warranty.explanationHint')}
              autosize
              minRows={2}
              maxRows={6}
              withAsterisk
              {...form.getInputProps('notCoveredExplanation')}
              data-testid="not-covered-explanation"
            />
            <Group justify="flex-end" mt={-6}>
              <Button size="compact-xs" variant="subtle" onClick={fillFromReasons}>
                {t('intake.warranty.useReasons')}
              </Button>
            </Group>
            <Radio.Group
              label={t('intake.warranty.offer')}
              value={form.values.offer}
              onChange={(v) => form.setFieldValue('offer', v as IntakeValues['offer'])}
              error={form.errors.offer}
            >
              <Stack gap={6} mt={6}>
                {OFFERS.map((o) => (
                  <Radio
                    key={o}
                    value={o}
                    label={t(`intake.warranty.offers.${o}`)}
                    data-testid={`offer-${o}`}
                  />
                ))}
              </Stack>
            </Radio.Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
