// The warranty policy values and the working calendar its deadlines count on.
export const policyEn = {
  intro: 'Values from the warranty policy that the depot works under.',
  emergencyResponseHours: 'Emergency response (hours)',
  emergencyResponseHoursHint: "Policy 2: respond within this many hours of the customer's call.",
  onSiteWorkingDays: 'Technician on site (working days)',
  onSiteWorkingDaysHint: 'Policy 2: a technician is on site within this many working days.',
  followUpWorkingDays: 'Customer follow-up (working days)',
  followUpWorkingDaysHint:
    'Policy 3.6: call the customer within this many working days of the repair.',
  reRepairWindowDays: 'Re-repair window (days)',
  reRepairWindowDaysHint:
    'Policy 4 (repair success rate): a unit reported again within this many days of its repair counts as a re-repair.',
  labourRatePerHour: 'Labour rate per hour',
  labourRatePerHourHint: 'Charged for repairs outside warranty or scope (policy 3.5).',
  currency: 'Currency',
  currencyHint: 'Three-letter ISO code, e.g. TWD',
};

export const calendarEn = {
  intro: 'Working days and holidays count toward the on-site and follow-up deadlines.',
  workingDays: 'Working days',
  holidays: 'Holidays',
  holidayDate: 'Date',
  addHoliday: 'Add holiday',
  noHolidays: 'No holidays entered.',
  weekdays: {
    '1': 'Mon',
    '2': 'Tue',
    '3': 'Wed',
    '4': 'Thu',
    '5': 'Fri',
    '6': 'Sat',
    '7': 'Sun',
  },
};
