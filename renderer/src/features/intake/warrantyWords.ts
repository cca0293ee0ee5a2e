import type { WarrantyReason } from '../../../../main/intake/warrantyReasons';

/**
 * A decision's reason in the staff's language. The core words each reason in both languages
 * (the receipt prints them), with the clerk's note about what was found.
 */
export function reasonText(reason: WarrantyReason, language: string): string {
  const text = language === 'zh-TW' ? reason.zh : reason.en;
  return reason.note ? `${text} (${reason.note})` : text;
}
