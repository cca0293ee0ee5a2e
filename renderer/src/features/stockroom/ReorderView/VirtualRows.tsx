import { Box, Paper } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import classes from './ReorderView.module.css';

const ROW_HEIGHT = 38;

/**
 * A list whose rows share the header's grid, with only the rows on screen in the page: in a
 * catalogue of 100,000 parts the reorder and overstock lists run to tens of thousands.
 */
export function VirtualRows<T>({
  rows,
  header,
  renderRow,
  rowKey,
  empty,
  label,
  testId,
  resetKey,
}: {
  rows: readonly T[];
  header: ReactNode;
  renderRow: (row: T) => ReactNode;
  rowKey: (row: T) => number;
  /** Shown instead of the rows when there are none. */
  empty: ReactNode;
  label: string;
  testId: string;
  /** Changes when the list is asked for another window: back to its top. */
  resetKey: number | undefined;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [resetKey]);
  // The app is not built with the React Compiler; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rowKey(rows[index]),
    overscan: 12,
    // Before the first measurement (and in tests) assume a screenful.
    initialRect: { width: 1200, height: 600 },
  });

  return (
    <Paper withBorder radius="md" className={classes.table} role="table" aria-label={label}>
      <div className={classes.inner}>
        {header}
        <div ref={scrollRef} className={classes.scroll} role="rowgroup" data-testid={testId}>
          {rows.length === 0 ? (
            empty
          ) : (
            <Box style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((item) => (
                <div
                  key={item.key}
                  className={classes.slot}
                  style={{ transform: `translateY(${item.start}px)`, height: item.size }}
                >
                  {renderRow(rows[item.index])}
                </div>
              ))}
            </Box>
          )}
        </div>
      </div>
    </Paper>
  );
}
