import type { ReasonDomain, ReasonName } from '../../../../main/contract/reasons';

/** One domain's refusal texts in one language: every reason the core registry lists, no other. */
export type ReasonTexts<D extends ReasonDomain> = Record<ReasonName<D>, string>;

/** All refusal texts in one language, by domain: t('reasons.stock.onlyOnHand'). */
export type AllReasonTexts = { [D in ReasonDomain]: ReasonTexts<D> };
