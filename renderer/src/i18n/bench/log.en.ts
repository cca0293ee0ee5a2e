// English strings of the repair log: notes, coded faults, labour and the test checklist.
// log.zhTW.ts has the same keys.
export const notesEn = {
  title: 'Diagnosis and notes',
  none: 'No notes yet.',
  kind: { diagnosis: 'Diagnosis', note: 'Work note' },
  placeholder: 'What you found or did (Ctrl+Enter adds it)',
  add: 'Add note',
  empty: 'Write the note first',
};

export const faultsEn = {
  title: 'Faults (symptom, cause, measure)',
  none: 'No faults coded yet.',
  symptom: 'Symptom',
  cause: 'Cause',
  measure: 'Measure',
  note: 'Note',
  add: 'Add fault',
  remove: 'Remove this fault (recorded by mistake)',
};

export const labourEn = {
  title: 'Labour',
  start: 'Start timer',
  stop: 'Stop timer',
  stopWith: 'Stop with these minutes',
  workedMinutes: 'Minutes actually worked',
  total: 'Recorded: {{time}}',
  none: 'No labour recorded yet.',
  who: 'Who',
  when: 'When',
  how: 'How',
  minutes: 'Time',
  note: 'Note',
  noteHint: 'What the time was spent on',
  running: 'running…',
  source: { timer: 'Timer', manual: 'Typed' },
  manual: 'Add minutes',
  manualHint: '1 to {{max}} per entry',
  range: 'Whole minutes from 1 to {{max}} per entry; record longer work as several entries',
  add: 'Add',
};

export const checklistEn = {
  title: 'Test checklist',
  source: {
    type: "This product type's list",
    default: 'Default list',
  },
  notTesting: 'Results are recorded while the ticket is in testing (policy 3.3).',
  passed: 'Every item passed: the unit may go to ready for pickup.',
  blocked: 'Ready for pickup is blocked until every item passes:',
  failing: 'Failed: {{items}}',
  missing: 'Not tested: {{items}}',
  pass: 'Pass',
  fail: 'Fail',
  failNote: 'What failed',
  failNeedsNote: 'A failed check needs a note saying what failed',
  result: {
    pass: 'Passed',
    fail: 'Failed',
    untested: 'Not tested',
  },
};
