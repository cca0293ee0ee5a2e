import type { Language } from '../../contract/language';
import { t } from '../layout';

// The printed words for intake's codes, in English and in the depot's Traditional Chinese terms
// (domain.md: 報修單號, 保修範圍, 購買發票日期 ...). The receipt and the unit label share them.

export const CHANNEL_CODES = ['phone', 'email', 'online', 'counter'] as const;
export const OFFER_CODES = ['paid_repair', 'return_unrepaired'] as const;
export const WARRANTY_CODES = ['covered', 'not_covered', 'unverified'] as const;

type Words = { en: string; 'zh-TW': string };

const CHANNELS: Record<(typeof CHANNEL_CODES)[number], Words> = {
  phone: { en: 'Phone', 'zh-TW': '電話報修' },
  email: { en: 'E-mail', 'zh-TW': '電子郵件' },
  online: { en: 'Online chat', 'zh-TW': '線上客服' },
  counter: { en: 'In person at the counter', 'zh-TW': '臨櫃送修' },
};

// Policy 3.1: a case that is not covered is explained, with the paid alternative.
const OFFERS: Record<(typeof OFFER_CODES)[number], Words> = {
  paid_repair: {
    en: 'Paid repair: we quote first and repair only after you agree to the quote.',
    'zh-TW': '付費維修：維修前先行報價，經客戶同意後始進行維修。',
  },
  return_unrepaired: {
    en: 'Return unrepaired: the unit is returned to you as received.',
    'zh-TW': '不維修退回：產品依收件時狀態退還客戶。',
  },
};

const WARRANTY: Record<(typeof WARRANTY_CODES)[number], Words> = {
  covered: { en: 'Covered by the warranty', 'zh-TW': '屬保修範圍' },
  not_covered: { en: 'Not covered by the warranty', 'zh-TW': '不屬保修範圍' },
  unverified: {
    en: 'Warranty unverified (not covered unless approved by a supervisor)',
    'zh-TW': '保修無法確認（未經主管核准前不予保修）',
  },
};

// The checklist the intake screen offers (ticketSchemas COMMON_ACCESSORIES).
const ACCESSORIES: Record<string, Words> = {
  power_adapter: { en: 'Power adapter', 'zh-TW': '電源變壓器' },
  power_cord: { en: 'Power cord', 'zh-TW': '電源線' },
  cable: { en: 'Cable', 'zh-TW': '連接線' },
  battery: { en: 'Battery', 'zh-TW': '電池' },
  remote: { en: 'Remote control', 'zh-TW': '遙控器' },
  charger: { en: 'Charger', 'zh-TW': '充電器' },
  case: { en: 'Case', 'zh-TW': '保護套' },
  box: { en: 'Box', 'zh-TW': '包裝盒' },
  manual: { en: 'Manual', 'zh-TW': '說明書' },
  memory_card: { en: 'Memory card', 'zh-TW': '記憶卡' },
};

export function channelWords(code: (typeof CHANNEL_CODES)[number], language: Language): string {
  return t(language, CHANNELS[code]);
}

export function offerWords(code: (typeof OFFER_CODES)[number], language: Language): string {
  return t(language, OFFERS[code]);
}

export function warrantyWords(code: (typeof WARRANTY_CODES)[number], language: Language): string {
  return t(language, WARRANTY[code]);
}

/** A code the checklist does not know (a new product kind's) is printed as its words. */
export function accessoryWords(code: string, language: Language): string {
  const words = Object.hasOwn(ACCESSORIES, code) ? ACCESSORIES[code] : undefined;
  return words ? t(language, words) : code.replaceAll('_', ' ');
}
