import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FitModel } from '../../../../../main/stock/partFits';
import type * as Bridge from '../../../bridge';
import { fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { signInAs } from '../partsTestFixtures';
import { PartModels } from './PartModels';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const wm80: FitModel = {
  id: 2,
  code: 'WM-80',
  nameEn: 'Front loader 8 kg',
  nameZh: '滾筒洗衣機 8 公斤',
};
const ac25: FitModel = {
  id: 3,
  code: 'AC-25',
  nameEn: 'Split air conditioner',
  nameZh: '分離式冷氣',
};

describe('the models a part fits, in its detail', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
  });

  it('the stockroom adds a model the part fits', async () => {
    signInAs('stockroom_keeper');
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'parts/models': () => ({ fits: [wm80], choices: [ac25, wm80] }),
        'parts/setModels': ({ modelIds }) => [ac25, wm80].filter((m) => modelIds.includes(m.id)),
      }),
    );
    renderScreen(<PartModels partId={1} />);
    const field = await screen.findByTestId('part-models');
    expect(screen.getAllByText('WM-80 · Front loader 8 kg').length).toBeGreaterThan(0);
    fireEvent.click(field);
    fireEvent.click(await screen.findByText('AC-25 · Split air conditioner'));
    await waitFor(() =>
      expect(bridge.invoke).toHaveBeenCalledWith('parts/setModels', {
        partId: 1,
        modelIds: [2, 3],
      }),
    );
  });

  it('a technician reads them', async () => {
    signInAs('technician');
    bridge.invoke.mockImplementation(
      fakeInvoke({ 'parts/models': () => ({ fits: [wm80], choices: [ac25, wm80] }) }),
    );
    renderScreen(<PartModels partId={1} />);
    const shown = await screen.findByTestId('part-models');
    expect(shown.textContent).toBe('WM-80 · Front loader 8 kg');
  });
});
