import { Group, Image, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AttachmentKind } from '../../../../../main/attachments/attachmentRepo';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';

type Shown = { id: number; kind: AttachmentKind; dataUrl: string };

/** The customer's signature and the photos taken at intake (the acceptance signature is the bench's). */
export function TicketAttachments({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Shown[]>([]);
  useEffect(() => {
    let current = true;
    setShown([]);
    invoke('attachments/list', { ticketId })
      .then(async (list) => {
        const images = await Promise.all(
          list.slice(0, 12).map((a) => invoke('attachments/get', { id: a.id })),
        );
        if (current) setShown(images.map((a) => ({ id: a.id, kind: a.kind, dataUrl: a.dataUrl })));
      })
      .catch(notifyError);
    return () => {
      current = false;
    };
  }, [ticketId]);

  const signature = shown.find((a) => a.kind === 'signature');
  const photos = shown.filter((a) => a.kind === 'photo');
  if (!signature && photos.length === 0) return null;
  return (
    <Group align="flex-start" gap="lg">
      {signature && (
        <Stack gap={4}>
          <Text size="xs" c="dimmed">
            {t('intake.detail.signature')}
          </Text>
          <Image
            src={signature.dataUrl}
            alt={t('intake.detail.signature')}
            h={72}
            w="auto"
            fit="contain"
            bg="#fdfdfb"
            radius="sm"
            style={{ border: '1px solid var(--mantine-color-default-border)' }}
            data-testid="ticket-signature"
          />
        </Stack>
      )}
      {photos.length > 0 && (
        <Stack gap={4}>
          <Text size="xs" c="dimmed">
            {t('intake.detail.photos')}
          </Text>
          <Group gap={6}>
            {photos.map((p) => (
              <Image key={p.id} src={p.dataUrl} alt="" h={72} w={72} fit="cover" radius="sm" />
            ))}
          </Group>
        </Stack>
      )}
    </Group>
  );
}
