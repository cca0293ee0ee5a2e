import { paymentHandlers } from './paymentHandlers';
import { priceRuleHandlers } from './priceRuleHandlers';

// Prices and payments (issue 10, item 1; policy 3.5).
export const pricingHandlers = { ...priceRuleHandlers, ...paymentHandlers };
