// Intake rules the form runs while the clerk types and the core decides by (policy 3.1, 3.6).

/** Policy 3.6: customer service must be able to reach the customer after the repair. */
export function reachable(contact: {
  phones: readonly unknown[];
  email: string | null | undefined;
}): boolean {
  return contact.phones.length > 0 || (contact.email ?? '').trim() !== '';
}

/** Policy 3.1: a case the warranty does not cover is explained to the customer. */
export function needsExplanation(
  covered: boolean,
  explanation: string | null | undefined,
): boolean {
  return !covered && (explanation ?? '').trim() === '';
}
