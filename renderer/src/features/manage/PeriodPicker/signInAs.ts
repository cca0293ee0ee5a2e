import type { Role } from '../../../../../main/contract/roles';
import { useDepotSettings } from '../../../stores/depotSettings';
import { useSession } from '../../../stores/session';

// Staff for the indicators' and cost report's component tests, in the depot's currency TWD.

/** Signs a member of staff with these roles in. */
export function signInAs(...roles: Role[]): void {
  useSession.setState({
    status: {
      needsSetup: false,
      state: 'signedIn',
      staff: { id: 9, username: 'lin', displayName: 'Lin Wei', roles },
      autoLockMinutes: 10,
      defaultLanguage: 'en',
    },
  });
  useDepotSettings.setState({ settings: null });
}
