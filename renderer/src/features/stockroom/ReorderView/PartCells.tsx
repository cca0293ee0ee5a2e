import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { partNames } from '../partsFormat';
import classes from './ReorderView.module.css';

/** A part's number (opening the part) and its names, the reader's language first. */
export function PartCells({
  part,
  onOpen,
}: {
  part: { partId: number; partNo: string; nameEn: string; nameZh: string; bin: string | null };
  onOpen: (partId: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const [first, second] = partNames(part, i18n.language);
  return (
    <>
      <Anchor
        component="button"
        type="button"
        className={classes.mono}
        ta="left"
        onClick={() => onOpen(part.partId)}
        aria-label={t('stockroom.reorder.openPart', { partNo: part.partNo })}
        data-testid="reorder-open-part"
      >
        {part.partNo}
      </Anchor>
      <span className={classes.cell} title={`${first} · ${second}`}>
        {first}
        <span className={classes.second}>{second}</span>
      </span>
      <span className={classes.mono}>{part.bin ?? ''}</span>
    </>
  );
}
