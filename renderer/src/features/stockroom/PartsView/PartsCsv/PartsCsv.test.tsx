import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportPreview } from '../../../../../../main/stock/csvHandlers';
import type * as Bridge from '../../../../bridge';
import { usePrefs } from '../../../../stores/prefs';
import { coreError, fakeInvoke } from '../../../../test/bridgeMock';
import { renderScreen } from '../../../../test/render';
import { signInAs } from '../../partsTestFixtures';
import { exportFileName } from './csvFile';
import { PartsCsv } from './PartsCsv';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const calls = (channel: string) =>
  bridge.invoke.mock.calls.filter(([c]) => c === channel).map(([, input]) => input);

const CSV = 'part_no,name_en\nPMP-1,Pump\n';

const preview: ImportPreview = {
  digest: 'a'.repeat(64),
  total: 2503,
  create: 1500,
  update: 900,
  unchanged: 100,
  valid: 2500,
  rejected: [
    {
      line: 7,
      partNo: 'PMP-7',
      errors: ['max_stock: Maximum stock may not be below the safety stock'],
    },
    { line: 9, partNo: '', errors: ['part_no: Part number is required'] },
  ],
  rejectedCount: 3,
  changes: [
    { line: 2, partNo: 'PMP-1', action: 'create', fields: { name_en: { from: null, to: 'Pump' } } },
    { line: 3, partNo: 'PMP-2', action: 'update', fields: { bin: { from: 'A-01', to: 'B-02' } } },
  ],
  changeCount: 2400,
  unknownColumns: [],
};

function pickFile(container: HTMLElement, text = CSV) {
  const input = container.querySelector('input[type=file]') as HTMLInputElement;
  const file = new File([text], 'parts.csv', { type: 'text/csv' });
  fireEvent.change(input, { target: { files: [file] } });
}

describe('PartsCsv', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    signInAs('stockroom_keeper');
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('downloads the export as parts-YYYYMMDD.csv', async () => {
    expect(exportFileName(new Date(2026, 2, 14, 9))).toBe('parts-20260314.csv');
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:parts';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    bridge.invoke.mockImplementation(
      fakeInvoke({ 'parts/export': () => ({ csv: '\uFEFFpart_no\r\nPMP-1\r\n', rows: 1 }) }),
    );
    renderScreen(<PartsCsv active />);
    fireEvent.click(screen.getByTestId('parts-export'));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0].download).toBe(exportFileName());
    expect(clicked[0].href).toBe('blob:parts');
    expect(await blobs[0].text()).toBe('\uFEFFpart_no\r\nPMP-1\r\n');
  });

  it('previews the file, then applies it in slices of 1000 with the progress shown', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'parts/importPreview': () => preview,
        'parts/import': ({ from = 0 }) => {
          const end = Math.min(2500, from + 1000);
          return {
            applied: end - from,
            created: from === 0 ? 1000 : 0,
            updated: from === 0 ? 0 : end - from - (end === 2500 ? 100 : 0),
            unchanged: end === 2500 ? 100 : 0,
            rejected:
              end === 2500 ? [{ line: 40, partNo: 'PMP-40', errors: ['changed since'] }] : [],
            done: end === 2500,
            next: end === 2500 ? null : end,
          };
        },
      }),
    );
    const { container } = renderScreen(<PartsCsv active />);
    pickFile(container);

    const modal = await screen.findByTestId('import-modal');
    await waitFor(() => expect(modal.getAttribute('data-stage')).toBe('preview'));
    expect(calls('parts/importPreview')).toEqual([{ csv: CSV }]);
    expect(screen.getByTestId('import-count-create').textContent).toBe('1,500');
    expect(screen.getByTestId('import-count-update').textContent).toBe('900');
    expect(screen.getByTestId('import-count-rejected').textContent).toBe('3');
    expect(screen.getByTestId('import-change-3').textContent).toContain('bin: A-01 → B-02');
    const rejected = screen.getByTestId('import-rejected-7');
    expect(rejected.textContent).toContain('PMP-7');
    expect(rejected.textContent).toContain('Maximum stock may not be below the safety stock');
    expect(within(modal).getByText('Rejected rows, not imported (first 2 of 3)')).toBeTruthy();

    fireEvent.click(screen.getByTestId('import-confirm'));
    await screen.findByTestId('import-done');
    const digest = preview.digest;
    expect(calls('parts/import')).toEqual([
      { csv: CSV, digest, from: 0, count: 1000 },
      { csv: CSV, digest, from: 1000, count: 1000 },
      { csv: CSV, digest, from: 2000, count: 1000 },
    ]);
    expect(screen.getByTestId('import-progress-text').textContent).toBe(
      '2,500 of 2,500 rows applied',
    );
    expect(screen.getByTestId('import-created').textContent).toBe('1,000');
    expect(screen.getByTestId('import-skipped').textContent).toBe('1');

    fireEvent.click(screen.getByTestId('import-close'));
  });

  it('says clearly when the file no longer matches its preview', async () => {
    usePrefs.setState({ language: 'zh-TW' });
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'parts/importPreview': () => preview,
        'parts/import': () => {
          throw coreError(
            'CONFLICT',
            'The file changed since the preview; preview it again before importing.',
            { field: 'digest' },
          );
        },
      }),
    );
    const { container } = renderScreen(<PartsCsv active />);
    pickFile(container);
    fireEvent.click(await screen.findByTestId('import-confirm'));
    const stopped = await screen.findByTestId('import-stopped');
    expect(stopped.textContent).toContain('檔案已非預覽時的檔案，請重新預覽後再匯入。');
    fireEvent.click(screen.getByTestId('import-preview-again'));
    await waitFor(() => expect(calls('parts/importPreview')).toHaveLength(2));
  });

  it('keeps what was applied when a slice fails, and resumes from there', async () => {
    let failOnce = true;
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'parts/importPreview': () => preview,
        'parts/import': ({ from = 0 }) => {
          if (from === 1000 && failOnce) {
            failOnce = false;
            throw coreError('TRANSPORT', 'The depot cannot be reached');
          }
          const end = Math.min(2500, from + 1000);
          return {
            applied: end - from,
            created: end - from,
            updated: 0,
            unchanged: 0,
            rejected: [],
            done: end === 2500,
            next: end === 2500 ? null : end,
          };
        },
      }),
    );
    const { container } = renderScreen(<PartsCsv active />);
    pickFile(container);
    fireEvent.click(await screen.findByTestId('import-confirm'));
    expect((await screen.findByTestId('import-stopped')).textContent).toContain(
      'The depot cannot be reached',
    );
    expect(screen.getByTestId('import-progress-text').textContent).toBe(
      '1,000 of 2,500 rows applied',
    );
    fireEvent.click(screen.getByTestId('import-resume'));
    await screen.findByTestId('import-done');
    expect(calls('parts/import').map((c) => (c as { from: number }).from)).toEqual([
      0, 1000, 1000, 2000,
    ]);
    expect(screen.getByTestId('import-created').textContent).toBe('2,500');
  });

  it('shows why a file cannot be imported at all', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'parts/importPreview': () => {
          throw coreError(
            'VALIDATION',
            'The header row (line 1) is not usable: missing column(s) name_zh.',
          );
        },
      }),
    );
    const { container } = renderScreen(<PartsCsv active />);
    pickFile(container);
    expect((await screen.findByTestId('import-refused')).textContent).toContain(
      'missing column(s) name_zh',
    );
  });
});
