import { handlers } from '../handlers';
import { allowedChannels } from '../contract/allowedChannels';
import type { Role } from '../contract/roles';

/**
 * What session/status sends as `allowed` for a person with `roles`, from the core's own handler
 * map: renderer tests build their signed-in fixtures with it, so a screen's tests follow the
 * core's rules instead of a copy.
 */
export function allowedFor(roles: readonly Role[]): string[] {
  return allowedChannels(handlers, {
    id: 0,
    username: 'fixture',
    displayName: 'Fixture',
    roles: [...roles],
  });
}
