import { Badge, Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { IconBarcode } from '@tabler/icons-react';
import {
  useEffect,
  type ChangeEvent,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { PartHit } from '../../../../../main/stock/partSearch';
import { usePartSearch, type PartContext } from './usePartSearch';

export type PartPickerProps = PartContext & {
  /** The text in the field (a form's `partQuery`): a scanned number, a name, a model code. */
  value?: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  /** A part chosen from the list (click, or arrows and Enter; Enter takes the top hit). */
  onPick: (part: PartHit) => void;
  /**
   * Keys the list does not take: a scan's Enter (before any list is shown) reaches the screen's
   * own exact part-number lookup, Ctrl+Enter its submit.
   */
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  onFocus?: (event: FocusEvent<HTMLInputElement>) => void;
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void;
  label?: ReactNode;
  description?: ReactNode;
  placeholder?: string;
  error?: ReactNode;
  w?: number | string;
  size?: 'xs' | 'sm' | 'md';
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
  disabled?: boolean;
  'data-testid'?: string;
  'data-autofocus'?: boolean;
};

/** One hit: number, name in the reader's language, stock, and whether it fits the model in hand. */
function HitRow({ hit }: { hit: PartHit }) {
  const { t, i18n } = useTranslation();
  const name = i18n.language === 'zh-TW' ? hit.nameZh : hit.nameEn;
  return (
    <Group gap="xs" wrap="nowrap" justify="space-between">
      <div style={{ minWidth: 0 }}>
        <Text size="sm" ff="monospace" fw={500}>
          {hit.partNo}
        </Text>
        <Text size="xs" c="dimmed" truncate>
          {name}
        </Text>
      </div>
      <Group gap={4} wrap="nowrap">
        {hit.fits && (
          <Badge size="xs" color="teal" variant="light" data-testid={`part-fits-${hit.partNo}`}>
            {t('stockroom.partPicker.fits')}
          </Badge>
        )}
        <Text size="xs" c={hit.onHand > 0 ? 'dimmed' : 'red'} style={{ whiteSpace: 'nowrap' }}>
          {t('stockroom.partPicker.onHand', { onHand: hit.onHand, unit: hit.unit })}
        </Text>
      </Group>
    </Group>
  );
}

/**
 * Every part picker (requisitions, quotes, receiving, counts; issue 11 item 5): a scan or a typed
 * number works as before, and typing a name ("LED", "排水泵") or a model code lists the parts the
 * core finds; with a ticket in hand the parts that fit its model come first, marked.
 */
export function PartPicker({
  value = '',
  onChange,
  onPick,
  onKeyDown,
  onFocus,
  onBlur,
  ticketId,
  modelId,
  inputRef,
  size,
  ...input
}: PartPickerProps) {
  const { t } = useTranslation();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const { hits, searching, forText } = usePartSearch(
    value,
    { ticketId, modelId },
    combobox.dropdownOpened,
  );

  // The top hit is selected as soon as the list answers the text typed, so Enter takes it.
  const top = hits[0]?.id ?? null;
  useEffect(() => {
    if (top !== null && combobox.dropdownOpened && forText === value.trim()) {
      combobox.selectFirstOption();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- when a new answer arrives
  }, [top, forText]);

  const pick = (id: string) => {
    const hit = hits.find((h) => String(h.id) === id);
    combobox.closeDropdown();
    if (hit) onPick(hit);
  };

  return (
    <Combobox store={combobox} onOptionSubmit={pick} size={size} withinPortal>
      <Combobox.Target>
        <TextInput
          ref={inputRef}
          size={size}
          autoComplete="off"
          spellCheck={false}
          leftSection={<IconBarcode size={16} />}
          rightSection={searching ? <Loader size={14} /> : null}
          {...input}
          value={value}
          onChange={(event) => {
            onChange(event);
            combobox.openDropdown();
            combobox.resetSelectedOption();
          }}
          onClick={() => combobox.openDropdown()}
          onFocus={(event) => {
            // With a ticket in hand an empty picker already lists the parts that fit it.
            if (ticketId != null || modelId != null) combobox.openDropdown();
            onFocus?.(event);
          }}
          onBlur={(event) => {
            combobox.closeDropdown();
            onBlur?.(event);
          }}
          onKeyDown={(event) => {
            const listTakesIt =
              event.key === 'Enter' &&
              !event.ctrlKey &&
              !event.metaKey &&
              combobox.dropdownOpened &&
              combobox.getSelectedOptionIndex() !== -1;
            // The list's Enter picks the selected hit; everything else is the screen's.
            if (!listTakesIt) onKeyDown?.(event);
            if (event.key === 'Enter' && !listTakesIt) combobox.closeDropdown();
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={hits.length === 0} data-testid="part-picker-list">
        <Combobox.Options mah={320} style={{ overflowY: 'auto' }}>
          {hits.map((hit) => (
            <Combobox.Option
              key={hit.id}
              value={String(hit.id)}
              data-testid={`part-option-${hit.partNo}`}
            >
              <HitRow hit={hit} />
            </Combobox.Option>
          ))}
        </Combobox.Options>
        {value.trim() === '' && hits.length > 0 && (
          <Combobox.Footer>
            <Text size="xs" c="dimmed">
              {t('stockroom.partPicker.fitsHint')}
            </Text>
          </Combobox.Footer>
        )}
      </Combobox.Dropdown>
    </Combobox>
  );
}
