import type { Knex } from 'knex';
import type { Settings } from '../settings/settingsSchema';
import { localDate } from '../intake/zonedTime';
import { emergencyPanel } from './emergency';
import { faultsPanel } from './faults';
import type { InsightRange } from './range';
import { satisfactionPanel } from './satisfaction';
import { turnaroundPanel } from './turnaround';
import { volumePanel } from './volume';

// The dashboard's panels with the depot's rules (time zone, calendar, clock, promise) applied
// once, for the channels and for the printed report alike.

export type PanelRules = { settings: Settings; timeZone: string; now: Date };

export const panels = {
  volume: (db: Knex, range: InsightRange, r: PanelRules) =>
    volumePanel(db, range, {
      timeZone: r.timeZone,
      calendar: r.settings.calendar,
      today: localDate(r.now, r.timeZone),
    }),
  faults: (db: Knex, range: InsightRange, r: PanelRules) => faultsPanel(db, range, r.timeZone),
  turnaround: (db: Knex, range: InsightRange, r: PanelRules) =>
    turnaroundPanel(db, range, { calendar: r.settings.calendar }),
  satisfaction: (db: Knex, range: InsightRange, r: PanelRules) =>
    satisfactionPanel(db, range, r.timeZone),
  emergency: (db: Knex, range: InsightRange, r: PanelRules) =>
    emergencyPanel(db, range, {
      timeZone: r.timeZone,
      now: r.now.toISOString(),
      responseHours: r.settings.policy.emergencyResponseHours,
    }),
};
