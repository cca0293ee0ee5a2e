import {
  IconClipboardList,
  IconHeadset,
  IconPackages,
  IconSettings,
  IconTool,
  type Icon,
} from '@tabler/icons-react';
import type { SessionStatus } from '../../../../main/session/handlers';
import type { Channel } from '../../bridge';
import { mayUse } from '../../stores/session';

export type WorkspaceId = 'intake' | 'bench' | 'stockroom' | 'manage' | 'settings';

export type Workspace = {
  id: WorkspaceId;
  path: string;
  icon: Icon;
  /** Shown to those the core lets call this channel (session/status): its screen's own read. */
  reads: Channel;
  /** Its main job: a person lands on the first workspace whose job they may do. */
  works: Channel;
};

/** The workspaces in navbar order; Alt+1..5 follow this order. */
export const WORKSPACES: readonly Workspace[] = [
  // Technicians read tickets here but register none: they land on the bench.
  {
    id: 'intake',
    path: '/intake',
    icon: IconClipboardList,
    reads: 'tickets/list',
    works: 'tickets/create',
  },
  // The desk hands units back at the bench: quote answers, acceptance, factory receive.
  { id: 'bench', path: '/bench', icon: IconTool, reads: 'bench/queue', works: 'bench/claim' },
  {
    id: 'stockroom',
    path: '/stockroom',
    icon: IconPackages,
    reads: 'parts/list',
    works: 'requisitions/issue',
  },
  // The aftercare readers: the desk makes the calls, supervisors route complaints, finance reads
  // the costs.
  {
    id: 'manage',
    path: '/manage',
    icon: IconHeadset,
    reads: 'followUps/worklist',
    works: 'followUps/worklist',
  },
  {
    id: 'settings',
    path: '/settings',
    icon: IconSettings,
    reads: 'staff/list',
    works: 'settings/update',
  },
];

/** The workspaces this person may open, by what the core lets them call. */
export function visibleWorkspaces(status: SessionStatus | null): Workspace[] {
  return WORKSPACES.filter((w) => mayUse(status, w.reads));
}

/** Where this person lands: the first workspace whose main job they may do, else the first open. */
export function landingWorkspace(status: SessionStatus | null): Workspace | undefined {
  const open = visibleWorkspaces(status);
  return open.find((w) => mayUse(status, w.works)) ?? open[0];
}
