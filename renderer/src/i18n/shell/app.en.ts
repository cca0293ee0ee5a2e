// The app's name and the start-up screen shown while the depot's core is reached.
export const appEn = {
  name: 'Depot',
  connecting: 'Connecting to the depot…',
  unreachable: 'The Depot core cannot be reached.',
  retry: 'Try again',
};
