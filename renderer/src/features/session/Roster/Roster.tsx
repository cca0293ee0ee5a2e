import { Avatar, Group, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../../../main/contract/roles';
import classes from './Roster.module.css';

export function initials(name: string): string {
  const trimmed = name.trim();
  // A Chinese name reads best as its given name: the last one or two Han characters of the
  // Chinese part (a bilingual name like "王大同 Wang Ta-tung" keeps only the Han run).
  const han = trimmed.match(/\p{Script=Han}+/u)?.[0];
  if (han) return han.slice(-2);
  const parts = trimmed.split(/\s+/).filter(Boolean);
  return (
    (parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1][0] ?? '') : '')
  ).toUpperCase();
}

/**
 * The staff to choose from at a shared workstation. Tab reaches the list; the arrow keys move
 * between people and Enter or Space chooses one.
 */
export function Roster({
  staff,
  selectedId,
  onSelect,
}: {
  staff: Actor[];
  selectedId: number | null;
  onSelect: (actor: Actor) => void;
}) {
  const { t } = useTranslation();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const focusIndex =
    selectedId === null
      ? 0
      : Math.max(
          0,
          staff.findIndex((s) => s.id === selectedId),
        );

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const delta = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    let next: number | null = null;
    if (delta !== undefined) next = (index + delta + staff.length) % staff.length;
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = staff.length - 1;
    if (next === null) return;
    event.preventDefault();
    refs.current[next]?.focus();
  }

  return (
    <SimpleGrid
      cols={{ base: 1, xs: 2 }}
      spacing="xs"
      role="radiogroup"
      aria-label={t('signIn.whoAreYou')}
    >
      {staff.map((actor, index) => {
        const selected = actor.id === selectedId;
        return (
          <UnstyledButton
            key={actor.id}
            ref={(node) => {
              refs.current[index] = node;
            }}
            role="radio"
            aria-checked={selected}
            tabIndex={index === focusIndex ? 0 : -1}
            className={classes.entry}
            data-selected={selected || undefined}
            data-testid={`roster-${actor.username}`}
            onClick={() => onSelect(actor)}
            onKeyDown={(e) => onKeyDown(e, index)}
          >
            <Group gap="sm" wrap="nowrap">
              <Avatar color="initials" name={actor.displayName} radius="xl" size="md">
                {initials(actor.displayName)}
              </Avatar>
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text fw={500} size="sm" truncate>
                  {actor.displayName}
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {actor.roles.map((role) => t(`roles.${role}`)).join(' · ')}
                </Text>
              </Stack>
            </Group>
          </UnstyledButton>
        );
      })}
    </SimpleGrid>
  );
}
