import type { Language } from '../../../../../main/contract/language';
import type { DocumentRef } from '../../../../../main/pdf/archive';
import { invoke, openDocument } from '../../../bridge';
import { downloadText } from '../../stockroom/PartsView/PartsCsv/csvFile';
import type { Period } from '../PeriodPicker/period';

// The period cost report leaves the screen two ways (policy 3.5, 定期與維修站點核對): as the
// core's CSV for finance's spreadsheet, and as the printed report finance and the station sign,
// archived like every printout.

/** Downloads the core's CSV of the period; says how many lines it held and under what name. */
export async function exportCostCsv(period: Period): Promise<{ fileName: string; lines: number }> {
  const { csv, fileName, lines } = await invoke('accounting/periodReportCsv', period);
  downloadText(csv, fileName);
  return { fileName, lines };
}

/** Renders the report as it stands now, archives it and opens it to print. */
export async function printCostReport(period: Period, language: Language): Promise<DocumentRef> {
  const ref = await invoke('documents/periodCostReport', { ...period, language });
  await openDocument(ref.id);
  return ref;
}
