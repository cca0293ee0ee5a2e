// The same rules the core checks (main/staff/staffSchemas.ts); repeated here only so the form
// can answer before a round trip. The core stays the authority.
export const PIN_PATTERN = /^\d{4,8}$/;
export const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{1,39}$/;

/** Keeps only digits, at most 8: what a PIN field accepts while typing. */
export function digitsOnly(value: string): string {
  return value.replace(/\D/g, '').slice(0, 8);
}
