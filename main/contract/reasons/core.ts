import { reasons } from './define';

// Refusals every domain shares.
export const coreReasons = reasons({
  /** Anything unexpected; the log has the rest. */
  internal: {},
  /** Optimistic locking: `record` (a report no., a name, a code) changed since it was read. */
  changedElsewhere: { record: 'string' },
  /** The same, when the change raced this one inside the write; a retry is enough. */
  changedMeanwhile: { record: 'string' },
});
