import { phoneSearchKey } from '../intake/phone';
import type { MatchPlan } from './sqliteFts';

// What a ticket is found by, and how a typed query becomes an index match. Pure functions, so
// the rules are tested without a database.

const HAN_RUN = /\p{Script=Han}+/gu;

export type SearchSource = {
  id: number;
  reportNo: string;
  serial: string;
  modelCode: string;
  customerName: string;
  phones: { phone: string; normalised: string }[];
};

const fold = (text: string) => text.normalize('NFKC').toLowerCase();
const quote = (term: string) => `"${term.replaceAll('"', '""')}"`;

export function searchRow(source: SearchSource) {
  const tri = [
    source.reportNo,
    source.serial,
    // Scanned or typed without its dashes and spaces, a serial is still found.
    source.serial.replace(/[^\p{L}\p{N}]/gu, ''),
    source.modelCode,
    source.customerName,
    ...source.phones.flatMap((p) => [p.phone, p.normalised]),
  ]
    .map(fold)
    .join(' \u2502 ');
  const han = (fold(source.customerName).match(HAN_RUN) ?? [])
    .map((run) => [...run].join(' '))
    .join(' \u2502 ');
  return { id: source.id, tri, han };
}

export class QueryTooShort extends Error {}

/**
 * Turns what the clerk typed into index matches: Chinese runs become phrase queries on the Han
 * index (any length); everything else becomes substring terms of at least 3 characters on the
 * trigram index, ANDed. A phone typed any way ("+886 912-345 678") becomes its normalised
 * digits. Refuses a query with nothing searchable in it.
 */
export function planQuery(typed: string): MatchPlan {
  const text = fold(typed).trim();
  const phone = /^[+\d\s\-().]+$/.test(text) ? phoneSearchKey(text) : null;
  if (phone) {
    // Digits with dashes may as well be a serial or a report number without its R.
    const raw = text.replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '');
    const alternatives = [...new Set([phone, raw].filter((t) => t.length >= 3))];
    return { tri: alternatives.map(quote).join(' OR '), han: null };
  }

  const hanRuns = text.match(HAN_RUN) ?? [];
  const han =
    hanRuns.length > 0 ? hanRuns.map((run) => quote([...run].join(' '))).join(' AND ') : null;
  const terms = text
    .replace(HAN_RUN, ' ')
    .split(/\s+/)
    .map((t) => t.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
    .filter((t) => t.length >= 3);
  const tri = terms.length > 0 ? terms.map(quote).join(' AND ') : null;
  if (!tri && !han) {
    throw new QueryTooShort(
      'Type at least one Chinese character or 3 letters or digits to search.',
    );
  }
  return { tri, han };
}
