import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../bridge';
import { coreError, fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { partDetail, signInAs } from '../partsTestFixtures';
import { NewPartModal } from './NewPartModal';
import { usePartDrawer } from './partDrawer';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const calls = (channel: string) =>
  bridge.invoke.mock.calls.filter(([c]) => c === channel).map(([, input]) => input);

function type(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
}

function fillPart() {
  type('part-partNo', 'cmp-9000');
  type('part-category', 'COMPRESSOR');
  type('part-nameEn', 'Compressor');
  type('part-nameZh', '壓縮機');
  type('part-unitCost', '8800.5');
  type('part-safetyStock', '1');
  type('part-maxStock', '4');
}

describe('NewPartModal', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    signInAs('stockroom_keeper');
  });

  it('creates a critical part with its quotas and supplier, costs in minor units, then opens it', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({ 'parts/create': () => partDetail(42, { partNo: 'CMP-9000' }) }),
    );
    const onClose = vi.fn();
    renderScreen(<NewPartModal opened onClose={onClose} />);
    fillPart();
    fireEvent.click(screen.getByTestId('part-critical'));
    fireEvent.click(screen.getByTestId('part-save'));
    // Policy 5.3: a critical part is not created without both quotas.
    expect(
      await screen.findAllByText('A critical part needs this quota (policy 5.3)'),
    ).toHaveLength(2);
    expect(calls('parts/create')).toEqual([]);

    type('part-quotaPerLine', '1');
    type('part-quotaPerTicket', '2');
    fireEvent.click(screen.getByTestId('supplier-add'));
    type('supplier-0-name', 'Acme Parts');
    type('supplier-0-lead', '10');
    fireEvent.click(screen.getByTestId('part-save'));
    await waitFor(() =>
      expect(calls('parts/create')).toEqual([
        {
          partNo: 'CMP-9000',
          nameEn: 'Compressor',
          nameZh: '壓縮機',
          category: 'COMPRESSOR',
          unit: 'pcs',
          bin: null,
          unitCost: 880_050,
          safetyStock: 1,
          maxStock: 4,
          critical: true,
          quotaPerLine: 1,
          quotaPerTicket: 2,
          suppliers: [
            { supplier: 'Acme Parts', supplierPartNo: null, leadTimeDays: 10, preferred: true },
          ],
        },
      ]),
    );
    expect(onClose).toHaveBeenCalled();
    expect(usePartDrawer.getState().partId).toBe(42);
  });

  it('shows a part number already in use on the part number', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'parts/create': () => {
          throw coreError('CONFLICT', 'partNo: Part number CMP-9000 is already used', {
            field: 'partNo',
            issues: [{ field: 'partNo', message: 'Part number CMP-9000 is already used' }],
          });
        },
      }),
    );
    renderScreen(<NewPartModal opened onClose={vi.fn()} />);
    fillPart();
    fireEvent.click(screen.getByTestId('part-save'));
    expect(await screen.findByText('Part number CMP-9000 is already used')).toBeTruthy();
    expect(screen.getByTestId('part-partNo').getAttribute('aria-invalid')).toBe('true');
  });
});
