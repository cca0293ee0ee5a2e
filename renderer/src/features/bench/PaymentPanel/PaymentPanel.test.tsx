import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../bridge';
import type { TicketPayments } from '../../../../../main/pricing/paymentHandlers';
import type { TicketMoney } from '../../../../../main/pricing/ticketMoney';
import type { Payment } from '../../../../../main/pricing/payments';
import { coreError, fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { signInAs } from '../../manage/PeriodPicker/signInAs';
import { PaymentPanel } from './PaymentPanel';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const calls = (channel: string) =>
  bridge.invoke.mock.calls.filter(([c]) => c === channel).map(([, input]) => input);

// A repair billed 1,050.00 (1,000.00 + 5% tax), of which 300.00 is paid.
function money(paid: number, overrides: Partial<TicketMoney> = {}): TicketMoney {
  return {
    cost: { parts: 20_000, labour: 60_000, total: 80_000 },
    billed: { parts: 40_000, labour: 60_000, inspectionFee: 0, tax: 5_000, total: 105_000 },
    paid,
    balance: 105_000 - paid,
    borneBy: 'customer',
    payable: 'repair',
    ...overrides,
  };
}

const first: Payment = {
  id: 1,
  ticketId: 7,
  kind: 'repair',
  method: 'cash',
  amount: 30_000,
  receiptNo: 'R-1',
  note: null,
  recordedBy: { id: 9, displayName: 'Lin Wei' },
  recordedAt: '2026-03-01T02:00:00.000Z',
};

const listed = (m: TicketMoney, payments = [first]): TicketPayments => ({
  ticketId: 7,
  money: m,
  payments,
});

describe('PaymentPanel', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    signInAs('intake_clerk');
  });

  it('shows billed, tax, paid and balance, and records the rest of the payment', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'payments/list': () => listed(money(30_000)),
        'payments/record': (input) =>
          listed(money(30_000 + input.amount), [
            first,
            { ...first, id: 2, amount: input.amount, receiptNo: input.receiptNo, method: 'card' },
          ]),
      }),
    );
    renderScreen(<PaymentPanel ticketId={7} />);

    const panel = await screen.findByTestId('bench-payments');
    expect(screen.getByTestId('payments-billed').textContent).toBe('1,050.00');
    expect(screen.getByTestId('payments-tax').textContent).toBe('50.00');
    expect(screen.getByTestId('payments-paid').textContent).toBe('300.00');
    expect(screen.getByTestId('payments-balance').textContent).toBe('750.00');
    expect(screen.getByTestId('payment-R-1').textContent).toContain('Cash');

    // Nothing is sent without a receipt number.
    fireEvent.click(screen.getByTestId('payment-fill-balance'));
    expect((screen.getByTestId('payment-record') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId('payment-receipt'), { target: { value: 'R-2' } });
    fireEvent.click(screen.getByTestId('payment-record'));

    await waitFor(() => expect(panel.getAttribute('data-balance')).toBe('0'));
    // The whole balance, 750.00, in minor units.
    expect(calls('payments/record')).toEqual([
      { ticketId: 7, kind: 'repair', method: 'cash', amount: 75_000, receiptNo: 'R-2' },
    ]);
    expect(screen.getByTestId('payment-R-2')).toBeTruthy();
    // Settled: no more form.
    expect(screen.queryByTestId('payment-record')).toBeNull();
  });

  it("asks for the declined quote's inspection fee", async () => {
    const fee = money(0, {
      billed: { parts: 0, labour: 0, inspectionFee: 30_000, tax: 1_500, total: 31_500 },
      balance: 31_500,
      payable: 'inspection_fee',
    });
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'payments/list': () => listed(fee, []),
        'payments/record': () => {
          throw coreError('RULE', 'amount: overpayment', { field: 'amount' });
        },
      }),
    );
    renderScreen(<PaymentPanel ticketId={7} />);
    await screen.findByTestId('bench-payments');
    expect(screen.getByText('Inspection fee (quote declined)')).toBeTruthy();
    fireEvent.change(screen.getByTestId('payment-amount'), { target: { value: '400' } });
    fireEvent.change(screen.getByTestId('payment-receipt'), { target: { value: 'R-9' } });
    fireEvent.click(screen.getByTestId('payment-record'));
    await waitFor(() => expect(calls('payments/record')).toHaveLength(1));
    expect(calls('payments/record')[0]).toMatchObject({ kind: 'inspection_fee', amount: 40_000 });
    // The core refused: the balance shown is unchanged.
    expect(screen.getByTestId('payments-balance').textContent).toBe('315.00');
  });

  it('shows nothing for a covered repair, and reads only as admin', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'payments/list': () =>
          listed(
            money(0, {
              billed: { parts: 0, labour: 0, inspectionFee: 0, tax: 0, total: 0 },
              balance: 0,
              borneBy: 'company',
              payable: null,
            }),
            [],
          ),
      }),
    );
    const { unmount } = renderScreen(<PaymentPanel ticketId={7} />);
    await waitFor(() => expect(calls('payments/list')).toHaveLength(1));
    expect(screen.queryByTestId('bench-payments')).toBeNull();
    unmount();

    bridge.invoke.mockImplementation(fakeInvoke({ 'payments/list': () => listed(money(30_000)) }));
    signInAs('admin');
    renderScreen(<PaymentPanel ticketId={7} />);
    await screen.findByTestId('bench-payments');
    expect(screen.queryByTestId('payment-record')).toBeNull();

    signInAs('technician');
    bridge.invoke.mockClear();
    renderScreen(<PaymentPanel ticketId={8} />);
    expect(calls('payments/list')).toEqual([]);
  });
});
