import type { TestDepot } from '../testing/testCore';
import { repairLogFixture, type RepairLogFixture } from '../bench/repairLogFixture';
import type { TicketStatus } from '../bench/lifecycle';

// Test helpers for prices and payments: a not-covered repair whose quote the customer approved,
// with parts issued and labour logged through the real channels.

export type PricingFixture = RepairLogFixture & {
  /** Part X sells at 3.33 a unit (cost 1.00); part Y (category HOSE, cost 1.25) at +10%. */
  partX: number;
  partY: number;
  /**
   * Not covered, quote approved, 3 × X and 1 × Y issued, 7 minutes logged, then put in `status`
   * (ready for pick-up unless told: billed, so payable).
   */
  billedRepair: (status?: TicketStatus) => Promise<number>;
  /** Not covered, the customer declined the quote. */
  declinedQuote: () => Promise<number>;
};

export async function pricingFixture(depot: TestDepot): Promise<PricingFixture> {
  const fx = await repairLogFixture(depot);
  const x = await fx.stock.part({ nameEn: 'Fuse', nameZh: '保險絲', category: 'FUSE' });
  await fx.stock.receive(x.id, 20, 100);
  const y = await fx.stock.part({ nameEn: 'Hose', nameZh: '水管', category: 'HOSE' });
  await fx.stock.receive(y.id, 20, 125);
  await fx.supervisor.call('prices/setPartPrice', { partId: x.id, sellPrice: 333 });
  await fx.supervisor.call('prices/update', { markups: [{ category: 'HOSE', percent: 10 }] });

  const quoted = async (decision: 'approve' | 'decline') => {
    const id = await fx.onBench(false);
    const quote = await fx.tech.call('quotes/create', {
      ticketId: id,
      version: await fx.version(id),
      labourMinutes: 7,
    });
    await fx.clerk.call('quotes/decide', {
      quoteId: quote.quoteId,
      version: quote.version,
      decision,
    });
    return id;
  };
  return {
    ...fx,
    partX: x.id,
    partY: y.id,
    async billedRepair(status = 'ready_for_pickup') {
      const id = await quoted('approve');
      await fx.issue(id, x.id, 3);
      await fx.issue(id, y.id, 1);
      await fx.tech.call('labour/add', { ticketId: id, minutes: 7 });
      if (status !== 'in_repair') await fx.force(id, status);
      return id;
    },
    declinedQuote: () => quoted('decline'),
  };
}
