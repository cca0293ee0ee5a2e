import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconBuilding, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../../main/intake/customerRepo';

/** The chosen customer at a glance, with the way to choose another. */
export function CustomerCard({
  customer,
  isOwner,
  onChange,
}: {
  customer: Customer;
  isOwner: boolean;
  onChange?: () => void;
}) {
  const { t } = useTranslation();
  const Icon = customer.kind === 'company' ? IconBuilding : IconUser;
  return (
    <Paper bg="var(--mantine-color-default-hover)" p="sm" radius="sm" data-testid="customer-card">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Group gap="sm" align="flex-start" wrap="nowrap" style={{ minWidth: 0 }}>
          <Icon size={20} stroke={1.5} style={{ marginTop: 2, flexShrink: 0 }} />
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap={6}>
              <Text fw={600} data-testid="customer-card-name">
                {customer.name}
              </Text>
              {isOwner && (
                <Badge size="xs" variant="light">
                  {t('intake.customer.owner')}
                </Badge>
              )}
            </Group>
            <Text size="sm" ff="monospace">
              {customer.phones.map((p) => p.phone).join(' · ')}
            </Text>
            {customer.email && (
              <Text size="sm" c="dimmed">
                {customer.email}
              </Text>
            )}
            {customer.address && (
              <Text size="sm" c="dimmed">
                {customer.address}
              </Text>
            )}
          </Stack>
        </Group>
        {onChange && (
          <Button
            variant="default"
            size="compact-sm"
            onClick={onChange}
            data-testid="customer-change"
          >
            {t('intake.customer.change')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
