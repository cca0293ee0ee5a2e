import type { Content, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import { z } from 'zod';
import type { Language } from '../contract/language';

// The look every printout shares. Documents are legal records handed to customers, so they
// carry the depot's identity on the first page and page numbers on every page: a customer
// must be able to tell whether a page is missing.

/** The one font family, registered by the worker; Latin and Chinese alike (Noto Sans TC). */
export const FONT = 'NotoSansTC';

/** The depot header frozen into each snapshot (same shape as documents/header.ts builds). */
export const headerSchema = z.object({
  name: z.string(),
  nameZh: z.string(),
  address: z.string(),
  phone: z.string(),
});
export type Header = z.infer<typeof headerSchema>;

/** Picks the label for the document's language; both are required so none is forgotten. */
export function t(language: Language, labels: { en: string; 'zh-TW': string }): string {
  return labels[language];
}

export const styles: StyleDictionary = {
  depotName: { fontSize: 15, bold: true },
  depotNameZh: { fontSize: 13, bold: true },
  depotContact: { fontSize: 9, color: '#444444' },
  title: { fontSize: 16, bold: true, margin: [0, 14, 0, 10] },
  label: { fontSize: 9, color: '#555555' },
  tableHeader: { fontSize: 10, bold: true, fillColor: '#eeeeee' },
  footer: { fontSize: 8, color: '#666666' },
};

export const defaultStyle = { font: FONT, fontSize: 10, lineHeight: 1.2 };

export function depotHeader(header: Header): Content {
  const contact = [header.address, header.phone].filter((part) => part !== '').join('   ');
  return {
    // A one-cell table so the rule under the header spans any page size (A4 sheet, A5 receipt).
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              {
                columns: [
                  { text: header.name, style: 'depotName', width: '*' },
                  { text: header.nameZh, style: 'depotNameZh', width: 'auto' },
                ],
              },
              { text: contact, style: 'depotContact', margin: [0, 2, 0, 0] },
            ],
          },
        ],
      ],
    },
    layout: {
      hLineWidth: (i) => (i === 1 ? 0.8 : 0),
      vLineWidth: () => 0,
      paddingLeft: () => 0,
      paddingRight: () => 0,
      paddingTop: () => 0,
      paddingBottom: () => 4,
    },
  };
}

export function pageFooter(language: Language): TDocumentDefinitions['footer'] {
  return (currentPage: number, pageCount: number) => ({
    text: t(language, {
      en: `Page ${currentPage} / ${pageCount}`,
      'zh-TW': `第 ${currentPage} / ${pageCount} 頁`,
    }),
    style: 'footer',
    alignment: 'center',
    margin: [0, 12, 0, 0],
  });
}

/**
 * Document metadata taken from the snapshot, never from the clock: the same snapshot renders
 * to the same bytes, and the PDF says when it was printed, not when it was re-rendered.
 */
export function documentInfo(title: string, printedAt: string): TDocumentDefinitions['info'] {
  const date = new Date(printedAt);
  return { title, creator: 'Depot', producer: 'Depot', creationDate: date, modDate: date };
}

/** Storage time is UTC; the printout shows the depot's local time (the host's time zone). */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ` +
    `${pad(d.getHours())}:${pad(d.getMinutes())}`
  );
}

/** The local calendar day of a stored instant, for a line where the time would be noise. */
export function formatDate(iso: string): string {
  return formatDateTime(iso).slice(0, 10);
}
