import type { Knex } from 'knex';
import * as m0001 from './20261127_0001_staff';
import * as m0002 from './20261127_0002_audit_log';
import * as m0003 from './20261127_0003_settings';
import * as m0004 from './20261127_0004_documents';
import * as m0005 from './20261127_0005_product_catalogue';
import * as m0006 from './20261127_0006_customers';
import * as m0007 from './20261127_0007_units';
import * as m0008 from './20261127_0008_repair_stations';
import * as m0009 from './20261127_0009_tickets';
import * as m0010 from './20261127_0010_ticket_attachments';
import * as m0011 from './20261127_0011_ticket_search';
import * as m0012 from './20261127_0012_open_tickets_index';
import * as m0013 from './20261127_0013_parts';
import * as m0014 from './20261127_0014_stock_ledger';
import * as m0015 from './20261127_0015_part_suppliers';
import * as m0016 from './20261127_0016_requisitions';
import * as m0017 from './20261127_0017_stock_counts';
import * as m0018 from './20261127_0018_stock_indexes';
import * as m0019 from './20261127_0019_bench_lifecycle';
import * as m0020 from './20261127_0020_quotes_acceptance_factory';
import * as m0021 from './20261127_0021_repair_log';
import * as m0022 from './20261127_0022_bench_queue_index';
import * as m0023 from './20261207_0023_setup_claim';
import * as m0025 from './20261207_0025_audit_chain';
import * as m0026 from './20261207_0026_aftercare';
import * as m0027 from './20261207_0027_period_cost_index';
import * as m0028 from './20261207_0028_training';
import * as m0029 from './20261207_0029_prices_payments';
import * as m0030 from './20261207_0030_improvement';
import * as m0031 from './20261207_0031_insight_indexes';
import * as m0032 from './20261207_0032_customer_merge';
import * as m0033 from './20261207_0033_warranty_agreements';
import * as m0034 from './20261207_0034_manage_indexes';
import * as m0035 from './20261207_0035_ticket_outcomes';
import * as m0036 from './20261207_0036_panel_indexes';
import * as m0037 from './20261207_0037_outcome_days';
import * as m0038 from './20261207_0038_drafts';
import * as m0039 from './20261207_0039_part_models';

export type Migration = {
  name: string;
  up: (knex: Knex) => Promise<void>;
  down: (knex: Knex) => Promise<void>;
};

// The explicit, ordered list of migrations (append-only: never edit or reorder a landed one).
// An explicit list survives bundling, where a folder scan would not.
export const migrations: readonly Migration[] = [
  { name: '20261127_0001_staff', ...m0001 },
  { name: '20261127_0002_audit_log', ...m0002 },
  { name: '20261127_0003_settings', ...m0003 },
  { name: '20261127_0004_documents', ...m0004 },
  { name: '20261127_0005_product_catalogue', ...m0005 },
  { name: '20261127_0006_customers', ...m0006 },
  { name: '20261127_0007_units', ...m0007 },
  { name: '20261127_0008_repair_stations', ...m0008 },
  { name: '20261127_0009_tickets', ...m0009 },
  { name: '20261127_0010_ticket_attachments', ...m0010 },
  { name: '20261127_0011_ticket_search', ...m0011 },
  { name: '20261127_0012_open_tickets_index', ...m0012 },
  { name: '20261127_0013_parts', ...m0013 },
  { name: '20261127_0014_stock_ledger', ...m0014 },
  { name: '20261127_0015_part_suppliers', ...m0015 },
  { name: '20261127_0016_requisitions', ...m0016 },
  { name: '20261127_0017_stock_counts', ...m0017 },
  { name: '20261127_0018_stock_indexes', ...m0018 },
  { name: '20261127_0019_bench_lifecycle', ...m0019 },
  { name: '20261127_0020_quotes_acceptance_factory', ...m0020 },
  { name: '20261127_0021_repair_log', ...m0021 },
  { name: '20261127_0022_bench_queue_index', ...m0022 },
  { name: '20261207_0023_setup_claim', ...m0023 },
  { name: '20261207_0025_audit_chain', ...m0025 },
  { name: '20261207_0026_aftercare', ...m0026 },
  { name: '20261207_0027_period_cost_index', ...m0027 },
  { name: '20261207_0028_training', ...m0028 },
  { name: '20261207_0029_prices_payments', ...m0029 },
  { name: '20261207_0030_improvement', ...m0030 },
  { name: '20261207_0031_insight_indexes', ...m0031 },
  { name: '20261207_0032_customer_merge', ...m0032 },
  { name: '20261207_0033_warranty_agreements', ...m0033 },
  { name: '20261207_0034_manage_indexes', ...m0034 },
  { name: '20261207_0035_ticket_outcomes', ...m0035 },
  { name: '20261207_0036_panel_indexes', ...m0036 },
  { name: '20261207_0037_outcome_days', ...m0037 },
  { name: '20261207_0038_drafts', ...m0038 },
  { name: '20261207_0039_part_models', ...m0039 },
];
