// Signing in, the locked workstation and switching staff (policy 1: every action has a named person).
export const signInEn = {
  title: 'Sign in',
  whoAreYou: 'Who is signing in?',
  pin: 'PIN',
  pinFor: 'PIN for {{name}}',
  submit: 'Sign in',
  unlock: 'Unlock',
  lockedTitle: 'Workstation locked',
  lockedBy: 'Locked while {{name}} was signed in. Enter the PIN to continue, or switch staff.',
  switchStaff: 'Switch staff',
  switchTitle: 'Switch staff',
  switchIntro: 'Choose who is taking over this workstation.',
  emptyRoster: 'No active staff accounts. Ask an administrator.',
  chooseFirst: 'Choose your name first.',
  badPin_one: 'Wrong PIN. {{count}} try left before the account locks.',
  badPin_other: 'Wrong PIN. {{count}} tries left before the account locks.',
  accountLocked: 'Too many wrong PINs: this account is locked until {{time}}.',
};
