import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { i18next, setupI18n } from '../i18n';
import { usePrefs } from '../stores/prefs';

// happy-dom lacks a few browser APIs Mantine touches (media queries, element resize, font
// loading, scrolling a combobox option into view); plain stand-ins are enough for component tests.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  (window as unknown as { ResizeObserver: typeof ResizeObserverStub }).ResizeObserver =
    ResizeObserverStub;
}
if (!('fonts' in document) || !document.fonts) {
  // Textarea autosize re-measures when web fonts finish loading.
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
  });
}
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};

setupI18n('en');

beforeEach(async () => {
  window.localStorage.clear();
  window.sessionStorage.clear();
  // Tests read English unless they switch; stores are module singletons, so reset them here.
  usePrefs.setState({ language: 'en', colorScheme: 'light', intakeStationId: null });
  await i18next.changeLanguage('en');
});

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});
