import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../../bridge';
import { fakeInvoke } from '../../../../test/bridgeMock';
import { renderScreen } from '../../../../test/render';
import { signInAs } from '../../partsTestFixtures';
import { blindCount, countLine } from '../testFixtures';
import { CountSheet } from './CountSheet';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const seal = countLine(3, 'WM-DOOR-SEAL');
const lock = countLine(5, 'WM-LOCK-01', { counted: 5, countedBy: 'Kuo', flagged: true });

function sheet() {
  return renderScreen(
    <CountSheet
      data={blindCount([seal, lock])}
      active
      canReview={false}
      onReview={() => undefined}
    />,
  );
}

describe('CountSheet', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    signInAs('stockroom_keeper');
  });

  it('is blind: it shows parts and counts, never the quantity on the books', async () => {
    sheet();
    const table = await screen.findByTestId('count-lines');
    expect(table.textContent).not.toMatch(/on the books|expected|variance/i);
    expect(screen.getByTestId('count-line-WM-DOOR-SEAL').textContent).toContain('not yet');
    expect(screen.getByTestId('count-progress').textContent).toBe('1 of 2 parts counted');
  });

  it('records a part number, then its quantity, with Enter after each', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'counts/record': (input) => ({
          status: 'counted',
          countId: 4,
          partId: 3,
          partNo: input.partNo,
          counted: input.quantity,
          flagged: false,
        }),
      }),
    );
    sheet();
    const part = screen.getByTestId('count-part');
    fireEvent.change(part, { target: { value: 'nope-9' } });
    fireEvent.keyDown(part, { key: 'Enter' });
    expect(await screen.findByText('Part NOPE-9 is not in this count')).toBeTruthy();

    fireEvent.change(part, { target: { value: 'wm-door-seal' } });
    fireEvent.keyDown(part, { key: 'Enter' });
    const quantity = screen.getByTestId('count-quantity');
    await waitFor(() => expect(document.activeElement).toBe(quantity));
    fireEvent.change(quantity, { target: { value: '6' } });
    fireEvent.keyDown(quantity, { key: 'Enter' });

    expect((await screen.findByTestId('count-last')).textContent).toBe('WM-DOOR-SEAL: 6 recorded');
    expect(bridge.invoke).toHaveBeenCalledWith('counts/record', {
      countId: 4,
      partNo: 'WM-DOOR-SEAL',
      quantity: 6,
      source: 'typed',
    });
    await waitFor(() => expect(document.activeElement).toBe(part));
  });

  it('marks a part entered twice and resolves it with a recount', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'counts/resolve': (input) => ({
          status: 'counted',
          countId: 4,
          partId: input.partId,
          partNo: 'WM-LOCK-01',
          counted: input.quantity,
          flagged: false,
        }),
      }),
    );
    sheet();
    const row = screen.getByTestId('count-line-WM-LOCK-01');
    expect(row.getAttribute('data-flagged')).toBe('true');
    expect(row.textContent).toContain('Entered twice');
    fireEvent.click(screen.getByTestId('count-resolve-WM-LOCK-01'));
    fireEvent.change(await screen.findByTestId('count-resolve-quantity'), {
      target: { value: '4' },
    });
    fireEvent.click(screen.getByTestId('count-resolve-confirm'));
    await waitFor(() =>
      expect(bridge.invoke).toHaveBeenCalledWith('counts/resolve', {
        countId: 4,
        partId: 5,
        quantity: 4,
      }),
    );
  });

  it('offers no entry to a reader who does not count, or once the count is posted', () => {
    signInAs('technician');
    const { unmount } = sheet();
    expect(screen.queryByTestId('count-part')).toBeNull();
    unmount();
    signInAs('stockroom_keeper');
    renderScreen(
      <CountSheet
        data={blindCount([seal, lock], { status: 'posted' })}
        active
        canReview={false}
        onReview={() => undefined}
      />,
    );
    expect(screen.queryByTestId('count-part')).toBeNull();
  });
});
