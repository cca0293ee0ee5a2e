import { accessReasons } from './reasons/access';
import { aftercareReasons } from './reasons/aftercare';
import { improvementReasons } from './reasons/improvement';
import { agreementsReasons } from './reasons/agreements';
import { attachmentsReasons } from './reasons/attachments';
import { pricingReasons } from './reasons/pricing';
import { appraisalReasons } from './reasons/appraisal';
import { backupReasons } from './reasons/backup';
import { benchReasons } from './reasons/bench';
import { documentsReasons } from './reasons/documents';
import { coreReasons } from './reasons/core';
import { customersReasons } from './reasons/customers';
import type { ParamsOfSpec } from './reasons/define';
import { intakeReasons } from './reasons/intake';
import { sessionReasons } from './reasons/session';
import { staffReasons } from './reasons/staff';
import { stockReasons } from './reasons/stock';
import { validationReasons } from './reasons/validation';

// Every reason the core may refuse with (issue 11, item 2; STYLE.md 15): a stable key
// `<domain>.<name>` and the parameters its text may use. A refusal crosses the bridge as
// `{ code, reason, params, field }`; the renderer renders it from its own resources in the
// reader's language (renderer/src/i18n/reasons/), typed by this registry so that a missing text is
// a compile error. The English `message` stays beside it, for the log.
export const REASONS = {
  access: accessReasons,
  core: coreReasons,
  validation: validationReasons,
  session: sessionReasons,
  staff: staffReasons,
  customers: customersReasons,
  intake: intakeReasons,
  stock: stockReasons,
  bench: benchReasons,
  documents: documentsReasons,
  aftercare: aftercareReasons,
  improvement: improvementReasons,
  agreements: agreementsReasons,
  attachments: attachmentsReasons,
  pricing: pricingReasons,
  appraisal: appraisalReasons,
  backup: backupReasons,
} as const;

type Registry = typeof REASONS;

export type ReasonDomain = keyof Registry;

/** The names of one domain's reasons, without the domain: 'onlyOnHand'. */
export type ReasonName<D extends ReasonDomain> = keyof Registry[D] & string;

/** A registered reason: 'stock.onlyOnHand'. */
export type ReasonKey = { [D in ReasonDomain]: `${D}.${ReasonName<D>}` }[ReasonDomain];

type SpecOf<K extends ReasonKey> = K extends `${infer D extends ReasonDomain}.${infer N}`
  ? N extends keyof Registry[D]
    ? Registry[D][N]
    : never
  : never;

/** The parameters a reason's text needs, typed: `{ onHand: number; partNo: string }`. */
export type ReasonParams<K extends ReasonKey> = ParamsOfSpec<SpecOf<K>>;

/** Parameters as they cross the bridge. */
export type Params = Record<string, string | number>;

/** Whether a string names a registered reason (a custom zod issue names its own). */
export function isReasonKey(key: unknown): key is ReasonKey {
  if (typeof key !== 'string') return false;
  const dot = key.indexOf('.');
  if (dot < 0) return false;
  const domain = key.slice(0, dot);
  const name = key.slice(dot + 1);
  return Object.hasOwn(REASONS, domain) && Object.hasOwn(REASONS[domain as ReasonDomain], name);
}

/** The parameter names the registry gives a reason. */
export function paramNamesOf(key: ReasonKey): string[] {
  const dot = key.indexOf('.');
  const group = REASONS[key.slice(0, dot) as ReasonDomain] as Record<
    string,
    Record<string, string>
  >;
  return Object.keys(group[key.slice(dot + 1)] ?? {});
}
