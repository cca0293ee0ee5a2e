import type { PRICE_WRITE } from '../../../../main/pricing/access';
import type { Actor } from '../../../../main/contract/roles';

// Who sets a part's selling price (main/pricing/access.ts, prices/setPartPrice). Typed against
// the core's own list, so a change there that is not made here fails to compile. The core
// checks again; this only spares a refusal.
const PRICE_SETTERS: typeof PRICE_WRITE = ['supervisor', 'admin'];

export function canSetSellPrice(actor: Actor | null): boolean {
  return !!actor?.roles.some((r) => (PRICE_SETTERS as readonly string[]).includes(r));
}
