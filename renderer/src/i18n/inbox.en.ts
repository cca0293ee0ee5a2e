// What waits on me (the header's inbox) and the live screens' words (issue 11, item 3).
export const inboxEn = {
  label: 'Waiting for me',
  empty: 'Nothing is waiting for you.',
  items: {
    approve_one: '{{count}} requisition to approve',
    approve_other: '{{count}} requisitions to approve',
    issue_one: '{{count}} requisition to issue',
    issue_other: '{{count}} requisitions to issue',
    assigned_one: '{{count}} ticket assigned to me',
    assigned_other: '{{count}} tickets assigned to me',
    followUps_one: '{{count}} overdue follow-up call',
    followUps_other: '{{count}} overdue follow-up calls',
  },
};

export const liveEn = {
  changedBy: 'Changed by {{name}} while you were editing.',
  reload: 'Reload',
};
