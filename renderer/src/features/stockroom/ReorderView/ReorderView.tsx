import { SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PartDetailDrawer } from '../PartDetail/PartDetailDrawer';
import { usePartDrawer } from '../PartDetail/partDrawer';
import { OverstockList } from './OverstockList';
import { ReorderList } from './ReorderList';

type Section = 'reorder' | 'overstock';

/**
 * Replenishment (issue 4 item 6; policy 5.2: a safety stock level per part to avoid both
 * shortage and overstock): what to order, and what to clear or return to the supplier. Each
 * list is asked for afresh when it comes into view; a part number opens the part's drawer.
 */
export function ReorderView({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const open = usePartDrawer((s) => s.open);
  const [section, setSection] = useState<Section>('reorder');

  const switcher = (
    <SegmentedControl
      size="xs"
      value={section}
      onChange={(v) => setSection(v as Section)}
      data={(['reorder', 'overstock'] as const).map((s) => ({
        value: s,
        label: t(`stockroom.reorder.sections.${s}`),
      }))}
      data-testid="reorder-section"
    />
  );

  return (
    <Stack gap="sm" data-testid="stockroom-reorder" data-active={active}>
      {section === 'reorder' ? (
        <ReorderList active={active} switcher={switcher} onOpen={open} />
      ) : (
        <OverstockList active={active} switcher={switcher} onOpen={open} />
      )}
      {active && <PartDetailDrawer />}
    </Stack>
  );
}
