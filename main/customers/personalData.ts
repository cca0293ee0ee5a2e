import type { Actor } from '../contract/roles';
import type { Customer } from '../intake/customerRepo';
import { PERSONAL_DATA } from './access';

// Policy 4 (confidentiality): a customer as the caller may see them. The roles that deal with
// customers get everything; the others the name and each phone's last 3 digits, enough to
// confirm "the number ending 678" on a call without holding the customer's number.

export type PersonalData = 'full' | 'masked';

/** A customer with how much of their personal data the caller was given. */
export type CustomerView = Customer & { personalData: PersonalData };

const FULL: readonly string[] = PERSONAL_DATA;

export function personalDataFor(actor: Actor): PersonalData {
  return actor.roles.some((r) => FULL.includes(r)) ? 'full' : 'masked';
}

/** "0912-345-678" becomes "*******678": the digits but the last 3 hidden. */
export function maskPhone(normalised: string): string {
  const digits = normalised.replace(/\D/g, '');
  return '*'.repeat(Math.max(digits.length - 3, 0)) + digits.slice(-3);
}

export function customerView(customer: Customer, level: PersonalData): CustomerView {
  if (level === 'full') return { ...customer, personalData: level };
  return {
    ...customer,
    phones: customer.phones.map((p) => ({ phone: maskPhone(p.normalised), normalised: '' })),
    email: null,
    address: null,
    personalData: level,
  };
}
