import type { Column, Content, DynamicContent } from 'pdfmake/interfaces';
import type { Language } from '../../contract/language';
import { formatDateTime, t } from '../layout';
import { GLOSSARY, asLabel, type Term } from '../../rules/glossary';
import type { RepairRecordSnapshot } from './repairRecordSnapshot';

// The repair record is made in duplicate (一式兩份, policy 3.3): one copy for the customer, one
// kept by the company. Each copy is its own section of the PDF, starts on its own page, and
// every page of it says which copy it is, with page numbers counted within the copy: the
// customer takes their pages away and must be able to tell that none is missing. A reprint
// says on every page of both copies that it is a duplicate (副本), which one, when and by whom.

export const COPIES = ['customer', 'company'] as const;
export type Copy = (typeof COPIES)[number];

const COPY_WORDS: Record<Copy, Term> = {
  customer: asLabel(GLOSSARY.customerCopy),
  company: asLabel(GLOSSARY.companyCopy),
};

/** Both languages on the mark, so either side of the counter reads it at a glance. */
export function copyMark(copy: Copy, language: Language): string {
  const w = COPY_WORDS[copy];
  return language === 'en' ? `${w.en}  ${w['zh-TW']}` : `${w['zh-TW']}  ${w.en}`;
}

export function duplicateMark(language: Language): string {
  return language === 'en' ? 'DUPLICATE 副本' : '副本 DUPLICATE';
}

function reprintLine(reprint: NonNullable<RepairRecordSnapshot['reprint']>, language: Language) {
  return t(language, {
    en: `Reprint no. ${reprint.reprintNo} of document #${reprint.reprintOf}, ${formatDateTime(reprint.at)}, printed by ${reprint.by}`,
    'zh-TW': `第 ${reprint.reprintNo} 次補印（原件 #${reprint.reprintOf}）  ${formatDateTime(reprint.at)}  補印人：${reprint.by}`,
  });
}

/**
 * Page headers and footers for the two copies. pdfmake lays out every page's header before
 * any page's footer, so by the time a footer is drawn the headers have told which pages
 * belong to which copy, and the footer can number the pages within its copy.
 */
export function copyFrames(s: RepairRecordSnapshot, language: Language, margin: number) {
  const pagesOf: Record<Copy, Set<number>> = { customer: new Set(), company: new Set() };

  const header =
    (copy: Copy): DynamicContent =>
    (page: number): Content => {
      // Page 1 is always the first page of the customer copy: a new layout pass starts here.
      if (page === 1) for (const c of COPIES) pagesOf[c].clear();
      pagesOf[copy].add(page);
      const mark: Column = {
        width: 'auto',
        table: { body: [[{ text: copyMark(copy, language), bold: true, fontSize: 11 }]] },
        layout: { hLineWidth: () => 1.2, vLineWidth: () => 1.2 },
      };
      const duplicate: Column =
        s.reprint === null
          ? { width: '*', text: '' }
          : {
              width: '*',
              stack: [
                { text: duplicateMark(language), bold: true, fontSize: 12 },
                { text: reprintLine(s.reprint, language), fontSize: 8 },
              ],
            };
      return { columns: [duplicate, mark], columnGap: 10, margin: [margin, 14, margin, 0] };
    };

  const footer =
    (copy: Copy): DynamicContent =>
    (page: number): Content => {
      const pages = [...pagesOf[copy]];
      const first = pages.length === 0 ? page : Math.min(...pages);
      const count = pages.length === 0 ? 1 : pages.length;
      const n = page - first + 1;
      const numbering = t(language, {
        en: `Page ${n} / ${count}`,
        'zh-TW': `第 ${n} / ${count} 頁`,
      });
      const dup = s.reprint === null ? '' : `${duplicateMark(language)}   `;
      const printed = t(language, {
        en: `Printed ${formatDateTime(s.printedAt)} by ${s.printedBy}`,
        'zh-TW': `列印：${formatDateTime(s.printedAt)}  ${s.printedBy}`,
      });
      return {
        columns: [
          { text: printed, width: '*' },
          { text: `${dup}${copyMark(copy, language)}   ${numbering}`, width: 'auto' },
        ],
        style: 'footer',
        margin: [margin, 12, margin, 0],
      };
    };

  return { header, footer };
}
