import { Button, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../../errors/notifyError';
import { useCan } from '../../../stores/session';
import { NewPartModal } from '../PartDetail/NewPartModal';
import { PartDetailDrawer } from '../PartDetail/PartDetailDrawer';
import { usePartDrawer } from '../PartDetail/partDrawer';
import { formatQty } from '../partsFormat';
import { findPartByNumber, normalisePartNo } from '../partsLookup';
import { NO_PART_FILTERS, PartFilters, type PartFilterValues } from './PartFilters';
import { PartsList } from './PartsList';
import { usePartPages, type PartFilter } from './usePartPages';
import { PartsCsv } from './PartsCsv/PartsCsv';

const DEBOUNCE_MS = 200;

function toListFilter(text: string, category: string, belowSafety: boolean): PartFilter {
  return {
    ...(text.trim() && { text: text.trim() }),
    ...(category.trim() && { category: category.trim() }),
    ...(belowSafety && { belowSafety: true }),
  };
}

/**
 * The parts catalogue (issue 4, item 7): every part with its stock against its limits, found
 * by number or name as fast as one types, by category, or by "below safety stock" (policy
 * 5.2). A scanned or typed part number with Enter opens the part; so do the arrows and Enter.
 */
export function PartsView({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const mayCreate = useCan('parts/create');
  const open = usePartDrawer((s) => s.open);
  const [filters, setFilters] = useState<PartFilterValues>(NO_PART_FILTERS);
  const [text] = useDebouncedValue(filters.text, DEBOUNCE_MS);
  const [category] = useDebouncedValue(filters.category, DEBOUNCE_MS);
  const listFilter = useMemo(
    () => toListFilter(text, category, filters.belowSafety),
    [text, category, filters.belowSafety],
  );
  const resetKey = JSON.stringify(listFilter);
  const { rows, loading, hasMore, loadMore } = usePartPages(listFilter);
  const [notFound, setNotFound] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  // The categories seen so far, to pick from (a category is matched exactly).
  const [categories, setCategories] = useState<string[]>([]);
  useEffect(() => {
    setCategories((old) => {
      const fresh = rows.map((p) => p.category).filter((c) => !old.includes(c));
      return fresh.length === 0 ? old : [...new Set([...old, ...fresh])].sort();
    });
  }, [rows]);

  async function jump(typed: string) {
    const partNo = normalisePartNo(typed);
    if (!partNo) return;
    try {
      const part = await findPartByNumber(partNo);
      if (!part) {
        setNotFound(t('stockroom.parts.notFound', { partNo }));
        return;
      }
      setNotFound(null);
      open(part.id);
      // The next scan replaces this number.
      searchRef.current?.select();
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <Stack gap="sm" data-testid="stockroom-parts" data-active={active}>
      <PartFilters
        filters={filters}
        onChange={(next) => {
          setFilters(next);
          setNotFound(null);
        }}
        categories={categories}
        onJump={(typed) => void jump(typed)}
        onDown={() => listRef.current?.focus()}
        notFound={notFound}
        searchRef={searchRef}
        actions={
          <>
            <PartsCsv active={active} />
            {mayCreate && (
              <Button
                size="xs"
                leftSection={<IconPlus size={14} />}
                onClick={() => setCreating(true)}
                data-testid="parts-new"
              >
                {t('stockroom.parts.newPart')}
              </Button>
            )}
          </>
        }
      />
      <PartsList
        rows={rows}
        loading={loading}
        hasMore={hasMore}
        loadMore={loadMore}
        active={active}
        resetKey={resetKey}
        onOpen={(part) => open(part.id)}
        listRef={listRef}
      />
      <Text size="xs" c="dimmed" mt={-4} data-testid="parts-count">
        {t('stockroom.parts.shown', { count: rows.length, n: formatQty(rows.length) })}
        {hasMore ? ` · ${t('stockroom.parts.more')}` : ''}
      </Text>
      {active && <PartDetailDrawer />}
      <NewPartModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
