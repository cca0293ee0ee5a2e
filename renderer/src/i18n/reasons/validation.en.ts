import type { ReasonTexts } from './types';

// What a field says when its input does not match the channel's schema.
export const validationEn: ReasonTexts<'validation'> = {
  checkEntries: 'Some entries need checking.',
  required: 'Required',
  notANumber: 'Enter a number',
  notWhole: 'Enter a whole number',
  wrongType: 'Not a valid value',
  tooShort: 'At least {{minimum}} characters',
  tooLong: 'At most {{maximum}} characters',
  atLeast: 'At least {{minimum}}',
  moreThan: 'More than {{minimum}}',
  atMost: 'At most {{maximum}}',
  lessThan: 'Less than {{maximum}}',
  tooFew: 'At least {{minimum}} entries',
  tooMany: 'At most {{maximum}} entries',
  notMultipleOf: 'A multiple of {{divisor}}',
  notADate: 'Not a calendar date (YYYY-MM-DD)',
  notADateTime: 'Not a valid date and time',
  badFormat: 'Not in the expected format',
  notAnOption: 'Not one of the choices',
  unknownField: 'Unexpected field: {{keys}}',
  invalid: 'Not valid',
  controlCharacters: 'May not contain control characters (a stray Tab or Enter)',
  invisibleCharacters:
    'May not contain invisible formatting characters (direction marks, zero-width)',
  brokenCharacter: 'Contains a broken character; type it again',
};
