import type { Knex } from 'knex';
import { z } from 'zod';
import { codeSchema } from '../intake/fields';
import { bool } from '../intake/rows';

// The fault taxonomy (issue 5, item 3; policy 6): every fault is a symptom, its cause and the
// measure taken, each a code from a configurable bilingual list, so faults can be counted by
// code across tickets, stations and periods. A code is never renamed or deleted once used:
// it is retired (inactive) and stays readable on old tickets.

export const FAULT_KINDS = ['symptom', 'cause', 'measure'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export type FaultCode = {
  id: number;
  kind: FaultKind;
  code: string;
  nameEn: string;
  nameZh: string;
  sort: number;
  active: boolean;
  version: number;
};

/** A fault code as typed: trimmed, upper-case, letters, digits, dot, dash or underscore. */
export const faultCodeSchema = codeSchema;
export const faultKindSchema = z.enum(FAULT_KINDS);

type Db = Knex | Knex.Transaction;

type Row = {
  id: number;
  kind: FaultKind;
  code: string;
  name_en: string;
  name_zh: string;
  sort: number;
  active: number | boolean;
  version: number;
};

function toFaultCode(r: Row): FaultCode {
  return {
    id: r.id,
    kind: r.kind,
    code: r.code,
    nameEn: r.name_en,
    nameZh: r.name_zh,
    sort: r.sort,
    active: bool(r.active),
    version: r.version,
  };
}

const COLUMNS = ['id', 'kind', 'code', 'name_en', 'name_zh', 'sort', 'active', 'version'];

/** The codes in screen order: symptoms, causes, measures, each by its sort and code. */
export async function listFaultCodes(
  db: Db,
  filter: { kind?: FaultKind; includeInactive?: boolean } = {},
): Promise<FaultCode[]> {
  const q = db('fault_codes')
    .select(COLUMNS)
    .orderBy([{ column: 'sort' }, { column: 'code' }]);
  if (filter.kind) void q.where({ kind: filter.kind });
  if (!filter.includeInactive) void q.where({ active: true });
  const rows = (await q) as Row[];
  return rows
    .map(toFaultCode)
    .sort((a, b) => FAULT_KINDS.indexOf(a.kind) - FAULT_KINDS.indexOf(b.kind));
}

export async function findFaultCode(
  db: Db,
  kind: FaultKind,
  code: string,
): Promise<FaultCode | null> {
  const row = (await db('fault_codes').where({ kind, code }).first(COLUMNS)) as Row | undefined;
  return row ? toFaultCode(row) : null;
}
