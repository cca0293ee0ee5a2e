import type { Customer } from '../intake/customerRepo';

// How the shelf knows a unit: by the customer's surname, short enough for a small label.
// Chinese names put the surname first and it is (almost always) one character; compound
// surnames (歐陽, 司馬) print as their first character, which is still the customer's name
// as the clerk says it to find the unit. Western names put it last, or first before a comma
// ("Chen, Amy"). A company is its name.

const HAN = /\p{Script=Han}/u;

export function surnameOf(customer: Pick<Customer, 'kind' | 'name'>): string {
  const name = customer.name.trim();
  if (customer.kind === 'company') return name;
  // "Lin Chih-hao 林志豪": the Chinese part decides.
  const han = [...name].find((char) => HAN.test(char));
  if (han !== undefined) return han;
  if (name.includes(',')) return name.slice(0, name.indexOf(',')).trim();
  const words = name.split(/\s+/);
  return words[words.length - 1];
}
