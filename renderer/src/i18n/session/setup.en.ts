// First run: creating the depot's first administrator.
export const setupEn = {
  title: 'Set up this depot',
  intro:
    'Create the first administrator. They can then add the rest of the staff under Settings → Staff.',
  username: 'Username',
  usernameHint: 'Used to sign in on other workstations, e.g. mchen',
  displayName: 'Name',
  displayNameHint: 'As it appears on screen and on printed documents',
  pin: 'PIN',
  pinHint: '4 to 8 digits',
  pin2: 'PIN again',
  pin2Hint: 'The same digits once more',
  submit: 'Create administrator and sign in',
};
