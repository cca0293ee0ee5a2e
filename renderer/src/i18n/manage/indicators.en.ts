// English strings of the appraisal indicators view (考核指標). indicators.zhTW.ts has the same keys.
export const indicatorsEn = {
  view: 'Indicators',
  explain:
    'Tickets completed (handed back) in the period. A rate is counted / completed: click a figure to see the tickets behind it.',
  technicians: 'Per technician',
  stations: 'Per repair station',
  columns: {
    technician: 'Technician',
    station: 'Repair station',
    completed: 'Completed',
    onTime: 'On-time repair rate',
    success: 'Repair success rate',
    training: 'Training',
  },
  /** Keyed by the core's definition keys (main/appraisal/indicators.ts, DEFINITIONS). */
  definitions: {
    appraisal: {
      onTimeRate:
        'Completed within the product type’s turnaround target (working days after the fault was reported) / completed.',
      successRate:
        'Completed with no re-repair of the unit within the re-repair window / completed.',
      trainingParticipation:
        'Training hours and courses recorded in the period, against the yearly target.',
    },
  },
  definitionsTitle: 'How each figure is defined',
  industry:
    'For comparison: repair shops usually fix about three in four units the first time, the best nine in ten. The depot’s own indicators are defined exactly as above.',
  notAllowed:
    'The indicators name technicians, so only supervisors, admins and finance see them (policy 4, confidentiality).',
  noRate: '—',
  ofCompleted: '{{n}} / {{d}}',
  openTickets: 'Show the tickets behind {{figure}}',
  training_one: '{{hours}} h · {{count}} course',
  training_other: '{{hours}} h · {{count}} courses',
  trainingTarget: 'target {{hours}} h a year',
  emptyTechnicians: 'No technicians to appraise.',
  emptyStations: 'No repair stations.',
  trainingRecords: {
    open: 'Training records of {{name}}',
    title: 'Training · {{name}}',
    period: 'Held {{from}} to {{to}}',
    totals_one: '{{hours}} h in {{count}} course',
    totals_other: '{{hours}} h in {{count}} courses',
    columns: {
      date: 'Date',
      course: 'Course',
      kind: 'Kind',
      length: 'Length',
      trainer: 'Trainer',
      result: 'Result',
    },
    kinds: {
      product_knowledge: 'Product knowledge',
      repair_skills: 'Repair skills',
      service_rules: 'Service rules',
      safety: 'Safety',
    },
    results: {
      passed: 'Passed',
      failed: 'Failed',
      attended: 'Attended',
    },
    minutes: '{{minutes}} min',
    empty: 'No training recorded in this period.',
    truncated: 'The newest {{shown}} records.',
    record: 'Record a course',
    fields: {
      course: 'Course',
      kind: 'Kind',
      date: 'Date held',
      minutes: 'Length (minutes)',
      trainer: 'Trainer',
      result: 'Result',
    },
    save: 'Record training',
    recorded: 'Training recorded for {{name}}.',
  },
  drawer: {
    title: '{{indicator}} · {{who}}',
    period: 'Completed {{from}} to {{to}}',
    parts: {
      numerator: 'Counted ({{n}})',
      denominator: 'All completed ({{d}})',
    },
    columns: {
      reportNo: 'Report no.',
      reportedAt: 'Reported',
      completedAt: 'Completed',
      dueDate: 'Due',
      onTime: 'On time',
      rerepair: 'Re-repair',
    },
    onTime: 'On time',
    late: 'Late',
    none: '—',
    empty: 'No tickets.',
    limited: 'The first {{shown}} of {{total}} tickets.',
    count_one: '{{count}} ticket',
    count_other: '{{count}} tickets',
  },
};
