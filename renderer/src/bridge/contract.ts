// The channel types, straight from the core's handler map (main/handlers.ts).
export type { Channel, Input, Output } from '../../../main/handlers';
