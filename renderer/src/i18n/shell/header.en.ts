// The header: the quick search button, the staff menu and the updater's notices.
export const shellEn = {
  quickSearch: 'Search',
  staffMenu: 'Staff menu',
  signedInAs: 'Signed in as {{name}}',
  lock: 'Lock',
  switchStaff: 'Switch staff',
  changePin: 'Change PIN',
  signOut: 'Sign out',
  updateReady: 'Restart to update',
  updateReadyVersion: 'Version {{version}} is downloaded and ready to install.',
  updateDownloading: 'Downloading update… {{percent}}%',
  updateFailed: 'The update failed: {{message}}',
};
