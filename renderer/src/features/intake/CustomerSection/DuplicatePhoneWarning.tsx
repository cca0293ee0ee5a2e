import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../../main/intake/customerRepo';
import { invoke } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';

/** Worth asking the core: at least 6 digits, its shortest whole phone number. */
const wholeNumber = (typed: string) => typed.replace(/\D/g, '').length >= 6;

/**
 * The duplicate warning at intake (issue 10, item 6): while a new customer's phones are typed,
 * the customers already on record with one of those numbers, and a button to use that record.
 * The core does not refuse the new customer (families share a phone); the clerk decides.
 */
export function DuplicatePhoneWarning({
  phones,
  onUse,
}: {
  phones: string[];
  onUse: (customer: Customer) => void;
}) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(phones.filter(wholeNumber).join('\n'), 300);
  const [matches, setMatches] = useState<Customer[]>([]);
  useEffect(() => {
    const typed = debounced ? debounced.split('\n') : [];
    if (typed.length === 0) {
      setMatches([]);
      return;
    }
    let current = true;
    Promise.all(typed.map((phone) => invoke('customers/matchPhone', { phone })))
      .then((answers) => {
        if (!current) return;
        const byId = new Map(answers.flatMap((a) => a.matches).map((c) => [c.id, c]));
        setMatches([...byId.values()]);
      })
      .catch((error: unknown) => {
        if (current) notifyError(error);
      });
    return () => {
      current = false;
    };
  }, [debounced]);

  if (matches.length === 0) return null;
  return (
    <Alert
      color="yellow"
      icon={<IconAlertTriangle size={16} />}
      title={t('manage.customers.duplicate.title')}
      data-testid="duplicate-phone-warning"
    >
      <Stack gap={6}>
        <Text size="sm">{t('manage.customers.duplicate.body')}</Text>
        {matches.map((c) => (
          <Group key={c.id} gap="xs" justify="space-between" wrap="nowrap">
            <Text size="sm">
              #{c.id} {c.name} · {c.phones.map((p) => p.phone).join(' · ')}
            </Text>
            <Button
              size="compact-xs"
              onClick={() => onUse(c)}
              data-testid={`duplicate-use-${c.id}`}
            >
              {t('manage.customers.duplicate.use', { name: c.name })}
            </Button>
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}
