import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashMigrationFile, migrationsDir } from '../scripts/migrationHash';

// STYLE.md 16: a landed migration is frozen. What ran on a depot's database must stay what the
// code says ran, so a fix is a new migration, never an edit. Every file that landed on main is
// listed with its sha256 (line endings normalised to \n); appendOnly.ts is listed too, because
// the landed migrations that guard a table run its SQL.
// When a migration lands: `npm run migrations:hash -- <file>` and paste the line it prints.
// The one sanctioned edit so far: 0011 took a frozen copy of its SQL instead of importing
// main/search (issue 11, item 6); its test proves the schema is the same.
const LANDED = `
eb969a1b7c813376af4701cb0f08678e91b91a48d1e3da2bd1e5ef5e8ff8acda  20261127_0001_staff.ts
f34fdaba442c2a4b065394f11f544017ad461abc147a2875ee291683d82eff9c  20261127_0002_audit_log.ts
3bf92f552a0f427aa0ff7bd71acd5e3f2eb63ff2dc36b29cfe87bf4a97bd4be3  20261127_0003_settings.ts
9d4e0f353de247f859a58c984335f39d2077f127d1dbaa845d48c2c13fbf470d  20261127_0004_documents.ts
c24b40ee2ad2d7f203f924bbdb533b0f1af48e0dac3fe5b1ab18c63934d915ee  20261127_0005_product_catalogue.ts
ccb1f1cc8679065c600a18d0a033ec0878e72ca6c4c12fe33171bc31f62d1f6d  20261127_0006_customers.ts
07efb4fcbfe47c090f39b4ad8f2a7e1288539b976aa8e502cc01a80f87cee3fa  20261127_0007_units.ts
a8d3bcbf384652551a109617894088629c040fb7a387597d967f8dab4a70edc1  20261127_0008_repair_stations.ts
c2ead09ade0f351a79a89d75cf2ad37c6846dee934a25f1b64f90c24a159192d  20261127_0009_tickets.ts
f69224eef79f09b23a002c75622190f60e805badb09f5d5a0cd9006c7d28972a  20261127_0010_ticket_attachments.ts
ff122bac17e256e91e5e0347660d6fdf1071b3e641a3dd20aea3e34fe0a844d9  20261127_0011_ticket_search.ts
e7b917cf075d52381e753b80d9c08a49f6a0c1c41a28beb507e4982edeb9bab4  20261127_0012_open_tickets_index.ts
c3bb7b845ab5ab422928150b63d95ac9630e80bd9f5090fe4e9902cef8a4671a  20261127_0013_parts.ts
a6774c42f401c94e758953be2e75c8c37001572f64e9b79cb23adfa1cb990977  20261127_0014_stock_ledger.ts
de648c6489328b5669008bb0b4b434bc121f2421fca8080f73c0e1dccdd25679  20261127_0015_part_suppliers.ts
d28081d96db82d33e747f1181e1fed5a787faba8301b83f2e897e46c61886df5  20261127_0016_requisitions.ts
0a3eb7eba1f1e21c608d424cf6586679a51d3f69b80f505ce126655253edae90  20261127_0017_stock_counts.ts
b48b7c7a361479996a6893cdaf40e7cb7bdd690587af49c39d746561af7a0244  20261127_0018_stock_indexes.ts
365ca6da32b93e93286b915de636c634ad7794cdda94944eddc68bad48e08409  20261127_0019_bench_lifecycle.ts
0e36ac6cddf63e2ee3adca04be93352d2fee915c44ed20ab8000dcfbb5fa758f  20261127_0020_quotes_acceptance_factory.ts
adec3989b7247d508c7faa4f0f953ac96bdf7ec56e1cc6d3f1253f520cefe132  20261127_0021_repair_log.ts
9ac6c0b6fc3b275fa49f34f07d419955478cfc116fb58251bb3d393f228949e3  20261127_0022_bench_queue_index.ts
0eff8082999630586bdf017b52637169488f344b412929079a4bd01b42461f9e  20261207_0023_setup_claim.ts
d827a6ad7e21bd1a55d1aacb109bc5ebdeae67ea550306f4f54c6de53357b813  20261207_0025_audit_chain.ts
dd88fd310bd9aae2e4ade8ee0a3c0c10b7ad2f3675ec0549c40685c2c0a55b8e  20261207_0026_aftercare.ts
b62ca38a1d3460635a11b9daa3b058b022fe2b9b8f6e1d602df80ec942a8fd60  20261207_0027_period_cost_index.ts
5f579dc72b63d09acc1d5cc35ec82efeb9159e38161a033a0aeab69af1b6503b  20261207_0028_training.ts
62158b26684f9b38b9f95a9a2c72c4328c096d92b8fd849cc62cbc9033372bbb  20261207_0029_prices_payments.ts
14ac7490d124d05d673965f6e27c2ffb3de3ff97e74b4676443416534cb73a88  20261207_0030_improvement.ts
56bd4b354747aa2e5c7f6c9bf4e52a2e935d36b7193de2e11acde5e1df99dd6c  20261207_0031_insight_indexes.ts
d9c9bcd649251d200e4deea7bdc1d8524316f85b2a08cf9421c4b1ad671900da  20261207_0032_customer_merge.ts
70d140af70521204253a45583a9609ab81308cecc14ef3c97e6eb12d06108e17  20261207_0033_warranty_agreements.ts
cf2e90e45a190f83afe8b72646862357e8c719f26d366a792f5112d8cadbf4ae  20261207_0034_manage_indexes.ts
64cc59ad1a7ee629e5ac2442ec0e0b7910a8e4073148be7d2017dc6a32c7c70b  20261207_0035_ticket_outcomes.ts
76006eea8dc06448ca027a67d7aa2b070f37b140072209701c69c77fd73cf2f2  20261207_0036_panel_indexes.ts
9b2d0ef3b7b7d802ab2d145d556607b23b314ead8eff520bf4ff4a4688c83379  20261207_0037_outcome_days.ts
ca0670599d48b4e5a3b8310a7ebd1d6cf386ef648a2d87423f64de0abd51962d  20261207_0038_drafts.ts
4e4d88dbf9fefb6cc329d1728f7e67c975520f77316e986a0c6c0f9606a3a655  20261207_0039_part_models.ts
a60a032d2854333299bf74cc04f4d6394140ae56695bc02185148a568dc41c31  appendOnly.ts
`;

const landed = LANDED.trim()
  .split('\n')
  .map((line) => {
    const [hash, file] = line.split(/\s+/);
    return { file, hash };
  });

describe('landed migrations are never edited', () => {
  it.each(landed)('$file', ({ file, hash }) => {
    expect(hash, `the LANDED line of ${file}`).toMatch(/^[0-9a-f]{64}$/);
    if (!existsSync(join(migrationsDir, file))) {
      throw new Error(`${file} has landed on main and may not be removed or renamed.`);
    }
    const actual = hashMigrationFile(file);
    expect(
      actual,
      `${file} has landed on main and may not be edited (sha256 ${actual}, landed as ${hash}): ` +
        'put the change in a new migration.',
    ).toBe(hash);
  });
});
