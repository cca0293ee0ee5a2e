import { describe, expect, it } from 'vitest';
import { createAppUrls } from './appUrls';

describe('app URLs', () => {
  it('in a package, are the renderer file and nothing else on disk', () => {
    const urls = createAppUrls({ rendererIndex: '/opt/Depot Depot/out/renderer/index.html' });
    expect(urls.entry).toBe('file:///opt/Depot%20Depot/out/renderer/index.html');
    expect(urls.isAppUrl(`${urls.entry}#/bench?ticket=3`)).toBe(true);
    expect(urls.isAppUrl('file:///opt/Depot%20Depot/out/renderer/other.html')).toBe(false);
    expect(urls.isAppUrl('https://evil.example/opt/Depot%20Depot/out/renderer/index.html')).toBe(
      false,
    );
    expect(urls.isAppUrl('not a url')).toBe(false);
  });

  it('on Windows, ignore the case of the path', () => {
    const urls = createAppUrls({
      rendererIndex: '/C:/Program Files/Depot/out/renderer/index.html',
      platform: 'win32',
    });
    expect(urls.isAppUrl('file:///c:/program%20files/depot/out/renderer/index.html')).toBe(true);
  });

  it('in development, are the dev server origin', () => {
    const urls = createAppUrls({
      devServerUrl: 'http://localhost:5173/',
      rendererIndex: '/repo/out/renderer/index.html',
    });
    expect(urls.dev).toBe(true);
    expect(urls.isAppUrl('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(urls.isAppUrl('http://localhost:5174/')).toBe(false);
  });
});
