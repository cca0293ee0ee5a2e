// Review meetings 定期召開保修業務分析會議 (policy 6).
export const meetingsEn = {
  view: 'Review meetings',
  record: 'Record meeting',
  empty: 'No meeting recorded.',
  loading: 'Loading meetings…',
  pick: 'Choose a meeting, or record a new one.',
  row: '{{attendees}} attended · {{problems}} problem(s)',
  fields: {
    heldOn: 'Held on',
    attendees: 'Attendees',
    periodFrom: 'Report period from',
    periodTo: 'to',
    reportDocumentId: 'Archived cost report no. (optional)',
    agenda: 'Agenda items (one per line)',
    minutes: 'Minutes',
    problems: 'Problems decided on',
  },
  period: 'Period {{from}} – {{to}}',
  report: 'Cost report document #{{id}}',
  noReport: 'No archived cost report attached.',
  submit: 'Save meeting',
  recorded: 'Meeting of {{date}} recorded.',
};
