import { combineHandlerMaps } from '../contract/dispatcher';
import { complaintHandlers } from './complaintHandlers';
import { followUpHandlers } from './followUpHandlers';

// Aftercare's channels (issue 10, item 2; policy 3.6): follow-up calls and complaints.
export const aftercareHandlers = combineHandlerMaps(followUpHandlers, complaintHandlers);
