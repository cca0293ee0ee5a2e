import { beforeEach, describe, expect, it, vi } from 'vitest';

type Item = { role?: string; submenu?: Item[] };
const electron = vi.hoisted(() => ({ set: [] as (Item[] | null)[] }));
vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: Item[]) => template,
    setApplicationMenu: (menu: Item[] | null) => electron.set.push(menu),
  },
}));

const { applyAppMenu } = await import('./appMenu');

// Roles that reach into the page's internals or reload it under the clerk's hands.
const DEVELOPER_ROLES = ['toggleDevTools', 'reload', 'forceReload', 'viewMenu'];

function roles(items: Item[]): string[] {
  return items.flatMap((item) => [item.role ?? '', ...roles(item.submenu ?? [])]);
}

describe('application menu', () => {
  beforeEach(() => {
    electron.set = [];
  });

  it('is removed in a packaged build on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      electron.set = [];
      applyAppMenu({ packaged: true, platform });
      expect(electron.set).toEqual([null]);
    }
  });

  it('on macOS keeps only the app, edit and window menus (copy and paste need them)', () => {
    applyAppMenu({ packaged: true, platform: 'darwin' });
    const [menu] = electron.set;
    expect(menu).not.toBeNull();
    expect(roles(menu!)).toEqual(expect.arrayContaining(['appMenu', 'editMenu']));
    for (const role of DEVELOPER_ROLES) expect(roles(menu!)).not.toContain(role);
  });

  it("is Electron's default while developing", () => {
    applyAppMenu({ packaged: false, platform: 'linux' });
    expect(electron.set).toEqual([]);
  });
});
