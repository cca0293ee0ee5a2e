import { combineHandlerMaps } from '../contract/dispatcher';
import { countHandlers } from './countHandlers';
import { csvHandlers } from './csvHandlers';
import { ledgerHandlers } from './ledgerHandlers';
import { partHandlers } from './partHandlers';
import { partSearchHandlers } from './partSearchHandlers';
import { replenishmentHandlers } from './replenishmentHandlers';
import { requisitionHandlers } from './requisitionHandlers';
import { stockHandlers } from './stockHandlers';

// The stockroom's channels (issue 4): the parts catalogue, the ledger, receiving, corrections,
// requisitions, stock counts and replenishment.
export const stockroomHandlers = combineHandlerMaps(
  partHandlers,
  partSearchHandlers,
  stockHandlers,
  requisitionHandlers,
  countHandlers,
  ledgerHandlers,
  replenishmentHandlers,
  csvHandlers,
);
