import { Button, Chip, Group, Select } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconAlarm, IconAlertTriangle, IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Station } from '../../../../../main/intake/stationHandlers';
import { TICKET_STATUSES, WARRANTY_STATUSES } from '../codes';

export type Filters = {
  status: string | null;
  stationId: string | null;
  warrantyStatus: string | null;
  emergency: boolean;
  overdue: boolean;
  dates: [string | null, string | null];
};

export const NO_FILTERS: Filters = {
  status: null,
  stationId: null,
  warrantyStatus: null,
  emergency: false,
  overdue: false,
  dates: [null, null],
};

/** The list's filters in one dense row: status, station, warranty, emergency, overdue, dates. */
export function TicketFilters({
  filters,
  onChange,
  stations,
}: {
  filters: Filters;
  onChange: (next: Filters) => void;
  stations: Station[];
}) {
  const { t, i18n } = useTranslation();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const any = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  return (
    <Group gap="xs" wrap="wrap" data-testid="tickets-filters">
      <Select
        size="xs"
        w={150}
        aria-label={t('intake.list.status')}
        placeholder={t('intake.list.anyStatus')}
        clearable
        data={TICKET_STATUSES.map((s) => ({ value: s, label: t(`intake.status.${s}`) }))}
        value={filters.status}
        onChange={(status) => set({ status })}
        data-testid="filter-status"
      />
      <Select
        size="xs"
        w={170}
        aria-label={t('intake.list.station')}
        placeholder={t('intake.list.anyStation')}
        clearable
        data={stations.map((s) => ({
          value: String(s.id),
          label: `${s.code} · ${i18n.language === 'zh-TW' ? s.nameZh : s.nameEn}`,
        }))}
        value={filters.stationId}
        onChange={(stationId) => set({ stationId })}
        data-testid="filter-station"
      />
      <Select
        size="xs"
        w={170}
        aria-label={t('intake.list.warranty')}
        placeholder={t('intake.list.anyWarranty')}
        clearable
        data={WARRANTY_STATUSES.map((s) => ({ value: s, label: t(`intake.warranty.status.${s}`) }))}
        value={filters.warrantyStatus}
        onChange={(warrantyStatus) => set({ warrantyStatus })}
        data-testid="filter-warranty"
      />
      <DatePickerInput
        size="xs"
        w={230}
        type="range"
        aria-label={t('intake.list.dates')}
        placeholder={t('intake.list.datesPlaceholder')}
        valueFormat="YYYY-MM-DD"
        clearable
        allowSingleDateInRange
        value={filters.dates}
        onChange={(dates) => set({ dates: dates as [string | null, string | null] })}
        data-testid="filter-dates"
      />
      <Chip
        size="xs"
        color="red"
        variant="outline"
        icon={<IconAlertTriangle size={12} />}
        checked={filters.emergency}
        onChange={(emergency) => set({ emergency })}
        wrapperProps={{ 'data-testid': 'filter-emergency' }}
      >
        {t('intake.list.emergencyOnly')}
      </Chip>
      <Chip
        size="xs"
        color="red"
        variant="outline"
        icon={<IconAlarm size={12} />}
        checked={filters.overdue}
        onChange={(overdue) => set({ overdue })}
        wrapperProps={{ 'data-testid': 'filter-overdue' }}
      >
        {t('intake.list.overdueOnly')}
      </Chip>
      {any && (
        <Button
          size="compact-xs"
          variant="subtle"
          color="gray"
          leftSection={<IconFilterOff size={14} />}
          onClick={() => onChange(NO_FILTERS)}
        >
          {t('intake.list.clear')}
        </Button>
      )}
    </Group>
  );
}
