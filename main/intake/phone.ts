// Phone numbers are kept as typed (for display) and normalised (for search), so a customer
// who gave "(02) 2500-1234" is found by "0225001234" and "+886 2 2500 1234" alike.

export type Phone = { phone: string; normalised: string };

const ALLOWED = /^\+?[\d\s\-().]+$/;

/** Normalises a phone number, or returns an error message for the clerk. */
export function normalisePhone(typed: string): Phone | { error: string } {
  // Full-width digits from a Chinese input method are the same digits.
  const phone = typed.normalize('NFKC').trim();
  if (phone.length > 40) return { error: 'Phone number is at most 40 characters' };
  if (/\p{L}/u.test(phone)) return { error: 'Phone numbers may not contain letters' };
  if (!ALLOWED.test(phone)) {
    return { error: 'Phone: digits, spaces, dashes, dots, parentheses and a leading + only' };
  }
  let normalised = phone.replace(/[\s\-().]/g, '');
  // Taiwan's country code is written as the trunk 0: +886 912 345 678 -> 0912345678, and a
  // redundant "(0)" after it (+886 (0)2 ...) is dropped with it.
  if (normalised.startsWith('+886')) normalised = '0' + normalised.slice(4).replace(/^0/, '');
  const digits = normalised.replace(/^\+/, '');
  if (digits.length < 6) return { error: 'Phone number is too short (at least 6 digits)' };
  if (digits.length > 16) return { error: 'Phone number is too long (at most 16 digits)' };
  return { phone, normalised };
}

/** The normalised prefix for searching, or null when the text is not a phone number. */
export function phoneSearchKey(text: string): string | null {
  const result = normalisePhone(text);
  if ('error' in result) {
    // A short prefix ("0912") is still a fine search key.
    const stripped = text.trim().replace(/[\s\-().]/g, '');
    return /^\+?\d{3,}$/.test(stripped) ? stripped.replace(/^\+886/, '0') : null;
  }
  return result.normalised;
}
