import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';

/** null: closed; { row: null }: adding a new record; { row }: editing that record. */
export type Editing<T> = { row: T | null } | null;

export function EditModal<T>({
  editing,
  title,
  onClose,
  children,
}: {
  editing: Editing<T>;
  title: string;
  onClose: () => void;
  children: (row: T | null) => ReactNode;
}) {
  return (
    <Modal opened={editing !== null} onClose={onClose} title={title} size="lg">
      {editing && children(editing.row)}
    </Modal>
  );
}
