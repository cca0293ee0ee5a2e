import { screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderScreen } from '../../../test/render';
import { part } from '../partsTestFixtures';
import { PartsList } from './PartsList';

describe('PartsList', () => {
  // happy-dom lays nothing out; the virtualizer needs a viewport to know how many rows to show.
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get: () => 600,
    });
  });
  afterAll(() => {
    Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
  });

  it('puts only the rows on screen in the page, even with 100,000 parts loaded', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => part(i + 1));
    renderScreen(
      <PartsList
        rows={rows}
        loading={false}
        hasMore={false}
        loadMore={vi.fn()}
        active
        resetKey=""
        onOpen={vi.fn()}
      />,
    );
    const shown = screen.getAllByRole('row').length - 1; // less the header
    expect(shown).toBeGreaterThan(10);
    expect(shown).toBeLessThan(60);
    expect(screen.getByTestId('part-row-PMP-00001')).toBeTruthy();
    expect(screen.queryByTestId('part-row-PMP-50000')).toBeNull();
  });
});
