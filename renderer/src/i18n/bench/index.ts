import { checklistEn, faultsEn, labourEn, notesEn } from './log.en';
import { checklistZhTW, faultsZhTW, labourZhTW, notesZhTW } from './log.zhTW';
import { costEn, partsEn } from './parts.en';
import { paymentsEn } from './payments.en';
import { paymentsZhTW } from './payments.zhTW';
import { costZhTW, partsZhTW } from './parts.zhTW';
import { pageEn, queueEn } from './queue.en';
import { pageZhTW, queueZhTW } from './queue.zhTW';
import {
  acceptanceEn,
  actionsEn,
  assignEn,
  conflictEn,
  factoryEn,
  formatEn,
  printEn,
  quoteEn,
  tabsEn,
  ticketEn,
  timelineEn,
} from './ticket.en';
import {
  acceptanceZhTW,
  actionsZhTW,
  assignZhTW,
  conflictZhTW,
  factoryZhTW,
  formatZhTW,
  printZhTW,
  quoteZhTW,
  tabsZhTW,
  ticketZhTW,
  timelineZhTW,
} from './ticket.zhTW';

// The bench's strings, one file pair per area (t('bench.queue.scope.mine')): the page and
// queue, the ticket with its moves and printouts, the repair log, the parts and the cost.
export const benchEn = {
  page: pageEn,
  queue: queueEn,
  ticket: ticketEn,
  tabs: tabsEn,
  actions: actionsEn,
  assign: assignEn,
  quote: quoteEn,
  acceptance: acceptanceEn,
  factory: factoryEn,
  conflict: conflictEn,
  print: printEn,
  timeline: timelineEn,
  format: formatEn,
  notes: notesEn,
  faults: faultsEn,
  labour: labourEn,
  checklist: checklistEn,
  parts: partsEn,
  cost: costEn,
  payments: paymentsEn,
};

export const benchZhTW = {
  page: pageZhTW,
  queue: queueZhTW,
  ticket: ticketZhTW,
  tabs: tabsZhTW,
  actions: actionsZhTW,
  assign: assignZhTW,
  quote: quoteZhTW,
  acceptance: acceptanceZhTW,
  factory: factoryZhTW,
  conflict: conflictZhTW,
  print: printZhTW,
  timeline: timelineZhTW,
  format: formatZhTW,
  notes: notesZhTW,
  faults: faultsZhTW,
  labour: labourZhTW,
  checklist: checklistZhTW,
  parts: partsZhTW,
  cost: costZhTW,
  payments: paymentsZhTW,
};
