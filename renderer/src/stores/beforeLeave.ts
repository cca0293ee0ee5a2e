// Work a screen must finish before the workbench goes away (issue 11, item 4): the lock, a
// staff switch and signing out unmount every screen, and after the lock the core refuses any
// write, so a form with unsaved draft changes saves them here first.

type Flush = () => Promise<void>;

const flushes = new Set<Flush>();

/**
 * The lock waits this long at most: a workstation must lock even when the core is slow or
 * unreachable. A draft is saved while the person types, so at most the last pause is lost.
 */
const MAX_WAIT_MS = 2000;

/** Registers a flush to run before the workbench is left; returns its removal. */
export function onBeforeLeave(flush: Flush): () => void {
  flushes.add(flush);
  return () => {
    flushes.delete(flush);
  };
}

/** Runs every registered flush (their failures are the screens' own business). */
export async function beforeLeave(): Promise<void> {
  if (flushes.size === 0) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cap = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, MAX_WAIT_MS);
  });
  await Promise.race([Promise.allSettled([...flushes].map((flush) => flush())), cap]);
  clearTimeout(timer);
}
