import {
  Badge,
  Button,
  Group,
  Loader,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { UseFormReturnType } from '@mantine/form';
import { IconSearch, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useEffect, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../../main/intake/customerRepo';
import { invoke } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';
import { FormSection } from '../FormSection/FormSection';
import type { IntakeValues } from '../IntakeForm/intakeModel';
import { CustomerCard } from './CustomerCard';
import { DuplicatePhoneWarning } from './DuplicatePhoneWarning';
import { NewCustomerFields } from './NewCustomerFields';
import classes from './CustomerSection.module.css';

const PHONE_LIKE = /^[+\d\s\-().]+$/;

/** What the clerk typed, as the core's search: a phone typed any way, or a name's start. */
export function customerQuery(text: string): { phone: string } | { name: string } | null {
  const q = text.trim();
  if (!q) return null;
  if (PHONE_LIKE.test(q)) return q.replace(/\D/g, '').length >= 3 ? { phone: q } : null;
  return { name: q };
}

function useCustomerSearch(text: string): {
  results: Customer[];
  searching: boolean;
  searched: boolean;
} {
  const [debounced] = useDebouncedValue(text, 250);
  const [state, setState] = useState({ results: [] as Customer[], searching: false, for: '' });
  useEffect(() => {
    const query = customerQuery(debounced);
    if (!query) {
      setState({ results: [], searching: false, for: '' });
      return;
    }
    let current = true;
    setState((s) => ({ ...s, searching: true }));
    invoke('customers/find', { ...query, limit: 8 })
      .then((results) => {
        if (current) setState({ results, searching: false, for: debounced });
      })
      .catch((error: unknown) => {
        if (!current) return;
        setState({ results: [], searching: false, for: debounced });
        notifyError(error);
      });
    return () => {
      current = false;
    };
  }, [debounced]);
  return {
    results: state.results,
    searching: state.searching || debounced !== text,
    searched: state.for !== '' && state.for === text,
  };
}

/**
 * The customer: found by phone (typed any way) or name, or added here without leaving the
 * form (issue 3, item 8). A registered unit brings its owner on record, who can be changed.
 */
export function CustomerSection({
  form,
  customer,
  owner,
  onPick,
  queryRef,
}: {
  form: UseFormReturnType<IntakeValues>;
  customer: Customer | null;
  owner: Customer | null;
  onPick: (customer: Customer | null) => void;
  queryRef: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation();
  const mode = form.values.customerMode;
  const text = form.values.customerQuery;
  const { results, searching, searched } = useCustomerSearch(
    mode === 'find' && !customer ? text : '',
  );
  const [active, setActive] = useState(0);

  function startNew() {
    const query = customerQuery(text);
    form.setFieldValue('customerMode', 'new');
    if (query && 'phone' in query) form.setFieldValue('newCustomer.phones', [query.phone]);
    if (query && 'name' in query) form.setFieldValue('newCustomer.name', query.name);
    onPick(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.min(Math.max(i + step, 0), Math.max(results.length - 1, 0)));
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      const chosen = results[Math.min(active, results.length - 1)];
      if (chosen) onPick(chosen);
    }
  }

  const right =
    mode === 'new' ? (
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<IconUsers size={14} />}
        onClick={() => form.setFieldValue('customerMode', 'find')}
      >
        {t('intake.customer.findInstead')}
      </Button>
    ) : customer ? null : (
      <Button
        variant="light"
        size="compact-sm"
        leftSection={<IconUserPlus size={14} />}
        onClick={startNew}
        data-testid="customer-new"
      >
        {t('intake.customer.new')}
      </Button>
    );

  return (
    <FormSection title={t('intake.customer.title')} right={right}>
      {mode === 'new' && <NewCustomerFields form={form} />}
      {mode === 'new' && (
        <DuplicatePhoneWarning phones={form.values.newCustomer.phones} onUse={onPick} />
      )}
      {mode === 'find' && customer && (
        <CustomerCard
          customer={customer}
          isOwner={owner?.id === customer.id}
          onChange={() => onPick(null)}
        />
      )}
      {mode === 'find' && !customer && (
        <Stack gap={6}>
          <TextInput
            ref={queryRef}
            label={t('intake.customer.search')}
            description={t('intake.customer.searchHint')}
            leftSection={<IconSearch size={16} stroke={1.5} />}
            rightSection={searching && customerQuery(text) ? <Loader size={14} /> : null}
            autoComplete="off"
            {...form.getInputProps('customerQuery')}
            onChange={(e) => {
              setActive(0);
              form.setFieldValue('customerQuery', e.currentTarget.value);
            }}
            onKeyDown={onKeyDown}
            data-testid="customer-phone-search"
          />
          {owner && (
            <Group gap={6}>
              <Text size="xs" c="dimmed">
                {t('intake.customer.owner')}:
              </Text>
              <Button variant="subtle" size="compact-xs" onClick={() => onPick(owner)}>
                {owner.name}
              </Button>
            </Group>
          )}
          {results.length > 0 && (
            <Stack gap={0} className={classes.results} role="listbox">
              {results.map((c, i) => (
                <UnstyledButton
                  key={c.id}
                  className={classes.result}
                  data-active={i === active || undefined}
                  role="option"
                  aria-selected={i === active}
                  onClick={() => onPick(c)}
                  onMouseEnter={() => setActive(i)}
                  data-testid={`customer-result-${c.id}`}
                >
                  <Group justify="space-between" wrap="nowrap" gap="sm">
                    <Text size="sm" fw={500} truncate>
                      {c.name}
                    </Text>
                    <Group gap={6} wrap="nowrap">
                      <Text size="xs" c="dimmed" ff="monospace">
                        {c.phones.map((p) => p.phone).join(' · ')}
                      </Text>
                      {c.kind === 'company' && (
                        <Badge size="xs" variant="light" color="gray">
                          {t('intake.customer.kinds.company')}
                        </Badge>
                      )}
                    </Group>
                  </Group>
                </UnstyledButton>
              ))}
            </Stack>
          )}
          {searched && !searching && results.length === 0 && customerQuery(text) && (
            <Text size="sm" c="dimmed">
              {t('intake.customer.noMatch')}
            </Text>
          )}
        </Stack>
      )}
    </FormSection>
  );
}
