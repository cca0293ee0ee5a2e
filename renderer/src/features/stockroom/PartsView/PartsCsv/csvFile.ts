import dayjs from 'dayjs';

/** The export's file name, dated by the workstation's calendar day: parts-20260314.csv. */
export function exportFileName(now: Date = new Date()): string {
  return `parts-${dayjs(now).format('YYYYMMDD')}.csv`;
}

/** Hands text to the browser as a downloaded file (browser mode and the desktop window alike). */
export function downloadText(
  text: string,
  fileName: string,
  type = 'text/csv;charset=utf-8',
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // After the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The core refuses a file beyond 20 MB (main/stock/csvHandlers.ts); say so before sending it. */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;
