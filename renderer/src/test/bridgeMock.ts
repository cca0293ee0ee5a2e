import { vi } from 'vitest';
import type { Channel, Input, Output } from '../bridge';
import { DepotClientError } from '../bridge/errors';

type Reply = { [K in Channel]?: (input: Input<K>) => Output<K> | Promise<Output<K>> };

/**
 * A stand-in for `invoke` that answers per channel; a channel without an answer fails loudly.
 * Use with vi.mock('<path>/bridge', ...) and pass the returned mock as `invoke`.
 */
export function fakeInvoke(replies: Reply) {
  return vi.fn(async (channel: Channel, input: unknown) => {
    const reply = replies[channel] as ((input: unknown) => unknown) | undefined;
    if (!reply) throw new DepotClientError('UNKNOWN_CHANNEL', `test: no reply for ${channel}`);
    return reply(input);
  });
}

export function coreError(
  code: DepotClientError['code'],
  message: string,
  details?: Record<string, unknown>,
  refusal?: ConstructorParameters<typeof DepotClientError>[3],
) {
  return new DepotClientError(code, message, details, refusal);
}
