export { invoke, onClientError, onCoreEvent, openDocument, setTransport } from './client';
export { DepotClientError, asClientError, isClientError, type ClientErrorCode } from './errors';
export type { CoreEventMap, CoreEventName, Transport } from './types';
export type { Channel, Input, Output } from './contract';
