import { combineHandlerMaps } from '../contract/dispatcher';
import { partHandlers } from './partHandlers';
import { stockHandlers } from './stockHandlers';

// The stockroom's channels (issue 4, items 1-3): the parts catalogue, receiving, corrections
// and the ledger check.
export const stockroomHandlers = combineHandlerMaps(partHandlers, stockHandlers);
