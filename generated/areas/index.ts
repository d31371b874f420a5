// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
import { createCallcentersArea } from './callcenters.js';
import { createCallsArea } from './calls.js';
import { createContactsArea } from './contacts.js';
import { createDepartmentsArea } from './departments.js';
import { createEventsArea } from './events.js';
import { createMessagesArea } from './messages.js';
import { createOauthArea } from './oauth.js';
import { createOfficesArea } from './offices.js';
import { createStatsArea } from './stats.js';
import { createUsersArea } from './users.js';
import type { OperationCaller } from '../caller.js';

/** Every namespace of every area, bound to one caller. */
export function createAreas<O>(caller: OperationCaller<O>) {
  return {
    ...createCallcentersArea(caller),
    ...createCallsArea(caller),
    ...createContactsArea(caller),
    ...createDepartmentsArea(caller),
    ...createEventsArea(caller),
    ...createMessagesArea(caller),
    ...createOauthArea(caller),
    ...createOfficesArea(caller),
    ...createStatsArea(caller),
    ...createUsersArea(caller),
  };
}

export type Areas<O> = ReturnType<typeof createAreas<O>>;

export const namespaces = [
  'callcenters',
  'calls',
  'contacts',
  'departments',
  'messages',
  'oauth',
  'offices',
  'sms',
  'stats',
  'subscriptions',
  'users',
  'webhooks',
  'websockets',
] as const;
