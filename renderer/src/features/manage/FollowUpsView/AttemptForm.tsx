import {
  Button,
  Group,
  Input,
  Paper,
  Rating,
  SegmentedControl,
  Stack,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpMethod } from '../../../../../main/aftercare/followUpRepo';
import type { FollowUpDetail } from '../../../../../main/aftercare/followUpHandlers';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';

const METHODS: FollowUpMethod[] = ['phone', 'email', 'survey'];

type Values = {
  method: FollowUpMethod;
  reached: 'yes' | 'no';
  satisfaction: number;
  comments: string;
};

/**
 * One call, e-mail or survey (policy 3.6): how, whether the customer was reached, and if so
 * their satisfaction 1-5 and comments. The core decides what a complete answer is; its errors
 * land on the fields. Ctrl+Enter records.
 */
export function AttemptForm({
  followUp,
  onRecorded,
}: {
  followUp: FollowUpDetail;
  onRecorded: (next: FollowUpDetail) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: { method: 'phone', reached: 'yes', satisfaction: 0, comments: '' },
  });
  const [busy, setBusy] = useState(false);
  const reached = form.values.reached === 'yes';

  async function submit(values: Values) {
    if (busy) return;
    setBusy(true);
    try {
      const next = await invoke('followUps/recordAttempt', {
        followUpId: followUp.id,
        method: values.method,
        reached: values.reached === 'yes',
        ...(values.reached === 'yes' && values.satisfaction > 0
          ? { satisfaction: values.satisfaction }
          : {}),
        ...(values.comments.trim() && { comments: values.comments.trim() }),
      });
      form.reset();
      onRecorded(next);
    } catch (error) {
      showErrorOnForm(form, error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder radius="md" p="md">
      <form
        onSubmit={form.onSubmit((v) => void submit(v))}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit(form.getValues());
        }}
        data-testid="followup-attempt-form"
      >
        <Stack gap="sm">
          <Title order={4}>{t('manage.followUps.record.title')}</Title>
          <Group gap="lg" align="flex-end">
            <Input.Wrapper label={t('manage.followUps.record.method')}>
              <SegmentedControl
                display="flex"
                data={METHODS.map((m) => ({
                  value: m,
                  label: t(`manage.followUps.record.methods.${m}`),
                }))}
                {...form.getInputProps('method')}
                data-testid="followup-method"
              />
            </Input.Wrapper>
            <Input.Wrapper label={t('manage.followUps.record.reached')}>
              <SegmentedControl
                display="flex"
                data={[
                  { value: 'yes', label: t('manage.followUps.record.reachedYes') },
                  { value: 'no', label: t('manage.followUps.record.reachedNo') },
                ]}
                {...form.getInputProps('reached')}
                data-testid="followup-reached"
              />
            </Input.Wrapper>
          </Group>
          {reached && (
            <Input.Wrapper
              label={t('manage.followUps.record.satisfaction')}
              error={form.errors.satisfaction}
            >
              <Rating
                size="lg"
                mt={4}
                value={form.values.satisfaction}
                onChange={(v) => {
                  form.setFieldValue('satisfaction', v);
                  form.clearFieldError('satisfaction');
                }}
                data-testid="followup-satisfaction"
              />
            </Input.Wrapper>
          )}
          <Textarea
            label={t('manage.followUps.record.comments')}
            autosize
            minRows={2}
            maxLength={1000}
            {...form.getInputProps('comments')}
            data-testid="followup-comments"
          />
          <Group justify="flex-end">
            <Button type="submit" loading={busy} data-testid="followup-submit">
              {t('manage.followUps.record.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
