import { describe, expect, it } from 'vitest';
import type { Configuration } from 'electron-builder';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';

// Issue 9, defect 11: what electron-builder.yml must say so that a packaged Depot cannot be
// turned into a general-purpose Node runtime, runs only its own verified archive, and installs
// only updates signed by the depot. Read through electron-builder's own loader and schema, so a
// misspelt key fails here rather than being ignored at release time.

const root = new URL('..', import.meta.url).pathname;
const config: Configuration = await getConfig(root, null, null);

describe('electron-builder.yml', () => {
  it("is valid for the installed electron-builder's schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('flips the fuses that close the ways around the app', () => {
    expect(config.electronFuses).toEqual({
      // ELECTRON_RUN_AS_NODE would make the signed binary run any script.
      runAsNode: false,
      enableCookieEncryption: true,
      // NODE_OPTIONS / --inspect would inject code into the main process, which holds the database.
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      // The archive is checked against the hash embedded in the executable, and nothing else loads.
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // The app is served from depot-app://, so file: pages need no more than a browser gives them.
      grantFileProtocolExtraPrivileges: false,
    });
    // Only-from-asar needs an archive to load from.
    expect(config.asar).not.toBe(false);
  });

  it('refuses to package unsigned Windows or macOS builds', () => {
    expect(config.win?.forceCodeSigning).toBe(true);
    expect(config.mac?.forceCodeSigning).toBe(true);
    expect(config.mac?.hardenedRuntime).not.toBe(false);
  });

  it('makes electron-updater check the publisher of a Windows update before installing it', () => {
    // electron-updater skips the check when app-update.yml names no publisher.
    expect(config.win?.verifyUpdateCodeSignature).not.toBe(false);
    const names = [config.win?.signtoolOptions?.publisherName ?? []].flat();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name.trim()).not.toBe('');
  });

  it('fetches updates over HTTPS only', () => {
    const feeds = [config.publish ?? []].flat();
    expect(feeds.length).toBeGreaterThan(0);
    for (const feed of feeds) {
      expect(typeof feed).toBe('object');
      expect(feed).toMatchObject({
        provider: 'generic',
        url: expect.stringMatching(/^https:\/\//),
      });
    }
  });
});
