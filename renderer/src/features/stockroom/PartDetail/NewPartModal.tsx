import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../../bridge';
import { notifySuccess } from '../../../errors/notifyError';
import { useCurrency } from '../partsFormat';
import { usePartDrawer } from './partDrawer';
import { PartForm } from './PartForm';
import { NEW_PART, toCreateInput } from './partFormModel';

/** "New part": the catalogue entry with its limits (policy 5.2) and quotas (policy 5.3). */
export function NewPartModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const currency = useCurrency();
  const open = usePartDrawer((s) => s.open);
  return (
    <Modal opened={opened} onClose={onClose} title={t('stockroom.parts.newPart')} size="lg">
      {opened && (
        <PartForm
          mode="create"
          initial={NEW_PART}
          onCancel={onClose}
          onSubmit={async (values) => {
            const part = await invoke('parts/create', toCreateInput(values, currency));
            notifySuccess(t('stockroom.parts.form.created', { partNo: part.partNo }));
            onClose();
            open(part.id);
          }}
        />
      )}
    </Modal>
  );
}
