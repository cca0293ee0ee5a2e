import {
  IconClipboardList,
  IconHeadset,
  IconPackages,
  IconSettings,
  IconTool,
  type Icon,
} from '@tabler/icons-react';
import type { Role } from '../../../../main/contract/roles';

export type WorkspaceId = 'intake' | 'bench' | 'stockroom' | 'manage' | 'settings';

export type Workspace = {
  id: WorkspaceId;
  path: string;
  icon: Icon;
  /** Roles that see the link; undefined = everyone. The core enforces access regardless. */
  roles?: readonly Role[];
};

/** The workspaces in navbar order; Alt+1..5 follow this order. */
// The role lists mirror the core's read access (main/intake/access.ts INTAKE_READ,
// main/stock/access.ts STOCK_READ, main/aftercare/access.ts FOLLOW_UP_READ), so nobody lands on a screen that can only say "not allowed".
export const WORKSPACES: readonly Workspace[] = [
  {
    id: 'intake',
    path: '/intake',
    icon: IconClipboardList,
    roles: ['intake_clerk', 'technician', 'supervisor', 'admin'],
  },
  {
    id: 'bench',
    path: '/bench',
    icon: IconTool,
    // The desk hands units back at the bench: quote answers, acceptance, factory receive.
    roles: ['technician', 'supervisor', 'intake_clerk', 'admin'],
  },
  {
    id: 'stockroom',
    path: '/stockroom',
    icon: IconPackages,
    roles: ['technician', 'stockroom_keeper', 'supervisor', 'admin', 'finance'],
  },
  {
    id: 'manage',
    path: '/manage',
    icon: IconHeadset,
    // The aftercare readers: the desk makes the calls, supervisors route complaints.
    roles: ['intake_clerk', 'supervisor', 'finance', 'admin'],
  },
  { id: 'settings', path: '/settings', icon: IconSettings, roles: ['admin', 'supervisor'] },
];

export function visibleWorkspaces(roles: readonly Role[]): Workspace[] {
  return WORKSPACES.filter((w) => !w.roles || w.roles.some((r) => roles.includes(r)));
}
