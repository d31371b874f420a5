// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.

import type { OperationId } from './operations.js';

/** JSON Schema of each operation's input as an agent tool: path parameters, then `query` and `body`. */
export const toolInputSchemas: Record<OperationId, Record<string, unknown>> = {
  'callcenters.addOperator': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the call center.',
      },
      body: {
        type: 'object',
        description: 'Which user to add to the call center, in which role, and which license to use if one is needed.',
        required: ['user_id'],
        properties: {
          user_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the user to add.',
          },
          role: {
            type: 'string',
            enum: ['admin', 'operator', 'supervisor'],
            default: 'operator',
            description:
              "The user's role in the call center; `supervisor` and `admin` carry more rights over it than `operator`.",
          },
          skill_level: {
            type: ['integer', 'string'],
            format: 'int64',
            default: 100,
            description:
              "The user's skill for this call center, from 1 to 100 (default 100); used when operators are rung by skill (`mostskilled` routing).",
          },
          license_type: {
            type: 'string',
            enum: ['agents', 'lite_support_agents'],
            default: 'agents',
            description: 'Kind of call center license to assign if the user does not already have one.',
          },
          keep_paid_numbers: {
            type: 'boolean',
            default: true,
            description:
              'When the user is moved to a support license, whether they keep their phone numbers (each then needs an extra number license).',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'callcenters.list': {
    type: 'object',
    properties: {
      query: {
        type: 'object',
        properties: {
          cursor: {
            type: 'string',
            description: 'Opaque token from the `cursor` field of the previous page; leave it out for the first page.',
          },
          office_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Only return call centers of this office.',
          },
          name_search: {
            type: 'string',
            description:
              'Only return call centers whose name contains this text (`Support` matches `Tier 1 Support` and `Support EMEA`).',
          },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  },
  'callcenters.status': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the call center.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'calls.aiRecap': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the call.',
      },
      query: {
        type: 'object',
        properties: {
          summary_format: {
            type: 'string',
            enum: ['bullet', 'long', 'medium', 'short'],
            description: 'Which form of the summary to return (a short, medium or long text, or bullet points).',
          },
        },
        additionalProperties: false,
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'calls.get': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the call.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'calls.hangup': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the call to end.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'calls.initiate': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description:
          "Id of the user whose app places the call; `me` stands for the key's own user when a user-level API key is used.",
      },
      body: {
        type: 'object',
        description: "What a user's Dialpad app should dial, and as whom.",
        properties: {
          phone_number: {
            type: 'string',
            description: 'The number to dial, in E.164 form.',
          },
          outbound_caller_id: {
            type: 'string',
            description:
              "The number the called person sees, in E.164 form, or `blocked` to hide it. It may be the user's own number, the number of the group in `group_id`, or a number the company has reserved.",
          },
          group_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the office, department or call center on whose behalf the call is made.',
          },
          group_type: {
            type: 'string',
            description: 'What kind of group `group_id` is.',
            enum: ['callcenter', 'department', 'office'],
          },
          custom_data: {
            type: 'string',
            description: 'Free text attached to the call and repeated in every call event about it.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'calls.list': {
    type: 'object',
    properties: {
      query: {
        type: 'object',
        properties: {
          cursor: {
            type: 'string',
            description: 'Opaque token from the `cursor` field of the previous page; leave it out for the first page.',
          },
          include_anonymized: {
            type: 'boolean',
            description:
              'Also return calls whose records were anonymized, for example calls of users who have since been deleted. Left out, such calls are skipped.',
          },
          started_after: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Keep only calls that started after this moment, in milliseconds since the Unix epoch (UTC).',
          },
          started_before: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Keep only calls that started before this moment, in milliseconds since the Unix epoch (UTC).',
          },
          target_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Keep only calls of this user, room or group; give its kind in `target_type`.',
          },
          target_type: {
            type: 'string',
            enum: [
              'callcenter',
              'callrouter',
              'channel',
              'coachinggroup',
              'coachingteam',
              'department',
              'office',
              'room',
              'staffgroup',
              'unknown',
              'user',
            ],
            description: 'What kind of thing `target_id` is.',
          },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  },
  'calls.ring': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description: 'Whose devices to ring, and what to dial once the user answers.',
        required: ['phone_number', 'user_id'],
        properties: {
          user_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the user who makes the call.',
          },
          phone_number: {
            type: 'string',
            description: 'The number to dial, in E.164 form.',
          },
          device_id: {
            type: 'string',
            description: "Ring only this device of the user; left out, all the user's devices ring.",
          },
          outbound_caller_id: {
            type: 'string',
            description:
              "The number the called person sees, in E.164 form, or `blocked` to hide it. It may be the user's own number, the number of the group in `group_id`, or a number the company has reserved.",
          },
          group_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the office, department or call center on whose behalf the call is made.',
          },
          group_type: {
            type: 'string',
            description: 'What kind of group `group_id` is.',
            enum: ['callcenter', 'department', 'office'],
          },
          is_consult: {
            type: 'boolean',
            default: false,
            description: 'Start a second call alongside one the user is already on; the existing call is put on hold.',
          },
          custom_data: {
            type: 'string',
            description: 'Free text attached to the call and repeated in every call event about it.',
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'calls.transfer': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the call to transfer.',
      },
      body: {
        type: 'object',
        description: 'Where a live call should go, and in what state it should arrive.',
        properties: {
          to: {
            description: 'The destination; exactly one of the four forms.',
            oneOf: [
              {
                type: 'object',
                description: 'Transfer to one particular operator of a group.',
                required: ['operator_id', 'target_id'],
                properties: {
                  operator_id: {
                    type: ['integer', 'string'],
                    format: 'int64',
                    description: 'Id of the operator who should receive the call.',
                  },
                  target_id: {
                    type: ['integer', 'string'],
                    format: 'int64',
                    description: 'Id of the group (office, department or call center) the operator belongs to.',
                  },
                },
              },
              {
                type: 'object',
                description: 'Transfer into another call that is in progress.',
                required: ['call_id'],
                properties: {
                  call_id: {
                    type: ['integer', 'string'],
                    format: 'int64',
                    description: 'Id of the ongoing call to join this one to.',
                  },
                },
              },
              {
                type: 'object',
                description: 'Transfer to a phone number.',
                required: ['number'],
                properties: {
                  number: {
                    type: 'string',
                    description: 'The number to transfer to, in E.164 form.',
                  },
                },
              },
              {
                type: 'object',
                description: 'Transfer to a user, office, department or call center.',
                required: ['target_id', 'target_type'],
                properties: {
                  target_id: {
                    type: ['integer', 'string'],
                    format: 'int64',
                    description: 'Id of the user or group that should receive the call.',
                  },
                  target_type: {
                    type: 'string',
                    description: 'What kind of thing `target_id` is.',
                    enum: ['callcenter', 'department', 'office', 'user'],
                  },
                },
              },
            ],
          },
          transfer_state: {
            type: 'string',
            description:
              'How the call arrives at its destination: on hold, parked, ringing (`preanswer`) or straight to voicemail.',
            enum: ['hold', 'parked', 'preanswer', 'voicemail'],
          },
          custom_data: {
            type: 'string',
            description: 'Free text attached to the call and repeated in every call event about it.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'contacts.create': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description: 'A new contact.',
        required: ['first_name', 'last_name'],
        properties: {
          first_name: {
            type: 'string',
            description: 'Given name (one line).',
          },
          last_name: {
            type: 'string',
            description: 'Family name (one line).',
          },
          owner_id: {
            type: 'string',
            description:
              "Make this a local contact of that user. Leave it out to add the contact to the company's shared address book.",
          },
          company_name: {
            type: 'string',
            description: 'Organisation the contact works for (one line).',
          },
          job_title: {
            type: 'string',
            description: "The contact's role (one line).",
          },
          emails: {
            type: 'array',
            description: 'Email addresses; the first one becomes the primary address.',
            items: {
              type: 'string',
            },
          },
          phones: {
            type: 'array',
            description: 'Phone numbers in E.164 form; the first one becomes the primary number.',
            items: {
              type: 'string',
            },
          },
          extension: {
            type: 'string',
            description: 'Extension to dial after the number.',
          },
          urls: {
            type: 'array',
            description: 'Web sites of, or about, the contact.',
            items: {
              type: 'string',
            },
          },
          trunk_group: {
            type: 'string',
            deprecated: true,
            description: 'No longer used.',
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'contacts.delete': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: 'Id of the contact to delete.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'contacts.get': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: 'Id of the contact.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'contacts.list': {
    type: 'object',
    properties: {
      query: {
        type: 'object',
        properties: {
          cursor: {
            type: 'string',
            description: 'Opaque token from the `cursor` field of the previous page; leave it out for the first page.',
          },
          include_local: {
            type: 'boolean',
            description:
              "Set to true to also return the local (per-user) contacts of the company's users; by default only shared contacts are returned.",
          },
          owner_id: {
            type: 'string',
            description: 'Return the local contacts of this user instead of the shared address book.',
          },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  },
  'contacts.update': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: 'Id of the contact to change.',
      },
      body: {
        type: 'object',
        description: 'The fields of a contact to change; fields left out keep their value.',
        properties: {
          first_name: {
            type: 'string',
            description: 'Given name (one line).',
          },
          last_name: {
            type: 'string',
            description: 'Family name (one line).',
          },
          company_name: {
            type: 'string',
            description: 'Organisation the contact works for (one line).',
          },
          job_title: {
            type: 'string',
            description: "The contact's role (one line).",
          },
          emails: {
            type: 'array',
            description: 'The new email addresses; the first one becomes the primary address.',
            items: {
              type: 'string',
            },
          },
          phones: {
            type: 'array',
            description: 'The new phone numbers (E.164); the first one becomes the primary number.',
            items: {
              type: 'string',
            },
          },
          extension: {
            type: 'string',
            description: 'Extension to dial after the number.',
          },
          urls: {
            type: 'array',
            description: 'The new list of web sites.',
            items: {
              type: 'string',
            },
          },
          trunk_group: {
            type: 'string',
            deprecated: true,
            description: 'No longer used.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'departments.addOperator': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the department.',
      },
      body: {
        type: 'object',
        description: 'Who to add as an operator of the department, and in which role.',
        required: ['operator_id', 'operator_type'],
        properties: {
          operator_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the user or room to add.',
          },
          operator_type: {
            type: 'string',
            enum: ['room', 'user'],
            description: 'Whether `operator_id` is a user or a room.',
          },
          role: {
            type: 'string',
            enum: ['admin', 'operator'],
            default: 'operator',
            description: '`operator` takes calls; `admin` also manages the department.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'departments.list': {
    type: 'object',
    properties: {
      query: {
        type: 'object',
        properties: {
          cursor: {
            type: 'string',
            description: 'Opaque token from the `cursor` field of the previous page; leave it out for the first page.',
          },
          office_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Only return departments of this office.',
          },
          name_search: {
            type: 'string',
            description:
              'Only return departments whose name contains this text (`Sales` matches `Inside Sales` and `Sales EMEA`).',
          },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  },
  'messages.schedule': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        title: 'Scheduled message to create',
        description:
          'The message and the moment to send it. Give either `to_numbers` or `channel_hashtag` as the destination.',
        properties: {
          channel_hashtag: {
            type: 'string',
            description: 'Hashtag of the Dialpad channel the message is meant for (one line).',
          },
          from_number: {
            type: 'string',
            description: "One of the sending user's own numbers, to send from.",
          },
          is_bulk: {
            type: 'boolean',
            default: false,
            description:
              'Treat it as a bulk send (at most 50 recipients), which is delivered and rate-limited differently.',
          },
          media: {
            type: 'string',
            format: 'byte',
            description: 'A base64-encoded image or video (at most 500 KiB before encoding); makes it an MMS.',
          },
          start_date: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'When to send, as Unix seconds; at least ten minutes in the future.',
          },
          text: {
            type: 'string',
            description: 'The message body.',
          },
          timezone: {
            type: 'string',
            default: 'US/Pacific',
            description: 'Time zone name for the schedule, such as `America/Los_Angeles`.',
          },
          to_numbers: {
            type: 'array',
            items: {
              type: 'string',
            },
            description: 'Up to 50 recipient numbers in E.164 form.',
          },
          user_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the user the message is sent as; the authenticated user when left out.',
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'oauth.authorize': {
    type: 'object',
    properties: {
      query: {
        type: 'object',
        properties: {
          code_challenge_method: {
            type: 'string',
            enum: ['S256', 'plain'],
            description: 'How `code_challenge` was derived from the PKCE verifier; use `S256`.',
          },
          code_challenge: {
            type: 'string',
            description: 'The PKCE challenge computed from the verifier the app will later send to the token endpoint.',
          },
          scope: {
            type: 'string',
            description: 'Extra scopes to ask for, separated by spaces.',
          },
          response_type: {
            type: 'string',
            enum: ['code'],
            description: 'Which OAuth flow to run; only the authorization-code flow (`code`) exists.',
          },
          redirect_uri: {
            type: 'string',
            description: 'Where to send the browser back to once the person has decided.',
          },
          client_id: {
            type: 'string',
            description: "The OAuth app's client id.",
          },
          state: {
            type: 'string',
            description: 'A random value the app checks on return, to guard against cross-site request forgery.',
          },
        },
        additionalProperties: false,
        required: ['redirect_uri', 'client_id'],
      },
    },
    required: ['query'],
    additionalProperties: false,
  },
  'oauth.deauthorize': {
    type: 'object',
    properties: {},
    additionalProperties: false,
  },
  'oauth.token': {
    type: 'object',
    properties: {
      body: {
        description: 'One of the two grants the token endpoint accepts, told apart by `grant_type`.',
        oneOf: [
          {
            type: 'object',
            title: 'Authorization code grant',
            description: 'Redeems the one-time code from the authorize redirect.',
            required: ['code', 'grant_type'],
            properties: {
              client_id: {
                type: 'string',
                description: "The app's client id (here or in a Basic authorization header).",
              },
              client_secret: {
                type: 'string',
                description: "The app's client secret (here or in a Basic authorization header).",
              },
              code: {
                type: 'string',
                description: 'The code Dialpad added to the redirect back to the app.',
              },
              code_verifier: {
                type: 'string',
                description:
                  'The PKCE verifier matching the `code_challenge` sent to the authorize endpoint, when PKCE was used.',
              },
              grant_type: {
                type: 'string',
                enum: ['authorization_code'],
                description: 'Always `authorization_code` for this grant.',
              },
            },
          },
          {
            type: 'object',
            title: 'Refresh token grant',
            description: 'Trades a refresh token for a new access token and a new refresh token.',
            required: ['grant_type', 'refresh_token'],
            properties: {
              client_id: {
                type: 'string',
                description: "The app's client id (here or in a Basic authorization header).",
              },
              client_secret: {
                type: 'string',
                description: "The app's client secret (here or in a Basic authorization header).",
              },
              grant_type: {
                type: 'string',
                enum: ['refresh_token'],
                description: 'Always `refresh_token` for this grant.',
              },
              refresh_token: {
                type: 'string',
                description: 'The refresh token being traded in.',
              },
            },
          },
        ],
        discriminator: {
          propertyName: 'grant_type',
          mapping: {
            authorization_code: '#/components/schemas/OAuthAuthorizationCodeGrant',
            refresh_token: '#/components/schemas/OAuthRefreshTokenGrant',
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'offices.addOperator': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the office.',
      },
      body: {
        type: 'object',
        description: 'Who to add as an operator of the office, and in which role.',
        required: ['operator_id', 'operator_type'],
        properties: {
          operator_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the user or room to add.',
          },
          operator_type: {
            type: 'string',
            enum: ['room', 'user'],
            description: 'Whether `operator_id` is a user or a room.',
          },
          role: {
            type: 'string',
            enum: ['admin', 'operator'],
            default: 'operator',
            description: '`operator` takes calls; `admin` also manages the office.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'offices.list': {
    type: 'object',
    properties: {
      query: {
        type: 'object',
        properties: {
          cursor: {
            type: 'string',
            description: 'Opaque token from the `cursor` field of the previous page; leave it out for the first page.',
          },
          active_only: {
            type: 'boolean',
            description:
              'Set to true to leave out offices that are not active (pending, suspended, cancelled, deleted).',
          },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  },
  'sms.send': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description:
          'What to send and who sends it. Give either `to_numbers` or `channel_hashtag` as the destination, and a sender through `user_id`, `sender_group_id` or `from_number`.',
        properties: {
          channel_hashtag: {
            type: 'string',
            description: 'Hashtag of the Dialpad channel to post the message to (one line).',
          },
          from_number: {
            type: 'string',
            description:
              'Number to send from; it must belong to a user or a user group. When set, it wins over `user_id` and `sender_group_id`.',
          },
          infer_country_code: {
            type: 'boolean',
            default: false,
            description:
              "When true, numbers in `to_numbers` that are not E.164 are read as belonging to the sending user's country.",
          },
          media: {
            type: 'string',
            format: 'byte',
            description: 'A base64-encoded attachment (at most 500 KiB before encoding); makes the message an MMS.',
          },
          sender_group_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the office, department or call center on whose behalf the user sends.',
          },
          sender_group_type: {
            type: 'string',
            enum: ['callcenter', 'department', 'office'],
            description: 'What kind of group `sender_group_id` names.',
          },
          text: {
            type: 'string',
            default: '',
            description: 'The message body.',
          },
          to_numbers: {
            type: 'array',
            items: {
              type: 'string',
            },
            description: 'Between one and 10 recipient numbers in E.164 form.',
          },
          user_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the user the message is sent as.',
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'stats.create': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description: 'What the report should contain and which period and scope it covers.',
        required: ['export_type', 'stat_type'],
        properties: {
          stat_type: {
            type: 'string',
            enum: ['calls', 'csat', 'dispositions', 'onduty', 'recordings', 'screenshare', 'texts', 'voicemails'],
            description:
              'Which kind of activity to report on. `csat` and `dispositions` need `target_id` and `target_type`.',
          },
          export_type: {
            type: 'string',
            enum: ['records', 'stats'],
            description:
              '`stats` for totals, `records` for one row per record. `csat` and `dispositions` only come as `records`.',
          },
          group_by: {
            type: 'string',
            enum: ['date', 'group', 'user'],
            description:
              'For `calls` only: one row per user per day (`user`, the default), totals per day (`date`), or per department and call center (`group`, for an office only).',
          },
          days_ago_start: {
            type: ['integer', 'string'],
            format: 'int64',
            default: 1,
            description: 'First day of the period, counted in days back from today (used with `days_ago_end`).',
          },
          days_ago_end: {
            type: ['integer', 'string'],
            format: 'int64',
            default: 30,
            description: 'Last day of the period, counted in days back from today (used with `days_ago_start`).',
          },
          is_today: {
            type: 'boolean',
            description: 'Report on today only; `days_ago_start` and `days_ago_end` are then ignored.',
          },
          office_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Limit the report to this office (ignored when a target is given).',
          },
          target_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Limit the report to this target (give `target_type` too).',
          },
          target_type: {
            type: 'string',
            enum: [
              'callcenter',
              'coachinggroup',
              'coachingteam',
              'department',
              'office',
              'room',
              'staffgroup',
              'unknown',
              'user',
            ],
            description: 'Kind of target `target_id` names.',
          },
          coaching_group: {
            type: 'boolean',
            description: 'Report on the trainees of the coaching group given as the target.',
          },
          coaching_team: {
            type: 'boolean',
            description: 'Report on the trainees of the coaching team given as the target.',
          },
          timezone: {
            type: 'string',
            default: 'UTC',
            description: 'Time zone (tz database name, such as `Europe/Paris`) the days are counted in.',
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'stats.get': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: 'The `request_id` returned when the report was started.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'subscriptions.createCall': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        properties: {
          endpoint_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the webhook or websocket that should receive the events.',
          },
          call_states: {
            type: 'array',
            description: 'Call states that should trigger an event.',
            items: {
              type: 'string',
              description:
                'A call state (or call-related happening) that triggers a call event; `all` stands for every state.',
              enum: [
                'admin',
                'admin_recording',
                'ai_playbook',
                'all',
                'barge',
                'blocked',
                'call_transcription',
                'calling',
                'connected',
                'csat',
                'dispositions',
                'hangup',
                'hold',
                'merged',
                'missed',
                'monitor',
                'parked',
                'pcsat',
                'postcall',
                'preanswer',
                'queued',
                'recap_action_items',
                'recap_outcome',
                'recap_purposes',
                'recap_summary',
                'recording',
                'ringing',
                'takeover',
                'transcription',
                'voicemail',
                'voicemail_uploaded',
              ],
            },
          },
          enabled: {
            type: 'boolean',
            default: true,
            description: 'Whether to start sending events right away.',
          },
          group_calls_only: {
            type: 'boolean',
            description: 'Send events for group calls only.',
          },
          target_type: {
            type: 'string',
            description: 'The kind of Dialpad entity an event subscription is narrowed to.',
            enum: [
              'callcenter',
              'callrouter',
              'channel',
              'coachinggroup',
              'coachingteam',
              'department',
              'office',
              'room',
              'staffgroup',
              'unknown',
              'user',
            ],
          },
          target_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the entity to narrow the subscription to (with `target_type`).',
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'subscriptions.createContact': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        required: ['contact_type'],
        properties: {
          endpoint_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the webhook or websocket that should receive the events.',
          },
          contact_type: {
            type: 'string',
            description:
              "Which contacts produce contact events: `shared` (the company's shared address book) or `local` (users' own contacts).",
            enum: ['local', 'shared'],
          },
          enabled: {
            type: 'boolean',
            default: true,
            description: 'Whether to start sending events right away.',
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'subscriptions.createSms': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        required: ['direction'],
        properties: {
          endpoint_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the webhook or websocket that should receive the events.',
          },
          direction: {
            type: 'string',
            description: 'Which text messages produce SMS events, by direction.',
            enum: ['all', 'inbound', 'outbound'],
          },
          enabled: {
            type: 'boolean',
            default: true,
            description: 'Whether to start sending events right away.',
          },
          include_internal: {
            type: 'boolean',
            default: false,
            description: 'Also send events for messages between two users of the same company.',
          },
          status: {
            type: 'boolean',
            default: false,
            description: 'Also send an event for each delivery-status change of a message.',
          },
          target_type: {
            type: 'string',
            description: 'The kind of Dialpad entity an event subscription is narrowed to.',
            enum: [
              'callcenter',
              'callrouter',
              'channel',
              'coachinggroup',
              'coachingteam',
              'department',
              'office',
              'room',
              'staffgroup',
              'unknown',
              'user',
            ],
          },
          target_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the entity to narrow the subscription to (with `target_type`).',
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'subscriptions.deleteCall': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the call event subscription to remove.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'subscriptions.deleteContact': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the contact event subscription to remove.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'subscriptions.deleteSms': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the SMS event subscription to remove.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'subscriptions.getCall': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the call event subscription.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'subscriptions.getContact': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the contact event subscription.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'subscriptions.getSms': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the SMS event subscription.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'subscriptions.listCall': {
    type: 'object',
    properties: {
      query: {
        type: 'object',
        properties: {
          cursor: {
            type: 'string',
            description: 'Opaque token from the `cursor` field of the previous page; leave it out for the first page.',
          },
          target_type: {
            type: 'string',
            description: 'Only subscriptions scoped to this kind of target.',
            enum: [
              'callcenter',
              'callrouter',
              'channel',
              'coachinggroup',
              'coachingteam',
              'department',
              'office',
              'room',
              'staffgroup',
              'unknown',
              'user',
            ],
          },
          target_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Only subscriptions scoped to the target with this id.',
          },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  },
  'subscriptions.listContact': {
    type: 'object',
    properties: {
      query: {
        type: 'object',
        properties: {
          cursor: {
            type: 'string',
            description: 'Opaque token from the `cursor` field of the previous page; leave it out for the first page.',
          },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  },
  'subscriptions.listSms': {
    type: 'object',
    properties: {
      query: {
        type: 'object',
        properties: {
          cursor: {
            type: 'string',
            description: 'Opaque token from the `cursor` field of the previous page; leave it out for the first page.',
          },
          target_type: {
            type: 'string',
            description: 'Only subscriptions scoped to this kind of target.',
            enum: [
              'callcenter',
              'callrouter',
              'channel',
              'coachinggroup',
              'coachingteam',
              'department',
              'office',
              'room',
              'staffgroup',
              'unknown',
              'user',
            ],
          },
          target_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Only subscriptions scoped to the target with this id.',
          },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  },
  'subscriptions.updateCall': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the call event subscription to change.',
      },
      body: {
        type: 'object',
        properties: {
          endpoint_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of a webhook or websocket to move the subscription to.',
          },
          call_states: {
            type: 'array',
            description: 'The new set of call states that trigger an event.',
            items: {
              type: 'string',
              description:
                'A call state (or call-related happening) that triggers a call event; `all` stands for every state.',
              enum: [
                'admin',
                'admin_recording',
                'ai_playbook',
                'all',
                'barge',
                'blocked',
                'call_transcription',
                'calling',
                'connected',
                'csat',
                'dispositions',
                'hangup',
                'hold',
                'merged',
                'missed',
                'monitor',
                'parked',
                'pcsat',
                'postcall',
                'preanswer',
                'queued',
                'recap_action_items',
                'recap_outcome',
                'recap_purposes',
                'recap_summary',
                'recording',
                'ringing',
                'takeover',
                'transcription',
                'voicemail',
                'voicemail_uploaded',
              ],
            },
          },
          enabled: {
            type: 'boolean',
            default: true,
            description: 'Turn event delivery on or off.',
          },
          group_calls_only: {
            type: 'boolean',
            description: 'Send events for group calls only.',
          },
          target_type: {
            type: 'string',
            description: 'The kind of Dialpad entity an event subscription is narrowed to.',
            enum: [
              'callcenter',
              'callrouter',
              'channel',
              'coachinggroup',
              'coachingteam',
              'department',
              'office',
              'room',
              'staffgroup',
              'unknown',
              'user',
            ],
          },
          target_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the entity to narrow the subscription to (with `target_type`).',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'subscriptions.updateContact': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the contact event subscription to change.',
      },
      body: {
        type: 'object',
        required: ['contact_type'],
        properties: {
          endpoint_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of a webhook or websocket to move the subscription to.',
          },
          contact_type: {
            type: 'string',
            description:
              "Which contacts produce contact events: `shared` (the company's shared address book) or `local` (users' own contacts).",
            enum: ['local', 'shared'],
          },
          enabled: {
            type: 'boolean',
            default: true,
            description: 'Turn event delivery on or off.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'subscriptions.updateSms': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the SMS event subscription to change.',
      },
      body: {
        type: 'object',
        properties: {
          endpoint_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of a webhook or websocket to move the subscription to.',
          },
          direction: {
            type: 'string',
            description: 'Which text messages produce SMS events, by direction.',
            enum: ['all', 'inbound', 'outbound'],
          },
          enabled: {
            type: 'boolean',
            default: true,
            description: 'Turn event delivery on or off.',
          },
          include_internal: {
            type: 'boolean',
            default: false,
            description: 'Also send events for messages between two users of the same company.',
          },
          status: {
            type: 'boolean',
            default: false,
            description: 'Also send an event for each delivery-status change of a message.',
          },
          target_type: {
            type: 'string',
            description: 'The kind of Dialpad entity an event subscription is narrowed to.',
            enum: [
              'callcenter',
              'callrouter',
              'channel',
              'coachinggroup',
              'coachingteam',
              'department',
              'office',
              'room',
              'staffgroup',
              'unknown',
              'user',
            ],
          },
          target_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the entity to narrow the subscription to (with `target_type`).',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'users.create': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description: "The new user's details.",
        required: ['email', 'office_id'],
        properties: {
          auto_assign: {
            type: 'boolean',
            default: false,
            description: 'When true, a phone number is picked and assigned to the user automatically.',
          },
          email: {
            type: 'string',
            description: "The user's email address (their Dialpad sign-in).",
          },
          first_name: {
            type: 'string',
            description: 'Given name (one line).',
          },
          last_name: {
            type: 'string',
            description: 'Family name (one line).',
          },
          license: {
            type: 'string',
            default: 'talk',
            enum: [
              'admins',
              'agents',
              'dpde_all',
              'dpde_one',
              'lite_lines',
              'lite_support_agents',
              'magenta_lines',
              'talk',
              'user',
            ],
            description: 'The license seat to allocate; this decides what the company pays for the user.',
          },
          office_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the office the user joins.',
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'users.delete': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: "The user's id, or `me` for the user the credential belongs to (user-level keys and tokens).",
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'users.get': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: "The user's id, or `me` for the user the credential belongs to (user-level keys and tokens).",
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'users.list': {
    type: 'object',
    properties: {
      query: {
        type: 'object',
        properties: {
          cursor: {
            type: 'string',
            description: 'Opaque token from the `cursor` field of the previous page; leave it out for the first page.',
          },
          state: {
            type: 'string',
            enum: ['active', 'all', 'cancelled', 'deleted', 'pending', 'suspended'],
            description: 'Only users in this state (`all` for every state).',
          },
          company_admin: {
            type: 'boolean',
            description: 'When true, only company admins; when false, only users who are not.',
          },
          email: {
            type: 'string',
            description: 'Only the user with this email address.',
          },
          number: {
            type: 'string',
            description: 'Only the user who has this phone number.',
          },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  },
  'users.screenPop': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description:
          "The user's id (Dialpad also documents `me` for user-level keys, but the reference types this id as an integer).",
      },
      body: {
        type: 'object',
        description: "What to open on the user's screen.",
        required: ['screen_pop_uri'],
        properties: {
          screen_pop_uri: {
            type: 'string',
            description:
              'The address to open, with its scheme (`https://...`), or a custom scheme to launch a native app. Addresses carrying a user name and password are refused.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'users.update': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: "The user's id, or `me` for the user the credential belongs to (user-level keys and tokens).",
      },
      body: {
        type: 'object',
        description: 'The fields to change; fields left out stay as they are.',
        properties: {
          admin_office_ids: {
            type: 'array',
            items: {
              type: ['integer', 'string'],
              format: 'int64',
            },
            description: 'Offices the user should administer (replaces the current list).',
          },
          emails: {
            type: 'array',
            items: {
              type: 'string',
            },
            description: "The user's email addresses, primary first; use it to add, drop or reorder them.",
          },
          extension: {
            type: 'string',
            description: 'New extension (extensions must first be enabled for the company by Dialpad support).',
          },
          first_name: {
            type: 'string',
            description: 'Given name (one line).',
          },
          forwarding_numbers: {
            type: 'array',
            items: {
              type: 'string',
            },
            description: "Extra numbers to ring along with the user's Dialpad numbers on incoming calls.",
          },
          international_dialing_enabled: {
            type: 'boolean',
            description: 'Allow or forbid calls abroad.',
          },
          is_super_admin: {
            type: 'boolean',
            description: 'Grant or remove company-wide admin rights.',
          },
          job_title: {
            type: 'string',
            description: 'Job title (one line).',
          },
          keep_paid_numbers: {
            type: 'boolean',
            default: true,
            description:
              "When switching to a support license, keep the user's phone numbers (they then need extra number licenses).",
          },
          last_name: {
            type: 'string',
            description: 'Family name (one line).',
          },
          license: {
            type: 'string',
            enum: [
              'admins',
              'agents',
              'dpde_all',
              'dpde_one',
              'lite_lines',
              'lite_support_agents',
              'magenta_lines',
              'talk',
              'user',
            ],
            description: 'Switch the user to this license; changes what the company is billed.',
          },
          office_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description:
              'Move the user to this office. Needs a paid account and a free license in the target office; for an international office the user must have no numbers assigned first.',
          },
          phone_numbers: {
            type: 'array',
            items: {
              type: 'string',
            },
            description: "The user's current numbers, to reorder or drop some (new numbers are assigned elsewhere).",
          },
          presence_status: {
            type: 'object',
            description:
              'Presence text set by an integration. Shown as "provider: message", or through a predefined template when `type` is given.',
            properties: {
              message: {
                type: 'string',
                description: 'The status text.',
              },
              provider: {
                type: 'string',
                description: 'Name of the integration setting the status.',
              },
              type: {
                type: 'string',
                enum: ['conference', 'default'],
                description:
                  'Template to use: `default` shows "provider: message"; `conference` shows that the user is in the named meeting on the provider.',
              },
            },
          },
          state: {
            type: 'string',
            enum: ['active', 'suspended'],
            description: 'Suspend the user, or re-activate a suspended one.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'webhooks.create': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        required: ['hook_url'],
        properties: {
          hook_url: {
            type: 'string',
            description: 'The URL Dialpad should post events to.',
          },
          secret: {
            type: 'string',
            description: 'Optional one-line secret; when set, events are sent as JWTs signed with it (HS256).',
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'webhooks.delete': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the webhook to remove.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'webhooks.get': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the webhook, as returned when it was created.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'webhooks.list': {
    type: 'object',
    properties: {
      query: {
        type: 'object',
        properties: {
          cursor: {
            type: 'string',
            description: 'Opaque token from the `cursor` field of the previous page; leave it out for the first page.',
          },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  },
  'webhooks.update': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: 'Id of the webhook to change.',
      },
      body: {
        type: 'object',
        properties: {
          hook_url: {
            type: 'string',
            description: 'New URL to post events to.',
          },
          secret: {
            type: 'string',
            description: 'New one-line signing secret.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'websockets.create': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        properties: {
          secret: {
            type: 'string',
            description: 'Optional one-line secret; when set, events are sent as JWTs signed with it (HS256).',
          },
        },
      },
    },
    additionalProperties: false,
  },
  'websockets.delete': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the websocket to remove.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'websockets.get': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the websocket, as returned when it was created.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'websockets.list': {
    type: 'object',
    properties: {
      query: {
        type: 'object',
        properties: {
          cursor: {
            type: 'string',
            description: 'Opaque token from the `cursor` field of the previous page; leave it out for the first page.',
          },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  },
  'websockets.update': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the websocket to change.',
      },
      body: {
        type: 'object',
        properties: {
          secret: {
            type: 'string',
            description: 'New one-line signing secret.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
};
