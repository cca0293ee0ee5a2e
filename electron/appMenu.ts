import { Menu } from 'electron';

/**
 * A packaged Depot shows no developer menu (issue 9, defect 11): Electron's default menu offers
 * Reload, Force Reload and Toggle DevTools, and their shortcuts work even with the menu bar
 * hidden. Windows and Linux get no menu at all; macOS keeps the app, edit and window menus,
 * without which Quit, Copy and Paste have no shortcut there. Development keeps the default.
 */
export function applyAppMenu(options: { packaged: boolean; platform: NodeJS.Platform }): void {
  if (!options.packaged) return;
  if (options.platform !== 'darwin') {
    Menu.setApplicationMenu(null);
    return;
  }
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }]),
  );
}
