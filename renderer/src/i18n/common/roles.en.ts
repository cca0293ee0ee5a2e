// The staff roles (t(`roles.${role}`)), on the staff list, the staff editor and the staff menu.
export const rolesEn = {
  intake_clerk: 'Intake clerk',
  technician: 'Technician',
  stockroom_keeper: 'Stockroom keeper',
  supervisor: 'Supervisor',
  finance: 'Finance',
  admin: 'Admin',
};
