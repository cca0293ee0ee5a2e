import { z } from 'zod';
import { ROLES } from '../contract/roles';
import { requiredLine } from '../contract/text';
import { PIN_PATTERN, USERNAME_PATTERN } from '../rules/credentials';

export const pinSchema = z.string().regex(PIN_PATTERN, 'PIN must be 4 to 8 digits');
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    USERNAME_PATTERN,
    'Username: 2-40 letters, digits, dot, dash or underscore, starting with a letter',
  );
/** The name printed on every record a staff member signs or hands over (issue 9: text rule). */
export const displayNameSchema = requiredLine('Name', 80);
export const rolesSchema = z
  .array(z.enum(ROLES))
  .min(1, 'At least one role')
  .transform((roles) => [...new Set(roles)]);
export const staffIdSchema = z.number().int().positive();
