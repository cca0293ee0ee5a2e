import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WarrantyAgreement } from '../../../../../main/agreements/agreementRepo';
import type { ProductType } from '../../../../../main/intake/catalogueRepo';
import type * as Bridge from '../../../bridge';
import { fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { CatalogueTab } from './CatalogueTab';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const callsOf = (channel: string) =>
  bridge.invoke.mock.calls.filter(([c]) => c === channel).map(([, input]) => input as unknown);

const washers: ProductType = {
  id: 2,
  code: 'WM',
  nameEn: 'Washing machine',
  nameZh: '洗衣機',
  warrantyMonths: 12,
  emergency: false,
  turnaroundWorkingDays: null,
  active: true,
  version: 3,
};

const ag7: WarrantyAgreement = {
  id: 5,
  referenceNo: 'AG-7',
  customerId: 11,
  customerName: '大同電器行',
  scope: { kind: 'all' },
  warrantyMonths: 36,
  validFrom: '2024-01-01',
  validTo: null,
  note: 'Dealer contract',
  active: true,
  endReason: null,
  endedAt: null,
  version: 1,
};

const type = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });

describe('CatalogueTab (issue 10, item 7)', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
  });

  it("edits a product type's warranty period and sets its turnaround target", async () => {
    let months = 12;
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'catalogue/listTypes': () => [{ ...washers, warrantyMonths: months }],
        'checklist/items': () => ({ productTypeId: 2, source: 'default', items: [] }),
        'catalogue/updateType': (input) => {
          months = input.warrantyMonths ?? months;
          return { ...washers, warrantyMonths: months, version: 4 };
        },
        'appraisal/setTurnaround': (input) => ({
          typeId: input.typeId,
          workingDays: input.workingDays,
        }),
      }),
    );
    renderScreen(<CatalogueTab canEdit />);
    const row = await screen.findByTestId('catalogue-types-row-2');
    expect(within(row).getByText('12 months')).toBeTruthy();

    fireEvent.click(screen.getByTestId('catalogue-types-edit-2'));
    type(await screen.findByTestId('type-months'), '24');
    type(screen.getByTestId('type-turnaround'), '5');
    fireEvent.click(screen.getByTestId('type-save'));

    await waitFor(() =>
      expect(callsOf('catalogue/updateType')).toEqual([
        {
          id: 2,
          version: 3,
          nameEn: 'Washing machine',
          nameZh: '洗衣機',
          warrantyMonths: 24,
          emergency: false,
          active: true,
        },
      ]),
    );
    await waitFor(() =>
      expect(callsOf('appraisal/setTurnaround')).toEqual([{ typeId: 2, workingDays: 5 }]),
    );
    // The checklist was not touched, so it is not saved.
    expect(callsOf('checklist/saveItems')).toEqual([]);
    expect(await screen.findByText('24 months')).toBeTruthy();
  });

  it("records a customer's warranty agreement and ends it", async () => {
    let agreements: WarrantyAgreement[] = [];
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'catalogue/listTypes': () => [washers],
        'catalogue/listModels': () => [],
        'agreements/list': () => agreements,
        'customers/find': () => [
          {
            id: 11,
            kind: 'company',
            name: '大同電器行',
            phones: [{ phone: '02-2345-6789', normalised: '0223456789' }],
          } as never,
        ],
        'agreements/create': () => {
          agreements = [ag7];
          return ag7;
        },
        'agreements/end': (input) => {
          agreements = [{ ...ag7, validTo: input.lastDay, version: 2 }];
          return agreements[0];
        },
      }),
    );
    renderScreen(<CatalogueTab canEdit />);
    fireEvent.click(
      within(await screen.findByTestId('catalogue-sections')).getByText('Warranty agreements'),
    );
    expect(await screen.findByTestId('catalogue-agreements-empty')).toBeTruthy();

    fireEvent.click(screen.getByTestId('catalogue-add'));
    type(await screen.findByTestId('agreement-customer-query'), '02-2345-6789');
    fireEvent.click(screen.getByTestId('agreement-customer-find'));
    await waitFor(() => expect(callsOf('customers/find')).toEqual([{ phone: '02-2345-6789' }]));
    type(screen.getByTestId('agreement-reference'), 'AG-7');
    type(screen.getByTestId('agreement-months'), '36');
    type(screen.getByTestId('agreement-from'), '2024-01-01');
    type(screen.getByTestId('agreement-note'), 'Dealer contract');
    fireEvent.click(screen.getByTestId('agreement-save'));
    await waitFor(() =>
      expect(callsOf('agreements/create')).toEqual([
        {
          referenceNo: 'AG-7',
          customerId: 11,
          productTypeId: null,
          productModelId: null,
          warrantyMonths: 36,
          validFrom: '2024-01-01',
          validTo: null,
          note: 'Dealer contract',
        },
      ]),
    );
    const row = await screen.findByTestId('catalogue-agreements-row-5');
    expect(within(row).getByText('大同電器行')).toBeTruthy();
    expect(within(row).getByText('until ended')).toBeTruthy();

    fireEvent.click(within(row).getByText('End'));
    type(await screen.findByTestId('agreement-last-day'), '2026-12-31');
    type(screen.getByTestId('agreement-end-reason'), 'Contract not renewed');
    fireEvent.click(screen.getByTestId('agreement-end-save'));
    await waitFor(() =>
      expect(callsOf('agreements/end')).toEqual([
        { id: 5, version: 1, lastDay: '2026-12-31', reason: 'Contract not renewed' },
      ]),
    );
    expect(await screen.findByText('2026-12-31')).toBeTruthy();
  });

  it('shows the catalogue read-only to those who may not change it', async () => {
    bridge.invoke.mockImplementation(fakeInvoke({ 'catalogue/listTypes': () => [washers] }));
    renderScreen(<CatalogueTab canEdit={false} />);
    expect(await screen.findByTestId('catalogue-types-row-2')).toBeTruthy();
    expect(screen.getByTestId('catalogue-read-only')).toBeTruthy();
    expect(screen.queryByTestId('catalogue-add')).toBeNull();
    expect(screen.queryByTestId('catalogue-types-edit-2')).toBeNull();
  });
});
