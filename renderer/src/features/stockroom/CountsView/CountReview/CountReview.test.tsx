import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../../bridge';
import { fakeInvoke } from '../../../../test/bridgeMock';
import { renderScreen } from '../../../../test/render';
import { countLine, review, reviewLine } from '../testFixtures';
import { CountReview } from './CountReview';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const hose = reviewLine(countLine(4, 'WM-HOSE-IN', { counted: 11 }), 12, 12000);
const seal = reviewLine(countLine(3, 'WM-DOOR-SEAL', { counted: 6 }), 6, 32000);

describe('CountReview', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
  });

  it('shows books beside shelves and posts only after confirming', async () => {
    const posted = review([hose, seal], {
      status: 'posted',
      postedBy: { id: 6, name: 'Chang Shu-fen' },
      postedAt: '2026-11-27T03:00:00.000Z',
    });
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'counts/review': () => review([hose, seal]),
        'counts/post': () => posted,
      }),
    );
    renderScreen(<CountReview countId={4} onBack={() => undefined} />);

    const row = await screen.findByTestId('count-review-line-WM-HOSE-IN');
    expect(within(row).getByTestId('expected').textContent).toBe('12');
    expect(within(row).getByTestId('counted').textContent).toBe('11');
    expect(row.textContent).toContain('−1');
    expect(row.textContent).toContain('120.00');
    expect(screen.getByTestId('count-total-shortage').textContent).toContain('−1');

    fireEvent.click(screen.getByTestId('count-post'));
    expect((await screen.findByTestId('count-post-summary')).textContent).toContain(
      '1 part has a variance',
    );
    expect(bridge.invoke).not.toHaveBeenCalledWith('counts/post', expect.anything());
    fireEvent.click(screen.getByTestId('count-post-confirm'));
    await screen.findByTestId('count-read-only');
    expect(bridge.invoke).toHaveBeenCalledWith('counts/post', { countId: 4, version: 5 });
    expect(screen.queryByTestId('count-post')).toBeNull();
  });

  it('will not post while a part is uncounted or entered twice', async () => {
    const flagged = reviewLine(countLine(5, 'WM-LOCK-01', { counted: 5, flagged: true }), 5);
    bridge.invoke.mockImplementation(
      fakeInvoke({ 'counts/review': () => review([flagged, seal]) }),
    );
    renderScreen(<CountReview countId={4} onBack={() => undefined} />);
    expect((await screen.findByTestId('count-not-ready')).textContent).toContain('1 entered twice');
    await waitFor(() =>
      expect((screen.getByTestId('count-post') as HTMLButtonElement).disabled).toBe(true),
    );
  });
});
