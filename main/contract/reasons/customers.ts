import { reasons } from './define';

// Customer records: search, edit, merging a duplicate into the customer kept.
export const customersReasons = reasons({
  notFound: { id: 'number' },
  /** A search by phone needs enough digits to be a phone number. */
  phoneSearchDigits: {},
  /** The record was merged into another: that one is edited now. */
  mergedInto: { id: 'number', keptId: 'number', keptName: 'string' },
  alreadyMerged: { id: 'number', name: 'string', keptId: 'number', keptName: 'string' },
  mergeIntoItself: {},
  /** Policy 2: one agreement per customer and scope on any day. */
  agreementsOverlap: { agreement: 'string', keptAgreement: 'string' },
});
