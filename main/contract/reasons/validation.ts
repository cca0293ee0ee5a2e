import { reasons } from './define';

// Input that does not match a channel's schema (validation.ts), one reason per kind of zod issue,
// so a field says what is wrong in the reader's language. The top-level VALIDATION error is
// `checkEntries`; each issue in `details.issues` carries one of the others.
export const validationReasons = reasons({
  checkEntries: {},
  required: {},
  notANumber: {},
  notWhole: {},
  wrongType: {},
  tooShort: { minimum: 'number' },
  tooLong: { maximum: 'number' },
  atLeast: { minimum: 'number' },
  moreThan: { minimum: 'number' },
  atMost: { maximum: 'number' },
  lessThan: { maximum: 'number' },
  tooFew: { minimum: 'number' },
  tooMany: { maximum: 'number' },
  notMultipleOf: { divisor: 'number' },
  notADate: {},
  notADateTime: {},
  badFormat: {},
  notAnOption: {},
  unknownField: { keys: 'string' },
  invalid: {},
  // The text rule (main/contract/text.ts): what a record would not show as typed.
  controlCharacters: {},
  invisibleCharacters: {},
  brokenCharacter: {},
});
