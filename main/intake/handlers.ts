import { combineHandlerMaps } from '../contract/dispatcher';
import { catalogueHandlers } from './catalogueHandlers';
import { customerHandlers } from './customerHandlers';
import { stationHandlers } from './stationHandlers';
import { ticketHandlers } from './ticketHandlers';
import { ticketListHandlers } from './ticketList';
import { unitHandlers } from './unitHandlers';
import { warrantyHandlers } from './warrantyPreview';

// The intake desk's channels (issue 3): catalogue, customers, units, stations and tickets.
export const intakeHandlers = combineHandlerMaps(
  catalogueHandlers,
  stationHandlers,
  customerHandlers,
  unitHandlers,
  ticketHandlers,
  ticketListHandlers,
  warrantyHandlers,
);
