// English strings of the manager's dashboard (issue 10, item 4). dashboard.zhTW.ts has the same keys.
export const dashboardEn = {
  view: 'Dashboard',
  notAllowed: 'The dashboard is for supervisors, finance and admins.',
  station: 'Station',
  allStations: 'All stations',
  loading: 'Loading the figures…',
  print: 'Print report',
  exportPng: 'PNG',
  exportPngLabel: 'Save “{{title}}” as a PNG image',
  exported: 'Saved {{file}}',
  volume: {
    summary: '{{count}} received',
    title: 'Tickets received',
    explain: 'Every ticket registered at intake, by week (ranges up to 13 weeks) or by month.',
    tickets: 'Tickets',
    empty: 'No tickets were received in this period. Tickets registered at Intake fill this chart.',
  },
  backlog: {
    title: 'Open now',
    explain:
      'Tickets not yet handed back, whatever the period: by status, and by age in working days since the day reported.',
    total: '{{count}} open',
    byStatus: 'By status',
    byAge: 'By age (working days)',
    empty: 'No open tickets. Tickets received and not yet handed back fill this panel.',
  },
  faults: {
    title: 'Faults (Pareto)',
    explain:
      'Fault lines recorded at the bench on tickets reported in the period, most first, with the cumulative share.',
    symptoms: 'By symptom',
    causes: 'By cause',
    models: 'By model',
    code: 'Code',
    name: 'Name',
    count: 'Faults',
    cumulative: 'Cumulative',
    summary: '{{faults}} faults on {{tickets}} tickets',
    openAction: 'Open corrective action',
    empty:
      'No faults recorded on tickets reported in this period. Fault codes logged at the Bench fill this panel.',
  },
  turnaround: {
    title: 'Turnaround',
    explain:
      'Tickets handed back in the period, by working days from the day reported to the day handed back.',
    days: 'Working days',
    tickets: 'Tickets',
    summary: '{{count}} handed back',
    empty: 'No tickets were handed back in this period. Deliveries at the desk fill this chart.',
  },
  satisfaction: {
    title: 'Satisfaction',
    explain: 'Follow-up calls answered per month, and their mean score (1-5).',
    mean: 'Mean score',
    answers: 'Answers',
    summary: '{{answers}} answers, mean {{mean}}',
    empty:
      'No follow-up answers in this period. Follow-up calls that reach the customer fill this chart.',
  },
  emergency: {
    title: 'Emergency response',
    explain:
      'Emergency tickets per month of the call: responded within the promised {{hours}} hours, late, or still within it.',
    met: 'Met',
    missed: 'Missed',
    pending: 'Pending',
    empty:
      'No emergency tickets in this period. Tickets marked emergency at Intake fill this chart.',
  },
  costTrend: {
    title: 'Warranty cost by month',
    explain:
      'Tickets handed back per month: what the company bore against what customers were billed ({{currency}}).',
    companyBorne: 'Company-borne',
    billed: 'Billed',
    empty: 'No costs in this period. Tickets handed back fill this chart.',
  },
  lists: {
    overdueItems: '{{count}} overdue',
    followUps: 'Overdue follow-up calls',
    followUpsEmpty: 'No follow-up call is overdue.',
    complaints: 'Open complaints',
    complaintsEmpty: 'No complaint is open.',
    actions: 'Overdue corrective actions',
    actionsEmpty: 'No corrective action is overdue.',
    due: 'due {{date}}',
    all: 'Open the list',
    now: 'As of now, all stations',
  },
  ageBuckets: { '0-2': '0-2', '3-5': '3-5', '6-10': '6-10', '11+': 'over 10' },
};
