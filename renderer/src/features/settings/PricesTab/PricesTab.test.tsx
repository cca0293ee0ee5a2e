import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../bridge';
import type { PriceRules } from '../../../../../main/pricing/rules';
import { fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { signInAs } from '../../manage/PeriodPicker/signInAs';
import { PricesTab } from './PricesTab';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const calls = (channel: string) =>
  bridge.invoke.mock.calls.filter(([c]) => c === channel).map(([, input]) => input);

// 5% tax, a 300.00 inspection fee, belts at +20%, washing machines' labour at 900.00 an hour.
const rules: PriceRules = {
  taxRatePercent: 5,
  taxBasisPoints: 500,
  inspectionFee: 30_000,
  defaultLabourRate: 80_000,
  markups: [{ category: 'BELT', percent: 20 }],
  labourRates: [{ productTypeId: 2, stationId: null, ratePerHour: 90_000 }],
};

describe('PricesTab', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    signInAs('supervisor');
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'prices/rules': () => rules,
        'prices/update': (input) => ({ ...rules, taxRatePercent: input.taxRatePercent ?? 5 }),
        'catalogue/listTypes': () => [],
        'stations/list': () => [],
      }),
    );
  });

  it('shows the rules in currency units and saves them back in minor units', async () => {
    renderScreen(<PricesTab canEdit />);
    const tax = (await screen.findByTestId('prices-tax')) as HTMLInputElement;
    expect(tax.value).toBe('5');
    expect((screen.getByTestId('prices-fee') as HTMLInputElement).value).toBe('300');
    fireEvent.change(tax, { target: { value: '7.5' } });
    fireEvent.click(screen.getByTestId('prices-save'));
    await waitFor(() => expect(calls('prices/update')).toHaveLength(1));
    expect(calls('prices/update')[0]).toEqual({
      taxRatePercent: 7.5,
      inspectionFee: 30_000,
      markups: [{ category: 'BELT', percent: 20 }],
      labourRates: [{ productTypeId: 2, stationId: null, ratePerHour: 90_000 }],
    });
  });

  it('is read-only without the right to set prices', async () => {
    renderScreen(<PricesTab canEdit={false} />);
    expect(((await screen.findByTestId('prices-tax')) as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByTestId('prices-save')).toBeNull();
  });
});
