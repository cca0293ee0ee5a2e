import { combineHandlerMaps } from '../contract/dispatcher';
import { acceptanceHandlers } from './acceptanceHandlers';
import { benchHandlers } from './benchHandlers';
import { factoryHandlers } from './factoryHandlers';
import { historyHandlers } from './historyHandlers';
import { quoteHandlers } from './quoteHandlers';

// The bench's lifecycle channels (issue 5): queue, claim, assign, moves, quotes, customer
// acceptance and return to factory. The repair log registers its own map.
export const benchLifecycleHandlers = combineHandlerMaps(
  benchHandlers,
  acceptanceHandlers,
  factoryHandlers,
  quoteHandlers,
  historyHandlers,
);
