import { combineHandlerMaps } from '../contract/dispatcher';
import { meetingHandlers } from './meetingHandlers';
import { problemHandlers } from './problemHandlers';

// Improvement's channels (issue 10, item 5; policy 6): the problem register with its action
// items and effectiveness review, and the review meetings.
export const improvementHandlers = combineHandlerMaps(problemHandlers, meetingHandlers);
