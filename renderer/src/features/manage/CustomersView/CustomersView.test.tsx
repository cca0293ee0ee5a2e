import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CustomerHistory } from '../../../../../main/customers/customerHistory';
import type { CustomerRecord } from '../../../../../main/customers/customerRecord';
import type * as Bridge from '../../../bridge';
import { createLiveHub } from '../../../data';
import { fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { signInAs } from '../testFixtures';
import { CustomersView } from './CustomersView';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const callsOf = (channel: string) =>
  bridge.invoke.mock.calls.filter(([c]) => c === channel).map(([, input]) => input as unknown);

function record(id: number, name: string, patch: Partial<CustomerRecord> = {}): CustomerRecord {
  return {
    id,
    kind: 'person',
    name,
    phones: [{ phone: '0912-345-678', normalised: '0912345678' }],
    email: null,
    address: '台北市',
    version: 1,
    personalData: 'full',
    mergedInto: null,
    ...patch,
  };
}

const HISTORY: CustomerHistory = {
  units: [
    {
      id: 3,
      serial: 'WM80-0001',
      modelCode: 'WM-80',
      modelNameEn: 'Front loader',
      modelNameZh: '滾筒洗衣機',
      invoiceDate: '2026-06-01',
    },
  ],
  tickets: [
    {
      id: 11,
      reportNo: 'R2612-000011',
      status: 'delivered',
      reportedAt: '2026-12-01T02:00:00.000Z',
      completedAt: '2026-12-03T02:00:00.000Z',
      warrantyStatus: 'covered',
      warrantyExpiresOn: '2027-06-01',
      serial: 'WM80-0001',
      modelCode: 'WM-80',
    },
  ],
  moreTickets: false,
  followUps: [
    {
      id: 21,
      ticketId: 11,
      reportNo: 'R2612-000011',
      status: 'done',
      dueDate: '2026-12-09',
      satisfaction: 4,
      comments: 'Fine',
      doneAt: '2026-12-07T03:00:00.000Z',
    },
  ],
  complaints: [
    {
      id: 31,
      ticketId: 11,
      reportNo: 'R2612-000011',
      status: 'open',
      description: 'Noisy drum',
      dueDate: null,
      resolution: null,
      createdAt: '2026-12-07T03:00:00.000Z',
    },
  ],
};

const meiling = record(7, '陳美玲');
const duplicate = record(8, '陳美玲 (dup)', { version: 2 });

async function openMeiling() {
  fireEvent.change(screen.getByTestId('customers-search'), { target: { value: '陳' } });
  fireEvent.click(await screen.findByTestId('customer-row-7'));
  return screen.findByTestId('customer-detail');
}

describe('CustomersView (issue 10 item 6; policy 4)', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
  });

  it('is not offered to roles without access to personal data', () => {
    signInAs('finance');
    renderScreen(<CustomersView active />);
    expect(screen.getByTestId('customers-not-allowed')).toBeTruthy();
    expect(bridge.invoke).not.toHaveBeenCalled();
  });

  it('finds a customer and shows units, tickets, follow-up scores and complaints', async () => {
    signInAs('intake_clerk');
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'customers/search': () => ({ rows: [meiling], nextCursor: null }),
        'customers/history': () => ({ customer: meiling, history: HISTORY }),
      }),
    );
    renderScreen(<CustomersView active />);
    const detail = await openMeiling();
    expect(callsOf('customers/search')).toEqual([{ text: '陳' }]);
    expect(within(detail).getByTestId('customer-detail-name').textContent).toBe('#7 陳美玲');
    expect(within(detail).getByTestId('customer-ticket-11').textContent).toContain('Delivered');
    expect(within(detail).getByTestId('customer-ticket-11').textContent).toContain('2027-06-01');
    expect(within(detail).getByTestId('customer-followup-score').textContent).toBe('4');
    expect(within(detail).getByTestId('customer-complaint-31').textContent).toContain('Noisy drum');
    // A clerk edits but does not merge (supervisors and admins do).
    expect(within(detail).getByTestId('customer-edit')).toBeTruthy();
    expect(within(detail).queryByTestId('customer-merge')).toBeNull();
  });

  it('edits the contact data with the version the screen was given', async () => {
    signInAs('intake_clerk');
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'customers/search': () => ({ rows: [meiling], nextCursor: null }),
        'customers/history': () => ({ customer: meiling, history: HISTORY }),
        'customers/update': () => ({ ...meiling, version: 2 }),
      }),
    );
    renderScreen(<CustomersView active />);
    await openMeiling();
    fireEvent.click(screen.getByTestId('customer-edit'));
    fireEvent.change(screen.getByTestId('customer-edit-phones'), {
      target: { value: '0912-345-678, 02 2500 1234' },
    });
    fireEvent.change(screen.getByTestId('customer-edit-email'), {
      target: { value: 'mei@example.com' },
    });
    fireEvent.click(screen.getByTestId('customer-save'));
    await waitFor(() => expect(callsOf('customers/update')).toHaveLength(1));
    expect(callsOf('customers/update')[0]).toEqual({
      id: 7,
      version: 1,
      name: '陳美玲',
      phones: ['0912-345-678', '02 2500 1234'],
      email: 'mei@example.com',
      address: '台北市',
    });
  });

  it('shows a customer edited at another workstation in the list and the record', async () => {
    signInAs('intake_clerk');
    let current = meiling;
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'customers/search': () => ({ rows: [current], nextCursor: null }),
        'customers/history': () => ({ customer: current, history: HISTORY }),
      }),
    );
    const live = createLiveHub();
    renderScreen(<CustomersView active />, { live });
    await openMeiling();

    // The desk adds an e-mail address while the record is open here.
    current = { ...meiling, email: 'mei@example.com', version: 2 };
    live.emit({
      changes: [{ entity: 'customer', id: '7' }],
      by: { id: 3, displayName: 'Wang Li-hua' },
      channel: 'customers/update',
      version: 120,
    });
    await waitFor(() =>
      expect(screen.getByTestId('customer-contact').textContent).toContain('mei@example.com'),
    );
    await waitFor(() =>
      expect(screen.getByTestId('customer-row-7').textContent).toContain('mei@example.com'),
    );
    expect(callsOf('customers/search')).toHaveLength(2);
  });

  it('merges a duplicate only after the supervisor confirms it', async () => {
    signInAs('supervisor');
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'customers/search': () => ({ rows: [meiling, duplicate], nextCursor: null }),
        'customers/history': () => ({ customer: meiling, history: HISTORY }),
        'customers/merge': () => ({
          keepId: 7,
          mergeId: 8,
          moved: { unitIds: [4], ticketIds: [12], warrantyAgreementIds: [], mergedCustomerIds: [] },
          kept: { ...meiling, version: 2 },
        }),
      }),
    );
    renderScreen(<CustomersView active />);
    await openMeiling();
    fireEvent.click(screen.getByTestId('customer-merge'));
    fireEvent.change(await screen.findByTestId('customer-merge-search'), {
      target: { value: '陳' },
    });
    // The customer kept is not offered as its own duplicate.
    fireEvent.click(await screen.findByTestId('customer-merge-candidate-8'));
    expect(screen.queryByTestId('customer-merge-candidate-7')).toBeNull();
    expect(callsOf('customers/merge')).toEqual([]);
    const confirm = screen.getByTestId('customer-merge-confirm');
    expect(confirm.textContent).toBe('Merge #8 陳美玲 (dup) into #7 陳美玲');
    fireEvent.click(confirm);
    await waitFor(() =>
      expect(callsOf('customers/merge')).toEqual([
        { keepId: 7, keepVersion: 1, mergeId: 8, mergeVersion: 2 },
      ]),
    );
  });

  it('says which customer a merged one went into', async () => {
    signInAs('supervisor');
    const merged = record(7, '陳美玲', {
      mergedInto: { id: 5, name: 'Chen Mei-ling', mergedAt: '2026-12-07T03:00:00.000Z' },
    });
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'customers/search': () => ({ rows: [merged], nextCursor: null }),
        'customers/history': () => ({
          customer: merged,
          history: { units: [], tickets: [], moreTickets: false, followUps: [], complaints: [] },
        }),
      }),
    );
    renderScreen(<CustomersView active />);
    const detail = await openMeiling();
    expect(within(detail).getByTestId('customer-merged').textContent).toContain(
      'Merged into #5 Chen Mei-ling',
    );
    expect(within(detail).queryByTestId('customer-edit')).toBeNull();
  });
});
