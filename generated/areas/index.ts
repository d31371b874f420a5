// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
import { createAdminArea } from './admin.js';
import { createCallcentersArea } from './callcenters.js';
import { createCallsArea } from './calls.js';
import { createChannelsArea } from './channels.js';
import { createCoachingArea } from './coaching.js';
import { createContactsArea } from './contacts.js';
import { createDepartmentsArea } from './departments.js';
import { createEventsArea } from './events.js';
import { createMeetingsArea } from './meetings.js';
import { createMessagesArea } from './messages.js';
import { createNumbersArea } from './numbers.js';
import { createOauthArea } from './oauth.js';
import { createOfficesArea } from './offices.js';
import { createRecordingsArea } from './recordings.js';
import { createRoomsArea } from './rooms.js';
import { createRoutingArea } from './routing.js';
import { createStatsArea } from './stats.js';
import { createUsersArea } from './users.js';
import type { OperationCaller } from '../caller.js';

/** Every namespace of every area, bound to one caller. */
export function createAreas<O>(caller: OperationCaller<O>) {
  return {
    ...createAdminArea(caller),
    ...createCallcentersArea(caller),
    ...createCallsArea(caller),
    ...createChannelsArea(caller),
    ...createCoachingArea(caller),
    ...createContactsArea(caller),
    ...createDepartmentsArea(caller),
    ...createEventsArea(caller),
    ...createMeetingsArea(caller),
    ...createMessagesArea(caller),
    ...createNumbersArea(caller),
    ...createOauthArea(caller),
    ...createOfficesArea(caller),
    ...createRecordingsArea(caller),
    ...createRoomsArea(caller),
    ...createRoutingArea(caller),
    ...createStatsArea(caller),
    ...createUsersArea(caller),
  };
}

export type Areas<O> = ReturnType<typeof createAreas<O>>;

export const namespaces = [
  'accessPolicies',
  'blockedNumbers',
  'callRouters',
  'callcenters',
  'calls',
  'channels',
  'coaching',
  'company',
  'contacts',
  'customIvrs',
  'departments',
  'dispositions',
  'fax',
  'meetings',
  'messages',
  'numbers',
  'oauth',
  'offices',
  'recordings',
  'reports',
  'rooms',
  'scorecards',
  'sms',
  'stats',
  'subscriptions',
  'users',
  'webhooks',
  'websockets',
] as const;
