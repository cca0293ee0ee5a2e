import type { HandlerMap } from './handler';
import { mayCall, type Actor } from './roles';

/**
 * The non-public channels `actor` may call, by the access rule the dispatcher refuses by; sorted,
 * so a reply is stable. Screens offer what this allows (session/status `allowed`), never a copy
 * of the role lists (issue 11, item 1).
 */
export function allowedChannels(handlers: HandlerMap, actor: Actor | null): string[] {
  if (actor === null) return [];
  return Object.keys(handlers)
    .filter((channel) => handlers[channel].access !== 'public')
    .filter((channel) => mayCall(handlers[channel].access, actor))
    .sort();
}
