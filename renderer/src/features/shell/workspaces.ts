import {
  IconClipboardList,
  IconPackages,
  IconSettings,
  IconTool,
  type Icon,
} from '@tabler/icons-react';
import type { Role } from '../../../../main/contract/roles';

export type WorkspaceId = 'intake' | 'bench' | 'stockroom' | 'settings';

export type Workspace = {
  id: WorkspaceId;
  path: string;
  icon: Icon;
  /** Roles that see the link; undefined = everyone. The core enforces access regardless. */
  roles?: readonly Role[];
};

/** The workspaces in navbar order; Alt+1..4 follow this order. */
export const WORKSPACES: readonly Workspace[] = [
  { id: 'intake', path: '/intake', icon: IconClipboardList },
  { id: 'bench', path: '/bench', icon: IconTool },
  { id: 'stockroom', path: '/stockroom', icon: IconPackages },
  { id: 'settings', path: '/settings', icon: IconSettings, roles: ['admin', 'supervisor'] },
];

export function visibleWorkspaces(roles: readonly Role[]): Workspace[] {
  return WORKSPACES.filter((w) => !w.roles || w.roles.some((r) => roles.includes(r)));
}
