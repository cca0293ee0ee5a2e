import type { ReactNode } from 'react';
import classes from './ManageList.module.css';

/** One row of a worklist: a keyboard stop that opens on click or Enter (or Space). */
export function ListRow({
  selected,
  overdue,
  onOpen,
  testId,
  children,
}: {
  selected: boolean;
  overdue: boolean;
  onOpen: () => void;
  testId: string;
  children: ReactNode;
}) {
  return (
    <div
      className={classes.row}
      role="row"
      tabIndex={0}
      aria-selected={selected}
      data-overdue={overdue}
      onClick={onOpen}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onOpen();
        }
      }}
      data-testid={testId}
    >
      {children}
    </div>
  );
}
