// Changing your own PIN, from the staff menu.
export const changePinEn = {
  title: 'Change your PIN',
  current: 'Current PIN',
  new: 'New PIN',
  confirm: 'New PIN again',
  submit: 'Change PIN',
  done: 'Your PIN has been changed.',
};
