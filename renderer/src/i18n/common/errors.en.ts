// Titles of the core's error codes (t(`errors.${code}`); a refusal's reason is the message under
// the title), and the form checks that run while the user types.
export const errorsEn = {
  VALIDATION: 'Check the entries',
  UNAUTHENTICATED: 'Not signed in',
  SESSION_LOCKED: 'Workstation locked',
  FORBIDDEN: 'Not allowed',
  NOT_FOUND: 'Not found',
  CONFLICT: 'Conflict',
  RULE: 'Not allowed by policy',
  BAD_PIN: 'Wrong PIN',
  ACCOUNT_LOCKED: 'Account locked',
  UNKNOWN_CHANNEL: 'Unknown request',
  INTERNAL: 'Something went wrong',
  TRANSPORT: 'Connection problem',
};

export const validationEn = {
  username: '2–40 lowercase letters, digits, dot, dash or underscore; starts with a letter',
  required: 'Required',
  pinFormat: 'PIN must be 4 to 8 digits',
  pinMismatch: 'The two PINs differ',
  rolesRequired: 'Choose at least one role',
  currency: 'Three capital letters, e.g. TWD',
};
