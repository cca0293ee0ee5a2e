import { Box, EmptyState, Paper, Stack, Text, Title } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** The frame of every workspace: a title, what the workspace is for, then its content. */
export function WorkspacePage({
  title,
  purpose,
  actions,
  children,
  wide = false,
}: {
  title: string;
  purpose: string;
  actions?: ReactNode;
  children: ReactNode;
  /** Work surfaces with side panels (the intake desk) use a wider page. */
  wide?: boolean;
}) {
  return (
    <Stack gap="md" maw={wide ? 1480 : 1200}>
      <Box
        style={{
          display: 'flex',
          alignItems: 'flex-start',
          justifyContent: 'space-between',
          gap: 16,
        }}
      >
        <Stack gap={4}>
          <Title order={1} size="h3" data-testid="page-title">
            {title}
          </Title>
          <Text c="dimmed" size="sm" maw={760}>
            {purpose}
          </Text>
        </Stack>
        {actions}
      </Box>
      {children}
    </Stack>
  );
}

/** What a workspace shows while it has nothing to list (no placeholder rows, no fake data). */
export function EmptyPanel({
  icon: IconComponent,
  title,
  body,
}: {
  icon: Icon;
  title: string;
  body: string;
}) {
  return (
    <Paper withBorder radius="md" py={56} px="lg">
      <EmptyState
        icon={<IconComponent size={28} stroke={1.5} />}
        withIndicatorBackground
        title={title}
        description={body}
        data-testid="empty-state"
      />
    </Paper>
  );
}
