import type { ChecklistItem } from '../../../../../main/bench/checklist';

// The test checklist edited as text, one item per line: "CODE; English label; Chinese label".
// Only the layout is read here; the core checks the codes and labels (checklist/saveItems).

export type ChecklistDraft = { code: string; labelEn: string; labelZh: string };

export function checklistToText(items: Pick<ChecklistItem, 'code' | 'labelEn' | 'labelZh'>[]) {
  return items.map((i) => `${i.code}; ${i.labelEn}; ${i.labelZh}`).join('\n');
}

/** The items, or the 1-based number of the first line without three parts. */
export function checklistFromText(text: string): ChecklistDraft[] | { badLine: number } {
  const items: ChecklistDraft[] = [];
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const parts = line.split(/[;；]/).map((p) => p.trim());
    if (parts.length !== 3 || parts.some((p) => p === '')) return { badLine: i + 1 };
    items.push({ code: parts[0], labelEn: parts[1], labelZh: parts[2] });
  }
  return items;
}
