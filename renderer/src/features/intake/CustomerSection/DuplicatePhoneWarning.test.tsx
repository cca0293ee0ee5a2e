import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Customer } from '../../../../../main/intake/customerRepo';
import type * as Bridge from '../../../bridge';
import { fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { meiling } from '../testFixtures';
import { DuplicatePhoneWarning } from './DuplicatePhoneWarning';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const callsOf = (channel: string) =>
  bridge.invoke.mock.calls.filter(([c]) => c === channel).map(([, input]) => input as unknown);

describe('DuplicatePhoneWarning (issue 10 item 6)', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'customers/matchPhone': ({ phone }) =>
          phone.replace(/\D/g, '') === '0912345678'
            ? { normalised: '0912345678', matches: [meiling] }
            : { normalised: null, matches: [] },
      }),
    );
  });

  it('warns when a new customer phone is already on record and offers that customer', async () => {
    const onUse = vi.fn<(c: Customer) => void>();
    renderScreen(<DuplicatePhoneWarning phones={['0912-345-678']} onUse={onUse} />);
    const warning = await screen.findByTestId('duplicate-phone-warning');
    expect(warning.textContent).toContain('This phone number is already on record');
    expect(warning.textContent).toContain(meiling.name);
    fireEvent.click(screen.getByTestId(`duplicate-use-${meiling.id}`));
    expect(onUse).toHaveBeenCalledWith(meiling);
  });

  it('asks nothing for a number still being typed, and says nothing for a new number', async () => {
    renderScreen(<DuplicatePhoneWarning phones={['0912', '02-2500-9999']} onUse={vi.fn()} />);
    await waitFor(() =>
      expect(callsOf('customers/matchPhone')).toEqual([{ phone: '02-2500-9999' }]),
    );
    expect(screen.queryByTestId('duplicate-phone-warning')).toBeNull();
  });
});
