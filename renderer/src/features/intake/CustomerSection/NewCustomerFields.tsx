import { ActionIcon, Button, Grid, SegmentedControl, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IntakeValues } from '../IntakeForm/intakeModel';

/** The core keeps at most five numbers per customer. */
const MAX_PHONES = 5;

/** A new customer, added inline: person or company, name, phones, e-mail and address. */
export function NewCustomerFields({ form }: { form: UseFormReturnType<IntakeValues> }) {
  const { t } = useTranslation();
  const phones = form.values.newCustomer.phones;
  const company = form.values.newCustomer.kind === 'company';
  return (
    <Grid gap="sm">
      <Grid.Col span={12}>
        <SegmentedControl
          size="xs"
          aria-label={t('intake.customer.kind')}
          data={[
            { value: 'person', label: t('intake.customer.kinds.person') },
            { value: 'company', label: t('intake.customer.kinds.company') },
          ]}
          {...form.getInputProps('newCustomer.kind')}
          data-testid="customer-kind"
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label={company ? t('intake.customer.companyName') : t('intake.customer.name')}
          withAsterisk
          autoFocus
          {...form.getInputProps('newCustomer.name')}
          data-testid="customer-name"
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Stack gap={6}>
          {phones.map((_, i) => (
            <TextInput
              key={i}
              label={i === 0 ? t('intake.customer.phone') : undefined}
              aria-label={i === 0 ? undefined : `${t('intake.customer.phone')} ${i + 1}`}
              description={i === 0 ? t('intake.customer.contactRule') : undefined}
              inputMode="tel"
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              {...form.getInputProps(`newCustomer.phones.${i}`)}
              rightSection={
                i > 0 ? (
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="sm"
                    onClick={() => form.removeListItem('newCustomer.phones', i)}
                    aria-label={t('common.remove')}
                  >
                    <IconX size={14} />
                  </ActionIcon>
                ) : null
              }
              data-testid={`customer-phone-${i}`}
            />
          ))}
          {phones.length < MAX_PHONES && (
            <Button
              variant="subtle"
              size="compact-xs"
              leftSection={<IconPlus size={12} />}
              w="fit-content"
              onClick={() => form.insertListItem('newCustomer.phones', '')}
              data-testid="customer-add-phone"
            >
              {t('intake.customer.addPhone')}
            </Button>
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label={t('intake.customer.email')}
          type="email"
          {...form.getInputProps('newCustomer.email')}
          data-testid="customer-email"
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label={t('intake.customer.address')}
          {...form.getInputProps('newCustomer.address')}
          data-testid="customer-address"
        />
      </Grid.Col>
    </Grid>
  );
}
