import type { Role } from '../../../../../main/contract/roles';
import { useDepotSettings } from '../../../stores/depotSettings';
import { signInStaff } from '../../../test/sessionStatus';

// Staff for the indicators' and cost report's component tests, in the depot's currency TWD.

/** Signs a member of staff with these roles in. */
export function signInAs(...roles: Role[]): void {
  signInStaff({ id: 9, username: 'lin', displayName: 'Lin Wei', roles });
  useDepotSettings.setState({ settings: null });
}
