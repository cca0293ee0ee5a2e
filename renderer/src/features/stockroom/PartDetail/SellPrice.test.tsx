import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../bridge';
import { coreError, fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { partDetail, signInAs } from '../partsTestFixtures';
import { PartDetailDrawer } from './PartDetailDrawer';
import { usePartDrawer } from './partDrawer';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const calls = (channel: string) =>
  bridge.invoke.mock.calls.filter(([c]) => c === channel).map(([, input]) => input);

function core(sellPrice: number | null, overrides: Parameters<typeof fakeInvoke>[0] = {}) {
  return fakeInvoke({
    'parts/get': ({ id }) => partDetail(id, { sellPrice }),
    'parts/ledger': () => ({ rows: [], next: null }),
    'prices/setPartPrice': (input) => input,
    ...overrides,
  });
}

async function openPart() {
  act(() => usePartDrawer.getState().open(1));
  return screen.findByTestId('part-sell-price');
}

describe('SellPrice on the part drawer (policy 3.5)', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
  });

  it('shows cost + markup without a price, and no editor for a keeper', async () => {
    signInAs('stockroom_keeper');
    bridge.invoke.mockImplementation(core(null));
    renderScreen(<PartDetailDrawer />);
    expect((await openPart()).textContent).toBe("Cost + markup (the category's)");
    expect(screen.queryByTestId('part-sell-price-form')).toBeNull();
  });

  it("shows the part's own price per unit in the depot currency", async () => {
    signInAs('technician');
    // 450_050 minor units of TWD (2 digits) = 4,500.50
    bridge.invoke.mockImplementation(core(450_050));
    renderScreen(<PartDetailDrawer />);
    expect((await openPart()).textContent).toBe('4,500.50 TWD per unit');
  });

  it('lets a supervisor set a price in currency units, sent as minor units', async () => {
    signInAs('supervisor');
    bridge.invoke.mockImplementation(core(null));
    renderScreen(<PartDetailDrawer />);
    await openPart();
    fireEvent.change(screen.getByTestId('part-sell-price-input'), { target: { value: '45.5' } });
    fireEvent.click(screen.getByTestId('part-sell-price-save'));
    // 45.5 TWD × 100 = 4,550 minor units
    await waitFor(() =>
      expect(calls('prices/setPartPrice')).toEqual([{ partId: 1, sellPrice: 4_550 }]),
    );
    await waitFor(() =>
      expect(screen.getByTestId('part-sell-price').textContent).toBe('45.50 TWD per unit'),
    );
  });

  it('lets an admin clear a price back to cost + markup', async () => {
    signInAs('admin');
    bridge.invoke.mockImplementation(core(4_550));
    renderScreen(<PartDetailDrawer />);
    await openPart();
    fireEvent.click(screen.getByTestId('part-sell-price-clear'));
    await waitFor(() =>
      expect(calls('prices/setPartPrice')).toEqual([{ partId: 1, sellPrice: null }]),
    );
    await waitFor(() =>
      expect(screen.getByTestId('part-sell-price').textContent).toBe(
        "Cost + markup (the category's)",
      ),
    );
    expect(screen.queryByTestId('part-sell-price-clear')).toBeNull();
  });

  it('asks for a price before sending, and shows the core refusal on the field', async () => {
    signInAs('supervisor');
    bridge.invoke.mockImplementation(
      core(null, {
        'prices/setPartPrice': () => {
          throw coreError(
            'VALIDATION',
            'sellPrice: Number must be less than or equal to 100000000',
            {
              issues: [
                { field: 'sellPrice', message: 'Number must be less than or equal to 100000000' },
              ],
            },
          );
        },
      }),
    );
    renderScreen(<PartDetailDrawer />);
    await openPart();
    fireEvent.click(screen.getByTestId('part-sell-price-save'));
    expect(await screen.findByText('Type a price of zero or more')).toBeTruthy();
    expect(calls('prices/setPartPrice')).toEqual([]);

    fireEvent.change(screen.getByTestId('part-sell-price-input'), {
      target: { value: '2000000' },
    });
    fireEvent.click(screen.getByTestId('part-sell-price-save'));
    expect(await screen.findByText('Number must be less than or equal to 100000000')).toBeTruthy();
    expect(screen.getByTestId('part-sell-price').textContent).toBe(
      "Cost + markup (the category's)",
    );
  });
});
