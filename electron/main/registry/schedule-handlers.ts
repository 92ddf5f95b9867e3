import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { ServiceContext } from '../services/context';
import { listDialogues, saveDialogue } from '../services/dialogues/dialogues';
import { moveSitting, loadSittings, publishSittings } from '../services/schedule/calendar';
import { complianceReport } from '../services/schedule/compliance';
import { holidaysBetween, listHolidays, removeHoliday, saveHoliday } from '../services/schedule/holidays';
import { receptionFigures } from '../services/schedule/reception-figures';
import { listRules, saveRule } from '../services/schedule/rules';
import {
  closeSession,
  openAdHocSession,
  openSitting,
  setFollowUpDone,
} from '../services/schedule/session-flow';
import { followUpsForCase, getSessionDetail } from '../services/schedule/session-records';
import type { CallContext, Handlers } from './registry';

type ScheduleHandlerNames = Extract<
  keyof Handlers,
  | `schedule:${string}`
  | `dialogues:${string}`
  | `follow-ups:${string}`
  | 'sessions:get'
  | 'sessions:open'
  | 'sessions:close'
>;

/** The schedule, sessions, follow-ups and dialogues calls. */
export function scheduleHandlers(
  db: Kysely<DB>,
  service: (call: CallContext) => ServiceContext,
): Pick<Handlers, ScheduleHandlerNames> {
  return {
    'schedule:rules': () => listRules(db),
    'schedule:save-rule': (input, call) => saveRule(service(call), input),
    'schedule:calendar': async (input) => ({
      sittings: await loadSittings(db, input),
      holidays: await holidaysBetween(db, input.from, input.to),
    }),
    'schedule:publish': async (input, call) => ({ published: await publishSittings(service(call), input) }),
    'schedule:move': async (input, call) => {
      await moveSitting(service(call), input);
      return {};
    },
    'schedule:holidays': (input) => listHolidays(db, input.year),
    'schedule:save-holiday': (input, call) => saveHoliday(service(call), input),
    'schedule:remove-holiday': async (input, call) => {
      await removeHoliday(service(call), input.day);
      return {};
    },
    'schedule:compliance': (input) => complianceReport(db, input),
    'schedule:figures': (input) => receptionFigures(db, input),
    'schedule:open-sitting': (input, call) => openSitting(service(call), input),
    'sessions:get': (input) => getSessionDetail(db, input.sessionId),
    'sessions:open': (input, call) => openAdHocSession(service(call), input),
    'sessions:close': (input, call) => closeSession(service(call), input),
    'follow-ups:for-case': (input) => followUpsForCase(db, input.caseId),
    'follow-ups:set-done': (input, call) => setFollowUpDone(service(call), input.id, input.isDone),
    'dialogues:list': (input) => listDialogues(db, input),
    'dialogues:save': (input, call) => saveDialogue(service(call), input),
  };
}
