// The shape of a PIN and a username: the core's schemas (main/staff/staffSchemas.ts) validate by
// these, and the sign-in and staff forms answer by them before a round trip.

/** 4 to 8 digits. */
export const PIN_PATTERN = /^\d{4,8}$/;
/** 2-40 letters, digits, dot, dash or underscore, starting with a letter (lower case). */
export const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{1,39}$/;

/** Keeps only digits, at most 8: what a PIN field accepts while typing. */
export function digitsOnly(value: string): string {
  return value.replace(/\D/g, '').slice(0, 8);
}
