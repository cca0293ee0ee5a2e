import { z } from 'zod';
import { ROLES } from '../contract/roles';

export const pinSchema = z.string().regex(/^\d{4,8}$/, 'PIN must be 4 to 8 digits');
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z][a-z0-9._-]{1,39}$/,
    'Username: 2-40 letters, digits, dot, dash or underscore, starting with a letter',
  );
export const displayNameSchema = z
  .string()
  .trim()
  .min(1, 'Name is required')
  .max(80, 'Name is at most 80 characters')
  .refine((s) => !/\p{Cc}/u.test(s), 'Name may not contain control characters');
export const rolesSchema = z
  .array(z.enum(ROLES))
  .min(1, 'At least one role')
  .transform((roles) => [...new Set(roles)]);
export const staffIdSchema = z.number().int().positive();
