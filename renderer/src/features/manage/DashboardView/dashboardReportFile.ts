import type { Language } from '../../../../../main/contract/language';
import type { DocumentRef } from '../../../../../main/pdf/archive';
import { invoke, openDocument } from '../../../bridge';
import type { DashboardFilter } from './useDashboard';

/** Renders the dashboard's figures for the filter as a report, archives it and opens it to print. */
export async function printDashboardReport(
  filter: DashboardFilter,
  language: Language,
): Promise<DocumentRef> {
  const ref = await invoke('documents/dashboardReport', { ...filter, language });
  await openDocument(ref.id);
  return ref;
}
