import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Input,
  Paper,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../../main/settings/settingsSchema';
import { SectionForm } from '../SectionForm/SectionForm';
import { useSettingsForm } from '../SectionForm/useSettingsForm';

const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;

type Values = { calendar: { workingDays: string[]; holidays: string[] } };

/** Working days and holidays: the deadlines in policy 2 and 3.6 count working days only. */
export function CalendarTab({ settings, canEdit }: { settings: Settings; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const [pending, setPending] = useState<string | null>(null);
  const { form, submit } = useSettingsForm<Values>(settings, {
    from: (s) => ({
      calendar: {
        workingDays: s.calendar.workingDays.map(String),
        holidays: [...s.calendar.holidays].sort(),
      },
    }),
    toPatch: (v) => ({
      calendar: {
        workingDays: v.calendar.workingDays.map(Number).sort((a, b) => a - b),
        holidays: [...new Set(v.calendar.holidays)].sort(),
      },
    }),
  });
  const holidays = form.values.calendar.holidays;
  const holidayErrors = Object.entries(form.errors)
    .filter(([key]) => key.startsWith('calendar.holidays'))
    .map(([, message]) => message);

  function addHoliday() {
    if (!pending || holidays.includes(pending)) return setPending(null);
    form.setFieldValue('calendar.holidays', [...holidays, pending].sort());
    setPending(null);
  }

  const dateLabel = (iso: string) =>
    dayjs(iso)
      .locale(i18n.language === 'zh-TW' ? 'zh-tw' : 'en')
      .format(i18n.language === 'zh-TW' ? 'YYYY年M月D日 dddd' : 'ddd D MMM YYYY');

  return (
    <SectionForm
      intro={t('settings.calendar.intro')}
      canEdit={canEdit}
      dirty={form.isDirty()}
      submitting={form.submitting}
      onSubmit={submit}
      testId="settings-calendar"
    >
      <Checkbox.Group
        label={t('settings.calendar.workingDays')}
        {...form.getInputProps('calendar.workingDays')}
      >
        <Group gap="md" mt={6}>
          {WEEKDAYS.map((d) => (
            <Checkbox
              key={d}
              value={d}
              label={t(`settings.calendar.weekdays.${d}`)}
              data-testid={`weekday-${d}`}
            />
          ))}
        </Group>
      </Checkbox.Group>

      <Input.Wrapper label={t('settings.calendar.holidays')} error={holidayErrors[0]}>
        <Stack gap="xs" mt={6}>
          <Group gap="xs" align="flex-end">
            <DateInput
              value={pending}
              onChange={setPending}
              valueFormat="YYYY-MM-DD"
              placeholder="YYYY-MM-DD"
              aria-label={t('settings.calendar.holidayDate')}
              clearable
              w={180}
              data-testid="holiday-date"
            />
            <Button
              variant="default"
              leftSection={<IconPlus size={16} />}
              onClick={addHoliday}
              disabled={!pending}
              data-testid="holiday-add"
            >
              {t('settings.calendar.addHoliday')}
            </Button>
          </Group>
          <Paper withBorder radius="sm">
            {holidays.length === 0 ? (
              <Text size="sm" c="dimmed" p="sm">
                {t('settings.calendar.noHolidays')}
              </Text>
            ) : (
              <Table verticalSpacing={4} horizontalSpacing="sm" striped>
                <Table.Tbody>
                  {holidays.map((iso) => (
                    <Table.Tr key={iso}>
                      <Table.Td w={120} ff="monospace">
                        {iso}
                      </Table.Td>
                      <Table.Td c="dimmed">{dateLabel(iso)}</Table.Td>
                      <Table.Td w={40}>
                        <Tooltip label={t('common.remove')} withArrow>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={`${t('common.remove')} ${iso}`}
                            onClick={() =>
                              form.setFieldValue(
                                'calendar.holidays',
                                holidays.filter((h) => h !== iso),
                              )
                            }
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
        </Stack>
      </Input.Wrapper>
    </SectionForm>
  );
}
