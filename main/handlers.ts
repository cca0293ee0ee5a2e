import { combineHandlerMaps } from './contract/dispatcher';
import type { HandlerInput, HandlerOutput } from './contract/handler';
import { appHandlers } from './app/handlers';
import { attachmentHandlers } from './attachments/handlers';
import { auditHandlers } from './audit/handlers';
import { documentHandlers } from './documents/handlers';
import { intakeDocumentHandlers } from './documents/intakeDocuments';
import { benchDocumentHandlers } from './documents/benchDocuments';
import { requisitionDocumentHandlers } from './documents/requisitionDocument';
import { intakeHandlers } from './intake/handlers';
import { searchHandlers } from './search/handlers';
import { sessionHandlers } from './session/handlers';
import { settingsHandlers } from './settings/handlers';
import { staffHandlers } from './staff/handlers';
import { stockroomHandlers } from './stock/handlers';
import { benchLifecycleHandlers } from './bench/handlers';
import { repairLogHandlers } from './bench/repairLogHandlers';
import { verifyHandlers } from './verify/handlers';
import { backupHandlers } from './backup/handlers';
import { aftercareHandlers } from './aftercare/handlers';
import { appraisalHandlers } from './appraisal/handlers';
import { accountingHandlers } from './accounting/handlers';
import { pricingHandlers } from './pricing/handlers';
import { improvementHandlers } from './improvement/handlers';
import { insightHandlers } from './insight/handlers';
import { customerRecordHandlers } from './customers/handlers';
import { agreementHandlers } from './agreements/agreementHandlers';
import { inboxHandlers } from './inbox/handlers';
import { draftHandlers } from './drafts/handlers';

// The one contract between the UI and the core (STYLE.md habit 1): every domain declares its
// own map beside its code, and this file combines them. A channel declared twice stops start-up.
export const handlers = combineHandlerMaps(
  appHandlers,
  sessionHandlers,
  staffHandlers,
  settingsHandlers,
  auditHandlers,
  documentHandlers,
  intakeHandlers,
  searchHandlers,
  attachmentHandlers,
  intakeDocumentHandlers,
  requisitionDocumentHandlers,
  benchDocumentHandlers,
  stockroomHandlers,
  benchLifecycleHandlers,
  repairLogHandlers,
  verifyHandlers,
  backupHandlers,
  aftercareHandlers,
  appraisalHandlers,
  accountingHandlers,
  pricingHandlers,
  improvementHandlers,
  insightHandlers,
  customerRecordHandlers,
  agreementHandlers,
  draftHandlers,
  inboxHandlers,
);

export type Handlers = typeof handlers;
export type Channel = keyof Handlers & string;
export type Input<K extends Channel> = HandlerInput<Handlers[K]>;
export type Output<K extends Channel> = HandlerOutput<Handlers[K]>;
