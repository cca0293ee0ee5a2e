// The two IPC channels between the preload and the shell. Every core call goes through one
// invoke channel, so there is exactly one place where a sender is checked.
export const INVOKE_CHANNEL = 'depot:invoke';
export const EVENT_CHANNEL = 'depot:event';
