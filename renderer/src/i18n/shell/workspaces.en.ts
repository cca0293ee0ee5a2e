// The workspaces: their names in the navbar and what each is for (shown on its page).
export const navEn = {
  workspaces: 'Workspaces',
  intake: 'Intake',
  bench: 'Bench',
  stockroom: 'Stockroom',
  manage: 'Manage',
  settings: 'Settings',
};

export const workspacesEn = {
  intake: {
    purpose:
      'Record customer reports (customer, product model, serial number, fault), give the customer a report number and make the first warranty judgement.',
  },
  bench: {
    purpose:
      'Diagnose and repair accepted cases, fill in the repair record (cause, measures, parts replaced) and hand the unit over for the acceptance check.',
  },
  stockroom: {
    purpose:
      'Keep spare parts by location, inspect receipts, issue approved requisitions, take back returned parts and count stock so the books match the shelves.',
  },
  manage: {
    purpose:
      'What happens after the unit goes home: follow-up calls and complaints, customers, corrective actions and review meetings, the indicators and what warranty costs.',
  },
};
