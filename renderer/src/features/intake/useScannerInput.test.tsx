import { fireEvent, render } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useScannerInput, type ScanEnter } from './useScannerInput';

function Field({ onEnter, clock }: { onEnter: (s: ScanEnter) => void; clock: { t: number } }) {
  const [value, setValue] = useState('');
  const { onKeyDown } = useScannerInput({ onEnter, timeOf: () => clock.t });
  return (
    <input
      data-testid="field"
      value={value}
      onChange={(e) => setValue(e.currentTarget.value)}
      onKeyDown={onKeyDown}
    />
  );
}

/** Keys as a keyboard sends them: keydown, then the text grows. */
function typeKeys(input: HTMLInputElement, clock: { t: number }, text: string, gapMs: number) {
  for (const key of text) {
    clock.t += gapMs;
    fireEvent.keyDown(input, { key });
    fireEvent.change(input, { target: { value: input.value + key } });
  }
}

function setup() {
  const clock = { t: 1000 };
  const onEnter = vi.fn();
  const { getByTestId } = render(<Field onEnter={onEnter} clock={clock} />);
  return { clock, onEnter, input: getByTestId('field') as HTMLInputElement };
}

describe('useScannerInput', () => {
  it('reads a fast burst ending in Enter as a scan', () => {
    const { clock, onEnter, input } = setup();
    typeKeys(input, clock, 'WM80-2025', 8);
    clock.t += 8;
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onEnter).toHaveBeenCalledWith({ scanned: true });
  });

  it('treats Enter after typing as a look-up that is not a scan', () => {
    const { clock, onEnter, input } = setup();
    typeKeys(input, clock, 'TV55Q-001', 120);
    clock.t += 300;
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onEnter).toHaveBeenCalledWith({ scanned: false });
  });

  it('still looks up the whole field when one key of a burst came late', () => {
    const { clock, onEnter, input } = setup();
    typeKeys(input, clock, 'WM80-202', 6);
    clock.t += 80; // the page was busy for a moment
    typeKeys(input, clock, '5-00017', 6);
    clock.t += 6;
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onEnter).toHaveBeenCalledWith({ scanned: false });
    expect(input.value).toBe('WM80-2025-00017');
  });

  it('leaves Ctrl+Enter to the form', () => {
    const { onEnter, input } = setup();
    fireEvent.keyDown(input, { key: 'Enter', ctrlKey: true });
    expect(onEnter).not.toHaveBeenCalled();
  });
});
