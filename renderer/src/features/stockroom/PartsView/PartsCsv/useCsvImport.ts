import { useRef, useState } from 'react';
import type { ImportPreview } from '../../../../../../main/stock/csvHandlers';
import { asClientError, invoke } from '../../../../bridge';

type RejectedRow = ImportPreview['rejected'][number];

/** Rows per `parts/import` call: one transaction each, so the bar moves and a failure costs little. */
export const CHUNK = 1000;

export type Applied = {
  /** Valid rows handled so far (the next slice starts here). */
  from: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Rows refused against the catalogue as it was when their slice was applied. */
  rejected: RejectedRow[];
};

export type ImportStage =
  | { kind: 'idle' }
  | { kind: 'previewing'; fileName: string }
  /** The file cannot be imported at all (no usable header, too large). */
  | { kind: 'refused'; fileName: string; message: string }
  | { kind: 'preview'; fileName: string; csv: string; preview: ImportPreview }
  | { kind: 'applying'; fileName: string; csv: string; preview: ImportPreview; applied: Applied }
  /** Stopped by an error; what was applied stays applied and the rest can be resumed. */
  | {
      kind: 'stopped';
      fileName: string;
      csv: string;
      preview: ImportPreview;
      applied: Applied;
      message: string;
      /** The digest no longer matches: the preview must be made again. */
      stale: boolean;
    }
  | { kind: 'done'; fileName: string; preview: ImportPreview; applied: Applied };

const NOTHING: Applied = { from: 0, created: 0, updated: 0, unchanged: 0, rejected: [] };

/**
 * A parts CSV import in two steps (issue 4, item 1): the preview (counts, changes, rejected
 * rows; nothing changes), then, confirmed, the valid rows applied in slices of CHUNK with the
 * preview's digest, so a 100,000-row file shows its progress and can resume after a failure.
 */
export function useCsvImport() {
  const [stage, setStage] = useState<ImportStage>({ kind: 'idle' });
  const busy = useRef(false);

  async function preview(fileName: string, csv: string) {
    setStage({ kind: 'previewing', fileName });
    try {
      const result = await invoke('parts/importPreview', { csv });
      setStage({ kind: 'preview', fileName, csv, preview: result });
    } catch (error) {
      setStage({ kind: 'refused', fileName, message: asClientError(error).message });
    }
  }

  async function apply(
    from: { fileName: string; csv: string; preview: ImportPreview },
    start: Applied = NOTHING,
  ) {
    if (busy.current) return;
    // Only the file and its preview: `from` is a stage, whose kind must not come along.
    const base = { fileName: from.fileName, csv: from.csv, preview: from.preview };
    busy.current = true;
    let applied = start;
    setStage({ kind: 'applying', ...base, applied });
    try {
      for (;;) {
        const slice = await invoke('parts/import', {
          csv: base.csv,
          digest: base.preview.digest,
          from: applied.from,
          count: CHUNK,
        });
        applied = {
          from: slice.next ?? base.preview.valid,
          created: applied.created + slice.created,
          updated: applied.updated + slice.updated,
          unchanged: applied.unchanged + slice.unchanged,
          rejected: [...applied.rejected, ...slice.rejected],
        };
        if (slice.done || slice.next === null) break;
        setStage({ kind: 'applying', ...base, applied });
      }
      setStage({ kind: 'done', fileName: base.fileName, preview: base.preview, applied });
    } catch (error) {
      const e = asClientError(error);
      const stale = e.code === 'CONFLICT' && e.field === 'digest';
      setStage({ kind: 'stopped', ...base, applied, message: e.message, stale });
    } finally {
      busy.current = false;
    }
  }

  return {
    stage,
    preview: (fileName: string, csv: string) => void preview(fileName, csv),
    refuse: (fileName: string, message: string) => setStage({ kind: 'refused', fileName, message }),
    confirm: () => {
      if (stage.kind === 'preview') void apply(stage);
    },
    resume: () => {
      if (stage.kind === 'stopped' && !stage.stale) void apply(stage, stage.applied);
    },
    previewAgain: () => {
      if (stage.kind === 'stopped') void preview(stage.fileName, stage.csv);
    },
    reset: () => setStage({ kind: 'idle' }),
  };
}
