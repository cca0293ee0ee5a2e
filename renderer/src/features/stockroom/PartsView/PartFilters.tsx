import { Autocomplete, Button, Chip, Group, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconBarcode, IconFilterOff } from '@tabler/icons-react';
import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useScannerInput } from '../../intake/useScannerInput';

export type PartFilterValues = { text: string; category: string; belowSafety: boolean };

export const NO_PART_FILTERS: PartFilterValues = { text: '', category: '', belowSafety: false };

/**
 * The parts list's filters in one dense row: number or name prefix (a scanned or typed part
 * number with Enter opens that part), category, below safety stock; the view's actions at the
 * end of the row.
 */
export function PartFilters({
  filters,
  onChange,
  categories,
  onJump,
  onDown,
  notFound,
  searchRef,
  actions,
}: {
  filters: PartFilterValues;
  onChange: (next: PartFilterValues) => void;
  categories: string[];
  onJump: (text: string) => void;
  /** Arrow down from the search field: on into the list. */
  onDown: () => void;
  notFound: string | null;
  searchRef: RefObject<HTMLInputElement | null>;
  actions: ReactNode;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<PartFilterValues>) => onChange({ ...filters, ...patch });
  const scanner = useScannerInput({ onEnter: () => onJump(filters.text), minLength: 2 });
  const any = JSON.stringify(filters) !== JSON.stringify(NO_PART_FILTERS);

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      onDown();
      return;
    }
    scanner.onKeyDown(e);
  }

  return (
    <Group gap="xs" wrap="wrap" align="flex-start" data-testid="parts-filters">
      <TextInput
        ref={searchRef}
        size="xs"
        w={280}
        leftSection={<IconBarcode size={14} />}
        aria-label={t('stockroom.parts.search')}
        placeholder={t('stockroom.parts.search')}
        title={t('stockroom.parts.searchHint')}
        value={filters.text}
        onChange={(e) => set({ text: e.currentTarget.value })}
        onKeyDown={onKeyDown}
        error={notFound}
        data-testid="parts-search"
      />
      <Autocomplete
        size="xs"
        w={170}
        aria-label={t('stockroom.parts.category')}
        placeholder={t('stockroom.parts.anyCategory')}
        data={categories}
        value={filters.category}
        onChange={(category) => set({ category })}
        clearable
        data-testid="parts-filter-category"
      />
      <Chip
        size="xs"
        color="red"
        variant="outline"
        icon={<IconAlertTriangle size={12} />}
        checked={filters.belowSafety}
        onChange={(belowSafety) => set({ belowSafety })}
        wrapperProps={{ 'data-testid': 'parts-filter-below-safety' }}
      >
        {t('stockroom.parts.belowSafety')}
      </Chip>
      {any && (
        <Button
          size="compact-xs"
          variant="subtle"
          color="gray"
          mt={4}
          leftSection={<IconFilterOff size={14} />}
          onClick={() => onChange(NO_PART_FILTERS)}
        >
          {t('stockroom.parts.clear')}
        </Button>
      )}
      <Group gap="xs" ml="auto">
        {actions}
      </Group>
    </Group>
  );
}
