import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PartHit } from '../../../../../main/stock/partSearch';
import type * as Bridge from '../../../bridge';
import { fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { part, signInAs } from '../partsTestFixtures';
import { PartPicker } from './PartPicker';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const led: PartHit = { ...part(1), partNo: 'LED-55', nameEn: 'LED backlight strip', fits: true };
const ledDriver: PartHit = { ...part(2), partNo: 'PSU-LED', nameEn: 'LED driver', fits: false };

/** The core's parts/search over two LED parts: the one that fits the ticket first. */
const core = () =>
  fakeInvoke({
    'parts/search': ({ q }) => ((q ?? '').toLowerCase().includes('led') ? [led, ledDriver] : []),
  });

function Picker({ onPick, onKeyDown }: { onPick: (p: PartHit) => void; onKeyDown?: () => void }) {
  const [value, setValue] = useState('');
  return (
    <PartPicker
      ticketId={12}
      label="Part"
      value={value}
      onChange={(e) => setValue(e.currentTarget.value)}
      onPick={onPick}
      onKeyDown={(e) => e.key === 'Enter' && onKeyDown?.()}
      data-testid="picker"
    />
  );
}

describe('PartPicker', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    signInAs('technician');
  });

  it('typing "LED" lists the LED parts, those that fit the ticket first and marked', async () => {
    bridge.invoke.mockImplementation(core());
    renderScreen(<Picker onPick={() => undefined} />);
    fireEvent.change(screen.getByTestId('picker'), { target: { value: 'LED' } });
    await screen.findByTestId('part-option-LED-55');
    expect(screen.getByTestId('part-option-PSU-LED')).toBeTruthy();
    expect(screen.getByTestId('part-fits-LED-55')).toBeTruthy();
    expect(screen.queryByTestId('part-fits-PSU-LED')).toBeNull();
    expect(bridge.invoke).toHaveBeenCalledWith('parts/search', {
      q: 'LED',
      limit: 20,
      ticketId: 12,
    });
  });

  it('Enter takes the top hit; a click takes the one clicked', async () => {
    bridge.invoke.mockImplementation(core());
    const onPick = vi.fn();
    const onKeyDown = vi.fn();
    renderScreen(<Picker onPick={onPick} onKeyDown={onKeyDown} />);
    const field = screen.getByTestId('picker');
    fireEvent.change(field, { target: { value: 'led' } });
    await screen.findByTestId('part-option-LED-55');
    await waitFor(() =>
      expect(screen.getByTestId('part-option-LED-55').hasAttribute('data-combobox-selected')).toBe(
        true,
      ),
    );
    fireEvent.keyDown(field, { key: 'Enter', code: 'Enter' });
    expect(onPick).toHaveBeenCalledWith(led);
    // The list took that Enter: the screen's own number lookup did not run as well.
    expect(onKeyDown).not.toHaveBeenCalled();

    fireEvent.change(field, { target: { value: 'led d' } });
    fireEvent.click(await screen.findByTestId('part-option-PSU-LED'));
    expect(onPick).toHaveBeenLastCalledWith(ledDriver);
  });

  it("a scan's Enter, before any list, goes to the screen's exact number lookup", () => {
    bridge.invoke.mockImplementation(core());
    const onPick = vi.fn();
    const onKeyDown = vi.fn();
    renderScreen(<Picker onPick={onPick} onKeyDown={onKeyDown} />);
    const field = screen.getByTestId('picker');
    fireEvent.change(field, { target: { value: 'PMP-00001' } });
    fireEvent.keyDown(field, { key: 'Enter', code: 'Enter' });
    expect(onKeyDown).toHaveBeenCalledTimes(1);
    expect(onPick).not.toHaveBeenCalled();
  });
});
