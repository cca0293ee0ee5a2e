import { Box, Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconTool } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../preferences/LanguageSwitch/LanguageSwitch';
import { ThemeToggle } from '../../preferences/ThemeToggle/ThemeToggle';

/** The frame around first start, sign-in and the lock screen: brand, prefs, one card. */
export function AuthLayout({
  title,
  subtitle,
  children,
  width = 520,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  width?: number;
}) {
  const { t } = useTranslation();
  return (
    <Box
      mih="100vh"
      bg="var(--mantine-color-body)"
      style={{ display: 'flex', flexDirection: 'column' }}
    >
      <Group justify="space-between" px="lg" py="sm">
        <Group gap="xs">
          <ThemeIcon variant="light" size="lg" radius="md">
            <IconTool size={20} stroke={1.6} />
          </ThemeIcon>
          <Text fw={600}>{t('app.name')}</Text>
        </Group>
        <Group gap="xs">
          <LanguageSwitch />
          <ThemeToggle />
        </Group>
      </Group>
      <Center style={{ flex: 1 }} px="md" pb={64}>
        <Paper withBorder radius="md" p="xl" w="100%" maw={width} shadow="xs">
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={2} size="h3">
                {title}
              </Title>
              {subtitle && (
                <Text c="dimmed" size="sm">
                  {subtitle}
                </Text>
              )}
            </Stack>
            {children}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
