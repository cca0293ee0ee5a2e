import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../../../main/contract/roles';
import { canOpenView } from './manageAccess';

const as = (...roles: Role[]): Actor => ({ id: 1, username: 'u', displayName: 'U', roles });

// Issue 10: an intake clerk who opens Manage is not offered the views the core would refuse.
describe('the Manage views offered to a role', () => {
  it('hides the indicators and the cost report from the desk', () => {
    const clerk = as('intake_clerk');
    expect(canOpenView('indicators', clerk)).toBe(false);
    expect(canOpenView('costReport', clerk)).toBe(false);
    expect(canOpenView('dashboard', clerk)).toBe(false);
    expect(canOpenView('followUps', clerk)).toBe(true);
  });

  it('offers them to finance and supervisors, who may read them (policy 3.5, 4)', () => {
    for (const actor of [as('finance'), as('supervisor'), as('technician', 'admin')]) {
      expect(canOpenView('indicators', actor)).toBe(true);
      expect(canOpenView('costReport', actor)).toBe(true);
    }
  });

  it('offers the improvement register and meetings to those who run them or read them (policy 6)', () => {
    for (const view of ['actions', 'meetings']) {
      expect(canOpenView(view, as('supervisor'))).toBe(true);
      expect(canOpenView(view, as('finance'))).toBe(true);
      expect(canOpenView(view, as('intake_clerk'))).toBe(false);
      expect(canOpenView(view, as('technician'))).toBe(false);
    }
  });

  it('offers the customer records only to those who deal with customers (policy 4)', () => {
    expect(canOpenView('customers', as('intake_clerk'))).toBe(true);
    expect(canOpenView('customers', as('supervisor'))).toBe(true);
    expect(canOpenView('customers', as('finance'))).toBe(false);
    expect(canOpenView('customers', as('technician'))).toBe(false);
  });

  it('offers nothing guarded to someone signed out', () => {
    expect(canOpenView('indicators', null)).toBe(false);
  });
});
