// Staff roles (issue 2, item 6). The policy's "clear responsibility" principle: every action is
// done by a named person whose role allows it.
export const ROLES = [
  'intake_clerk',
  'technician',
  'stockroom_keeper',
  'supervisor',
  'finance',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

/** Who may call a channel: anyone (sign-in screens), any signed-in staff, or the listed roles. */
export type Access = 'public' | 'signedIn' | readonly Role[];

export type Actor = {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
};

export function mayCall(access: Access, actor: Actor | null): boolean {
  if (access === 'public') return true;
  if (actor === null) return false;
  if (access === 'signedIn') return true;
  return actor.roles.some((role) => access.includes(role));
}
