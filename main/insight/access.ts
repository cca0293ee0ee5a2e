import type { Role } from '../contract/roles';

// Who reads the manager's dashboard (issue 10, item 4; policy 6): supervisors run the depot's
// analysis and review meetings, finance reads the cost and volume trends, admins keep the depot.
// The desk and the bench work their own lists and do not see the depot's figures.
export const INSIGHT_READ = ['supervisor', 'admin', 'finance'] as const satisfies readonly Role[];
