import { useRef, type KeyboardEvent } from 'react';

/** What Enter in the field means: look the text up; `scanned` when a scanner typed all of it. */
export type ScanEnter = { scanned: boolean };

type Burst = { chars: string; last: number; fast: boolean };

/**
 * Tells a barcode scanner from a person in a text field. A scanner "types" a whole serial in a
 * burst of keystrokes a few milliseconds apart and ends it with Enter; people leave 60 ms or
 * more between keys. Enter always means "look up" (the scanner's Enter and the clerk's alike);
 * `scanned` only says how the text arrived, so a burst with one slow key still looks up the
 * whole field, never a piece of it. Times are the events' own (when the key was pressed), not
 * when a busy page got round to handling them.
 */
export function useScannerInput({
  onEnter,
  maxGapMs = 30,
  minLength = 4,
  timeOf = (event) => event.timeStamp,
}: {
  onEnter: (scan: ScanEnter) => void;
  maxGapMs?: number;
  minLength?: number;
  timeOf?: (event: KeyboardEvent<HTMLInputElement>) => number;
}): { onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void } {
  const burst = useRef<Burst>({ chars: '', last: 0, fast: false });

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    const at = timeOf(event);
    const b = burst.current;
    const gap = at - b.last;
    if (event.key === 'Enter') {
      // Ctrl+Enter submits the whole form; only a plain Enter looks the serial up.
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      const text = event.currentTarget.value.trim();
      const scanned =
        b.fast && b.chars.length >= minLength && gap <= maxGapMs && b.chars.trim() === text;
      burst.current = { chars: '', last: at, fast: false };
      onEnter({ scanned });
      return;
    }
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // A pause starts a new burst: the first key of a scan follows whatever came before.
      burst.current =
        b.chars === '' || gap > maxGapMs
          ? { chars: event.key, last: at, fast: true }
          : { chars: b.chars + event.key, last: at, fast: b.fast };
      return;
    }
    // Backspace, arrows, Tab: a person is editing.
    burst.current = { chars: '', last: at, fast: false };
  }

  return { onKeyDown };
}
