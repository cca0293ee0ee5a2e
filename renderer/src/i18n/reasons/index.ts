import i18next from 'i18next';
import type { Params } from '../../../../main/contract/reasons';
import { accessEn } from './access.en';
import { aftercareEn } from './aftercare.en';
import { aftercareZhTW } from './aftercare.zhTW';
import { improvementEn } from './improvement.en';
import { improvementZhTW } from './improvement.zhTW';
import { agreementsEn } from './agreements.en';
import { agreementsZhTW } from './agreements.zhTW';
import { attachmentsEn } from './attachments.en';
import { attachmentsZhTW } from './attachments.zhTW';
import { pricingEn } from './pricing.en';
import { pricingZhTW } from './pricing.zhTW';
import { appraisalEn } from './appraisal.en';
import { appraisalZhTW } from './appraisal.zhTW';
import { backupEn } from './backup.en';
import { backupZhTW } from './backup.zhTW';
import { accessZhTW } from './access.zhTW';
import { benchEn } from './bench.en';
import { benchZhTW } from './bench.zhTW';
import { documentsEn } from './documents.en';
import { documentsZhTW } from './documents.zhTW';
import { coreEn } from './core.en';
import { coreZhTW } from './core.zhTW';
import { customersEn } from './customers.en';
import { customersZhTW } from './customers.zhTW';
import { intakeEn } from './intake.en';
import { intakeZhTW } from './intake.zhTW';
import { sessionEn } from './session.en';
import { sessionZhTW } from './session.zhTW';
import { staffEn } from './staff.en';
import { staffZhTW } from './staff.zhTW';
import { stockEn } from './stock.en';
import { stockZhTW } from './stock.zhTW';
import type { AllReasonTexts } from './types';
import { validationEn } from './validation.en';
import { validationZhTW } from './validation.zhTW';

// The core's refusals in the reader's language (issue 11, item 2): one file pair per domain of
// the core's reason registry (main/contract/reasons.ts), typed by it, so a reason without a text
// in either language does not compile. Rendered as t('reasons.<domain>.<name>', params).

export const reasonsEn: AllReasonTexts = {
  access: accessEn,
  core: coreEn,
  validation: validationEn,
  session: sessionEn,
  staff: staffEn,
  customers: customersEn,
  intake: intakeEn,
  stock: stockEn,
  bench: benchEn,
  documents: documentsEn,
  aftercare: aftercareEn,
  improvement: improvementEn,
  agreements: agreementsEn,
  attachments: attachmentsEn,
  pricing: pricingEn,
  appraisal: appraisalEn,
  backup: backupEn,
};

export const reasonsZhTW: AllReasonTexts = {
  access: accessZhTW,
  core: coreZhTW,
  validation: validationZhTW,
  session: sessionZhTW,
  staff: staffZhTW,
  customers: customersZhTW,
  intake: intakeZhTW,
  stock: stockZhTW,
  bench: benchZhTW,
  documents: documentsZhTW,
  aftercare: aftercareZhTW,
  improvement: improvementZhTW,
  agreements: agreementsZhTW,
  attachments: attachmentsZhTW,
  pricing: pricingZhTW,
  appraisal: appraisalZhTW,
  backup: backupZhTW,
};

// An instant the core sends (a lockout's end) reads in the workstation's time and language, a
// ticket status as the screens name it.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Parameters that name a ticket status: the status itself, or a move's ends. */
const STATUS_PARAMS = new Set(['status', 'from', 'to']);

function readable(params: Params, language: string): Params {
  const out: Params = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' && INSTANT.test(value)) {
      out[name] = new Date(value).toLocaleString(language, {
        dateStyle: 'medium',
        timeStyle: 'short',
      });
    } else if (STATUS_PARAMS.has(name) && i18next.exists(`intake.status.${value}`)) {
      // A ticket's status reads as the screens name it ('in_repair' → 維修中).
      out[name] = (i18next.t as unknown as (key: string) => string)(`intake.status.${value}`);
    } else {
      out[name] = value;
    }
  }
  return out;
}

/**
 * A refusal's text in the current language, or null when there is none to give (no reason, as
 * for TRANSPORT, or resources not loaded yet): the caller then falls back to the core's message.
 */
export function reasonText(reason: string | undefined, params: Params = {}): string | null {
  if (!reason || !i18next.isInitialized) return null;
  const key = `reasons.${reason}`;
  if (!i18next.exists(key)) return null;
  // The key is built at run time, so it is outside i18next's typed keys (en.ts); the registry
  // types the resources instead.
  const t = i18next.t as unknown as (key: string, options: Params) => string;
  return t(key, readable(params, i18next.language));
}

/** A refusal the core sent with a view's actions, in the reader's language (its message as fallback). */
export function refusalText(refusal: { reason: string; params: Params; message: string }): string {
  return reasonText(refusal.reason, refusal.params) ?? refusal.message;
}
