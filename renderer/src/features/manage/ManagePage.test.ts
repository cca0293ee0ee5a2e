import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../main/contract/roles';
import { signedInStatus } from '../../test/sessionStatus';
import { offeredViews } from './ManagePage';

// Issue 10, 11: a person who opens Manage is offered the views the core lets them read, by the
// core's own access rule (session/status `allowed`), not by a copy of its role lists.
const as = (...roles: Role[]) => signedInStatus({ id: 1, username: 'u', displayName: 'U', roles });

describe('the Manage views offered to a role', () => {
  it('hides the indicators, the cost report and the dashboard from the desk', () => {
    expect(offeredViews(as('intake_clerk'), null)).toEqual([
      'followUps',
      'complaints',
      'customers',
    ]);
  });

  it('offers the figures to finance and supervisors, who may read them (policy 3.5, 4, 6)', () => {
    for (const status of [as('finance'), as('supervisor'), as('technician', 'admin')]) {
      const views = offeredViews(status, null);
      for (const view of [
        'indicators',
        'costReport',
        'dashboard',
        'actions',
        'meetings',
      ] as const) {
        expect(views).toContain(view);
      }
    }
  });

  it('offers the customer records only to those who deal with customers (policy 4)', () => {
    expect(offeredViews(as('supervisor'), null)).toContain('customers');
    expect(offeredViews(as('finance'), null)).not.toContain('customers');
    expect(offeredViews(as('technician'), null)).not.toContain('customers');
  });

  it('keeps the view on screen even when it is not allowed (it says so itself)', () => {
    expect(offeredViews(as('technician'), 'indicators')).toContain('indicators');
  });

  it('offers nothing to someone signed out', () => {
    expect(offeredViews(null, null)).toEqual([]);
  });
});
