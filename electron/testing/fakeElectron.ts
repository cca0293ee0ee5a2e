import { vi } from 'vitest';

// Test doubles for the parts of 'electron' the shell uses. Requiring the real module in plain
// Node tries to download the Electron binary, so every shell test mocks it with these.

type Listener = (...args: never[]) => unknown;

export class FakeWebContents {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly listeners = new Map<string, Listener>();
  openHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly print = vi.fn();
  readonly send = vi.fn();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, listener);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
  isDestroyed(): boolean {
    return false;
  }
  /** Fires `will-navigate` as Chromium would; returns whether the page prevented it. */
  navigate(url: string): boolean {
    const preventDefault = vi.fn();
    const listener = this.listeners.get('will-navigate') as
      ((event: { url: string; preventDefault: () => void }) => void) | undefined;
    listener?.({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  }
}

export class FakeBrowserWindow {
  static created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(() => Promise.resolve());
  readonly setMenu = vi.fn();
  readonly focus = vi.fn();

  private readonly closedListeners: (() => void)[] = [];
  private destroyed = false;

  constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
    FakeBrowserWindow.created.push(this);
  }
  on(event: string, listener: () => void): this {
    if (event === 'closed') this.closedListeners.push(listener);
    return this;
  }
  once(): this {
    return this;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Closes the window as Electron does: destroyed, then `closed`. */
  readonly close = vi.fn(() => {
    if (this.destroyed) return;
    this.destroyed = true;
    this.closedListeners.forEach((listener) => listener());
  });
}
