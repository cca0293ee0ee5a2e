import { Button, FileButton } from '@mantine/core';
import { IconFileExport, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../../../bridge';
import { notifyError, notifySuccess } from '../../../../errors/notifyError';
import { useCan } from '../../../../stores/session';
import { formatQty } from '../../partsFormat';
import { MAX_CSV_BYTES, downloadText, exportFileName } from './csvFile';
import { ImportModal } from './ImportModal';
import { useCsvImport } from './useCsvImport';

/**
 * The catalogue to and from a spreadsheet (issue 4, item 1): Export downloads every part as
 * parts-YYYYMMDD.csv; Import previews a file and, confirmed, applies it with a progress bar.
 */
export function PartsCsv({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const mayImport = useCan('parts/import');
  const [exporting, setExporting] = useState(false);
  const csv = useCsvImport();
  // A new file input each time, so picking the same file again still fires.
  const [pickKey, setPickKey] = useState(0);

  async function exportCsv() {
    setExporting(true);
    try {
      const file = await invoke('parts/export', {});
      downloadText(file.csv, exportFileName());
      notifySuccess(
        t('stockroom.parts.csv.exported', { count: file.rows, rows: formatQty(file.rows) }),
      );
    } catch (error) {
      notifyError(error);
    } finally {
      setExporting(false);
    }
  }

  async function pick(file: File | null) {
    setPickKey((k) => k + 1);
    if (!file) return;
    if (file.size > MAX_CSV_BYTES) {
      csv.refuse(file.name, t('stockroom.parts.csv.tooLarge'));
      return;
    }
    csv.preview(file.name, await file.text());
  }

  function close() {
    if (csv.stage.kind === 'applying') return;
    // Whatever was applied shows on the lists through its change event (part_import).
    csv.reset();
  }

  return (
    <>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconFileExport size={14} />}
        loading={exporting}
        onClick={() => void exportCsv()}
        data-testid="parts-export"
      >
        {t('stockroom.parts.csv.export')}
      </Button>
      {mayImport && (
        <FileButton key={pickKey} onChange={(f) => void pick(f)} accept=".csv,text/csv">
          {(props) => (
            <Button
              {...props}
              size="xs"
              variant="default"
              leftSection={<IconFileImport size={14} />}
              data-testid="parts-import"
            >
              {t('stockroom.parts.csv.import')}
            </Button>
          )}
        </FileButton>
      )}
      {active && (
        <ImportModal
          stage={csv.stage}
          onConfirm={csv.confirm}
          onResume={csv.resume}
          onPreviewAgain={csv.previewAgain}
          onClose={close}
        />
      )}
    </>
  );
}
