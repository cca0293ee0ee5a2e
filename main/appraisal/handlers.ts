import { combineHandlerMaps } from '../contract/dispatcher';
import { drillDownHandlers } from './drillDownHandlers';
import { indicatorHandlers } from './indicatorHandlers';
import { trainingHandlers } from './trainingHandlers';
import { turnaroundHandlers } from './turnaroundHandlers';

// Staff appraisal (issue 10, item 3; policy 4): training records, turnaround targets and the
// indicators with their drill-down.
export const appraisalHandlers = combineHandlerMaps(
  trainingHandlers,
  turnaroundHandlers,
  indicatorHandlers,
  drillDownHandlers,
);
