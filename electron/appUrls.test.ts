import { describe, expect, it } from 'vitest';
import { createAppUrls } from './appUrls';

describe('app URLs', () => {
  it('in a build, are the entry page on the depot-app scheme and nothing else', () => {
    const urls = createAppUrls({});
    expect(urls.dev).toBe(false);
    expect(urls.entry).toBe('depot-app://app/index.html');
    expect(urls.isAppUrl(`${urls.entry}#/bench?ticket=3`)).toBe(true);
    expect(urls.isAppUrl('depot-app://app/')).toBe(false);
    expect(urls.isAppUrl('depot-app://app/assets/other.html')).toBe(false);
    expect(urls.isAppUrl('depot-app://evil/index.html')).toBe(false);
    expect(urls.isAppUrl('https://app/index.html')).toBe(false);
    expect(urls.isAppUrl('not a url')).toBe(false);
  });

  it('in a build, never a file on disk (issue 9, defect 11: file: pages can read the disk)', () => {
    const urls = createAppUrls({});
    expect(urls.entry.startsWith('file:')).toBe(false);
    expect(urls.isAppUrl('file:///opt/Depot/resources/app.asar/out/renderer/index.html')).toBe(
      false,
    );
  });

  it('in development, are the dev server origin', () => {
    const urls = createAppUrls({ devServerUrl: 'http://localhost:5173/' });
    expect(urls.dev).toBe(true);
    expect(urls.isAppUrl('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(urls.isAppUrl('http://localhost:5174/')).toBe(false);
  });
});
