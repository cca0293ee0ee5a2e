import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../bridge';
import { usePrefs } from '../../../stores/prefs';
import { coreError, fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { byNumberIn, part, signInAs } from '../partsTestFixtures';
import { ReceivingView } from './ReceivingView';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const calls = (channel: string) =>
  bridge.invoke.mock.calls.filter(([c]) => c === channel).map(([, input]) => input);

const catalogue = [part(1), part(2, { active: false })];

function core(overrides: Parameters<typeof fakeInvoke>[0] = {}) {
  return fakeInvoke({
    'parts/byNumber': byNumberIn(catalogue),
    'stock/receive': ({ lines }) => ({
      receiptId: 12,
      lines: lines.map((l, i) => ({
        lineNo: i + 1,
        partId: l.partId,
        accepted: l.accepted,
        rejected: l.rejected,
        moveId: 30 + i,
        onHand: 5 + l.accepted,
        avgCost: 120_000,
      })),
    }),
    ...overrides,
  });
}

async function scan(partNo: string) {
  const field = screen.getByTestId('receiving-scan');
  fireEvent.change(field, { target: { value: partNo } });
  fireEvent.keyDown(field, { key: 'Enter' });
}

function header() {
  fireEvent.change(screen.getByTestId('receiving-supplier'), { target: { value: 'Acme Parts' } });
  fireEvent.change(screen.getByTestId('receiving-reference'), { target: { value: 'DN-5531' } });
}

const lineOf = (partNo: string) => screen.getByTestId(`receipt-line-${partNo}`);
const input = (partNo: string, testId: string) =>
  within(lineOf(partNo)).getByTestId(testId) as HTMLInputElement;

describe('ReceivingView', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    signInAs('stockroom_keeper');
  });

  it('adds a scanned part as a line, counts a second scan, and keeps accepted = received − rejected', async () => {
    bridge.invoke.mockImplementation(core());
    renderScreen(<ReceivingView active />);
    await scan('pmp-00001');
    await screen.findByTestId('receipt-line-PMP-00001');
    expect(input('PMP-00001', 'line-unit-cost').value).toBe('1,250');
    await scan('PMP-00001');
    await waitFor(() => expect(input('PMP-00001', 'line-received').value).toBe('2'));

    fireEvent.change(input('PMP-00001', 'line-received'), { target: { value: '10' } });
    fireEvent.change(input('PMP-00001', 'line-rejected'), { target: { value: '3' } });
    expect(input('PMP-00001', 'line-accepted').value).toBe('7');
    fireEvent.change(input('PMP-00001', 'line-accepted'), { target: { value: '9' } });
    expect(input('PMP-00001', 'line-rejected').value).toBe('1');
  });

  it('refuses an unknown or inactive part at the scan', async () => {
    bridge.invoke.mockImplementation(core());
    renderScreen(<ReceivingView active />);
    await scan('XX-1');
    expect(await screen.findByText('No part numbered XX-1')).toBeTruthy();
    await scan('PMP-00002');
    expect(
      await screen.findByText('Part PMP-00002 is inactive and cannot be received'),
    ).toBeTruthy();
    expect(screen.queryByTestId('receiving-lines')).toBeNull();
  });

  it('asks for the reason of a rejection before sending, in Chinese for a Chinese UI', async () => {
    usePrefs.setState({ language: 'zh-TW' });
    bridge.invoke.mockImplementation(core());
    renderScreen(<ReceivingView active />);
    header();
    await scan('PMP-00001');
    await screen.findByTestId('receipt-line-PMP-00001');
    fireEvent.change(input('PMP-00001', 'line-received'), { target: { value: '4' } });
    fireEvent.change(input('PMP-00001', 'line-rejected'), { target: { value: '1' } });
    fireEvent.click(screen.getByTestId('receiving-submit'));
    expect(await screen.findByText('請說明拒收原因（政策 5.1）')).toBeTruthy();
    expect(calls('stock/receive')).toEqual([]);
  });

  it('posts the receipt in minor units and shows the new on-hand per line', async () => {
    bridge.invoke.mockImplementation(core());
    renderScreen(<ReceivingView active />);
    header();
    await scan('PMP-00001');
    await screen.findByTestId('receipt-line-PMP-00001');
    fireEvent.change(input('PMP-00001', 'line-received'), { target: { value: '6' } });
    fireEvent.change(input('PMP-00001', 'line-rejected'), { target: { value: '2' } });
    fireEvent.change(input('PMP-00001', 'line-reject-reason'), {
      target: { value: 'Cracked housing' },
    });
    fireEvent.change(input('PMP-00001', 'line-unit-cost'), { target: { value: '1190.5' } });
    fireEvent.keyDown(document.documentElement, { key: 'Enter', ctrlKey: true });

    const done = await screen.findByTestId('receiving-success');
    expect(calls('stock/receive')).toEqual([
      {
        supplier: 'Acme Parts',
        reference: 'DN-5531',
        lines: [
          {
            partId: 1,
            received: 6,
            accepted: 4,
            rejected: 2,
            rejectReason: 'Cracked housing',
            unitCost: 119_050,
          },
        ],
      },
    ]);
    expect(within(done).getByTestId('receipt-result-PMP-00001').textContent).toContain('9');

    fireEvent.click(screen.getByTestId('receiving-new'));
    expect((await screen.findByTestId('receiving-empty')).textContent).toContain('No lines yet');
  });

  it('puts the core’s error on the line it names', async () => {
    bridge.invoke.mockImplementation(
      core({
        'stock/receive': () => {
          throw coreError('VALIDATION', 'Invalid input', {
            issues: [{ field: 'lines.0.unitCost', message: 'Unit cost is at most 100000000' }],
          });
        },
      }),
    );
    renderScreen(<ReceivingView active />);
    header();
    await scan('PMP-00001');
    await screen.findByTestId('receipt-line-PMP-00001');
    fireEvent.click(screen.getByTestId('receiving-submit'));
    expect(
      await within(lineOf('PMP-00001')).findByText('Unit cost is at most 100000000'),
    ).toBeTruthy();
    expect(input('PMP-00001', 'line-unit-cost').getAttribute('aria-invalid')).toBe('true');
  });

  it('tells staff who cannot receive that the keepers do', () => {
    signInAs('technician');
    renderScreen(<ReceivingView active />);
    expect(screen.getByTestId('stockroom-receiving').textContent).toContain(
      'Deliveries are received by stockroom keepers and supervisors.',
    );
  });
});
