import { useForm } from '@mantine/form';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../bridge';
import type { WarrantyDecision } from '../../../../../main/intake/warranty';
import { usePrefs } from '../../../stores/prefs';
import { fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { checkedExclusions, initialValues, type IntakeValues } from '../IntakeForm/intakeModel';
import { useWarrantyPreview } from './useWarrantyPreview';
import { WarrantyPanel } from './WarrantyPanel';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const tampered: WarrantyDecision = {
  covered: false,
  status: 'not_covered',
  expiresOn: '2026-06-01',
  intakeDate: '2026-03-14',
  invoiceDate: '2025-06-01',
  reasons: [
    {
      code: 'tampered',
      en: 'Not covered: disassembled, modified or repaired by the customer or a third party.',
      zh: '不屬保修範圍：經用戶或第三方自行拆卸、改裝或維修。',
      note: '…',
    },
  ],
  policy: { warrantyMonths: 12, source: 'type' },
  override: null,
};

function Harness({ customerId = null }: { customerId?: number | null }) {
  const form = useForm<IntakeValues>({
    initialValues: {
      ...initialValues(1),
      newUnit: { modelId: '3', invoiceDate: '2025-06-01', invoiceNo: '', seller: '' },
    },
  });
  const preview = useWarrantyPreview(
    {
      modelId: 3,
      customerId,
      invoiceDate: '2025-06-01',
      exclusions: checkedExclusions(form.values),
    },
    0,
  );
  return <WarrantyPanel form={form} preview={preview} modelChosen invoiceDated />;
}

describe('WarrantyPanel', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'warranty/preview': ({ exclusions }) =>
          exclusions?.length
            ? tampered
            : {
                ...tampered,
                covered: true,
                status: 'covered',
                reasons: [
                  {
                    code: 'in_warranty',
                    en: 'Inside the warranty period: 12 months from the purchase invoice date 2025-06-01, until 2026-06-01.',
                    zh: '在保修期限內：自購買發票日期 2025-06-01 起 12 個月，至 2026-06-01 止。',
                  },
                ],
              },
      }),
    );
  });

  it("shows the core's decision with its reasons, and asks again when an exclusion is ticked", async () => {
    renderScreen(<Harness />);
    const panel = await screen.findByTestId('warranty-panel');
    await waitFor(() => expect(panel.textContent).toContain('Covered'));
    expect(panel.textContent).toContain('Warranty until 2026-06-01');
    expect(panel.textContent).toContain('Inside the warranty period: 12 months');
    expect(screen.queryByTestId('not-covered-explanation')).toBeNull();

    fireEvent.click(screen.getByTestId('exclusion-tampered'));
    fireEvent.change(screen.getByTestId('exclusion-note-tampered'), {
      target: { value: 'Screws of the back panel replaced' },
    });
    await waitFor(() =>
      expect(screen.getByTestId('warranty-status').textContent).toBe('Not covered'),
    );
    expect(bridge.invoke).toHaveBeenLastCalledWith('warranty/preview', {
      modelId: 3,
      customerId: null,
      invoiceDate: '2025-06-01',
      exclusions: [{ reason: 'tampered' }],
    });
    // The reason in words, with what the clerk found (not the placeholder the preview echoed).
    expect(screen.getByTestId('warranty-reasons').textContent).toBe(
      'Not covered: disassembled, modified or repaired by the customer or a third party. (Screws of the back panel replaced)',
    );
    // Policy 3.1: a case that is not covered needs the explanation and offers the paid repair.
    expect(screen.getByTestId('not-covered-explanation')).toBeTruthy();
    expect(screen.getByTestId('offer-paid_repair')).toBeTruthy();
    // With an invoice date, "expired" follows from the dates and cannot be ticked.
    expect((screen.getByTestId('exclusion-expired') as HTMLInputElement).disabled).toBe(true);
  });

  it('sends the picked customer and names the agreement that set the period', async () => {
    // Agreement AG-7 gives 36 months: invoice 2025-06-01 + 36 months = 2028-06-01.
    const byAgreement: WarrantyDecision = {
      ...tampered,
      covered: true,
      status: 'covered',
      expiresOn: '2028-06-01',
      reasons: [],
      policy: {
        warrantyMonths: 36,
        source: 'agreement',
        agreement: { id: 4, referenceNo: 'AG-7' },
      },
    };
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'warranty/preview': ({ customerId }) =>
          customerId === 12 ? byAgreement : { ...tampered, reasons: [] },
      }),
    );
    renderScreen(<Harness customerId={12} />);
    await waitFor(() =>
      expect(screen.getByTestId('warranty-policy-source').textContent).toBe(
        "period of the customer's agreement AG-7",
      ),
    );
    expect(screen.getByTestId('warranty-panel').textContent).toContain('36 months');
    expect(bridge.invoke).toHaveBeenCalledWith('warranty/preview', {
      modelId: 3,
      customerId: 12,
      invoiceDate: '2025-06-01',
      exclusions: [],
    });
  });

  it('names the agreement in Traditional Chinese too', async () => {
    usePrefs.setState({ language: 'zh-TW' });
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'warranty/preview': () => ({
          ...tampered,
          policy: {
            warrantyMonths: 36,
            source: 'agreement',
            agreement: { id: 4, referenceNo: 'AG-7' },
          },
        }),
      }),
    );
    renderScreen(<Harness customerId={12} />);
    await waitFor(() =>
      expect(screen.getByTestId('warranty-policy-source').textContent).toBe(
        '客戶協議 AG-7 的保修期限',
      ),
    );
  });

  it('words the reasons in Traditional Chinese for a Chinese UI', async () => {
    usePrefs.setState({ language: 'zh-TW' });
    renderScreen(<Harness />);
    fireEvent.click(await screen.findByTestId('exclusion-tampered'));
    await waitFor(() =>
      expect(screen.getByTestId('warranty-status').textContent).toBe('不在保修範圍'),
    );
    expect(screen.getByTestId('warranty-reasons').textContent).toBe(
      '不屬保修範圍：經用戶或第三方自行拆卸、改裝或維修。',
    );
  });
});
