// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.

import type { OperationId } from './operations.js';

/** JSON Schema of each operation's input as an agent tool: path parameters, then `query` and `body`. */
export const toolInputSchemas: Record<OperationId, Record<string, unknown>> = {
  'accessPolicies.assign': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the policy.',
      },
      body: {
        type: 'object',
        description: 'Who gets the policy, and where.',
        required: ['user_id'],
        properties: {
          user_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the user who gets the policy.',
          },
          target_type: {
            type: 'string',
            enum: ['callcenter', 'company', 'office'],
            default: 'company',
            description: 'The level at which the user holds the policy.',
          },
          target_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the office or call center; not needed for the company level.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'accessPolicies.create': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description: 'A new custom access-control policy.',
        required: ['name', 'owner_id', 'permission_sets'],
        properties: {
          name: {
            type: 'string',
            description: "The policy's name (one line, at most 50 characters).",
          },
          description: {
            type: 'string',
            description: 'What the policy is for (one line, at most 200 characters).',
          },
          owner_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the company admin who owns the policy.',
          },
          permission_sets: {
            type: 'array',
            items: {
              type: 'string',
              description:
                'A permission a policy can be created or updated with (write permissions only; each includes reading).',
              enum: [
                'agent_settings_write',
                'agents_admins_manage_agents_settings_write',
                'agents_admins_skill_level_write',
                'auto_call_recording_and_transcription_settings_write',
                'business_hours_write',
                'call_blocking_spam_prevention_settings_write',
                'call_dispositions_settings_write',
                'call_routing_hours_settings_write',
                'cc_call_settings_write',
                'chrome_extension_compliance_settings_write',
                'csat_surveys_write',
                'dashboard_and_alerts_write',
                'dialpad_ai_settings_write',
                'holiday_hours_settings_write',
                'integrations_settings_write',
                'name_language_description_settings_write',
                'number_settings_write',
                'supervisor_settings_write',
              ],
            },
            description: 'The permissions the policy grants.',
          },
          target_type: {
            type: 'string',
            enum: ['callcenter', 'company', 'office'],
            default: 'company',
            description: 'The level its permissions apply at.',
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'accessPolicies.delete': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the policy to delete.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'accessPolicies.get': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the policy.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'accessPolicies.list': {
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
  'accessPolicies.listAssignments': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the policy.',
      },
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
    required: ['id'],
    additionalProperties: false,
  },
  'accessPolicies.unassign': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the policy.',
      },
      body: {
        type: 'object',
        description: 'Whose hold on the policy to remove, and where.',
        required: ['user_id'],
        properties: {
          user_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the user who loses the policy.',
          },
          target_type: {
            type: 'string',
            enum: ['callcenter', 'company', 'office'],
            default: 'company',
            description: 'The level of the assignment to remove.',
          },
          target_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the office or call center; not needed for the company level or with `unassign_all`.',
          },
          unassign_all: {
            type: 'boolean',
            default: false,
            description: "Remove the user's hold on the policy at every target.",
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'accessPolicies.update': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the policy to change.',
      },
      body: {
        type: 'object',
        description: 'The fields of a policy to change; fields left out keep their value.',
        properties: {
          user_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the company admin making the change.',
          },
          name: {
            type: 'string',
            description: 'The new name (one line).',
          },
          description: {
            type: 'string',
            description: 'The new description (one line).',
          },
          permission_sets: {
            type: 'array',
            items: {
              type: 'string',
              description:
                'A permission a policy can be created or updated with (write permissions only; each includes reading).',
              enum: [
                'agent_settings_write',
                'agents_admins_manage_agents_settings_write',
                'agents_admins_skill_level_write',
                'auto_call_recording_and_transcription_settings_write',
                'business_hours_write',
                'call_blocking_spam_prevention_settings_write',
                'call_dispositions_settings_write',
                'call_routing_hours_settings_write',
                'cc_call_settings_write',
                'chrome_extension_compliance_settings_write',
                'csat_surveys_write',
                'dashboard_and_alerts_write',
                'dialpad_ai_settings_write',
                'holiday_hours_settings_write',
                'integrations_settings_write',
                'name_language_description_settings_write',
                'number_settings_write',
                'supervisor_settings_write',
              ],
            },
            description: 'The new set of permissions, replacing the old one.',
          },
          state: {
            type: 'string',
            enum: ['active'],
            description: 'Send `active` to bring back a deleted policy.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'blockedNumbers.add': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description: 'The numbers to block.',
        properties: {
          numbers: {
            type: 'array',
            description: 'Numbers to block, in E.164 form.',
            items: {
              type: 'string',
            },
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'blockedNumbers.get': {
    type: 'object',
    properties: {
      number: {
        type: 'string',
        description: 'The blocked number, in E.164 form.',
      },
    },
    required: ['number'],
    additionalProperties: false,
  },
  'blockedNumbers.list': {
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
  'blockedNumbers.remove': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description: 'The numbers to unblock.',
        properties: {
          numbers: {
            type: 'array',
            description: 'Numbers to unblock, in E.164 form.',
            items: {
              type: 'string',
            },
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
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
  'callcenters.create': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description:
          'A new call center, with the office it belongs to, its name and optionally its hours, queue, alerts and routing.',
        required: ['name', 'office_id'],
        properties: {
          name: {
            type: 'string',
            description: 'Name of the call center (one line, up to 100 characters).',
          },
          office_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Office the call center belongs to.',
          },
          group_description: {
            type: 'string',
            description: 'Free-text description of the call center, up to 256 characters.',
          },
          ring_seconds: {
            type: ['integer', 'string'],
            format: 'int64',
            description:
              "How long the call center's line rings before the no-operators action applies, 10 to 45 seconds (default 30).",
          },
          hours_on: {
            type: 'boolean',
            description:
              "Whether the opening hours below apply; false (Dialpad's default) means the call center takes calls around the clock.",
          },
          monday_hours: {
            type: 'array',
            description:
              'Open spans on Monday as pairs of `HH:MM` times (`["08:00", "12:00", "14:00", "18:00"]` is 8 to 12 and 14 to 18), used when `hours_on` is true. Dialpad\'s default is 08:00 to 18:00.',
            items: {
              type: 'string',
            },
          },
          tuesday_hours: {
            type: 'array',
            description: 'Open spans on Tuesday, as for `monday_hours`.',
            items: {
              type: 'string',
            },
          },
          wednesday_hours: {
            type: 'array',
            description: 'Open spans on Wednesday, as for `monday_hours`.',
            items: {
              type: 'string',
            },
          },
          thursday_hours: {
            type: 'array',
            description: 'Open spans on Thursday, as for `monday_hours`.',
            items: {
              type: 'string',
            },
          },
          friday_hours: {
            type: 'array',
            description: 'Open spans on Friday, as for `monday_hours`.',
            items: {
              type: 'string',
            },
          },
          saturday_hours: {
            type: 'array',
            description: 'Open spans on Saturday (closed by default).',
            items: {
              type: 'string',
            },
          },
          sunday_hours: {
            type: 'array',
            description: 'Open spans on Sunday (closed by default).',
            items: {
              type: 'string',
            },
          },
          advanced_settings: {
            type: 'object',
            description: 'Recording and wrap-up settings to apply to a call center.',
            properties: {
              auto_call_recording: {
                type: 'object',
                description:
                  "Automatic recording of the call center's calls; the recordings are visible only to the call center's admins.",
                properties: {
                  allow_pause_recording: {
                    type: 'boolean',
                    description: 'Whether agents may pause and resume the recording during a call (default false).',
                  },
                  call_recording_inbound: {
                    type: 'boolean',
                    description: 'Whether incoming calls are recorded (default false).',
                  },
                  call_recording_outbound: {
                    type: 'boolean',
                    description: 'Whether outgoing calls are recorded (default false).',
                  },
                },
              },
              max_wrap_up_seconds: {
                type: ['integer', 'string'],
                format: 'int64',
                description: 'Seconds an agent gets after a call before the next one rings (default 0).',
              },
            },
          },
          alerts: {
            type: 'object',
            description: 'When to alert supervisors about the service level.',
            properties: {
              cc_service_level: {
                type: ['integer', 'string'],
                format: 'int64',
                description: 'Alert when the share of calls answered in time falls below this percentage (default 95).',
              },
              cc_service_level_seconds: {
                type: ['integer', 'string'],
                format: 'int64',
                description: 'The time, in seconds, within which a call counts as answered in time (default 60).',
              },
            },
          },
          hold_queue: {
            type: 'object',
            description: 'The hold queue to set on a call center.',
            properties: {
              allow_queue_callback: {
                type: 'boolean',
                description: 'Whether a waiting caller may ask to be called back instead (default false).',
              },
              announce_estimated_wait_time: {
                type: 'boolean',
                description: 'Whether callers hear how long they are likely to wait (default true).',
              },
              announce_position: {
                type: 'boolean',
                description:
                  'Whether callers hear their place in the queue (default true; not offered when the longest wait is under 2 minutes).',
              },
              announcement_interval_seconds: {
                type: ['integer', 'string'],
                format: 'int64',
                description: 'Seconds between hold announcements (default 120).',
              },
              estimated_wait_time_max: {
                type: ['integer', 'string'],
                format: 'int64',
                description: 'The longest estimated wait, in minutes, that is announced (default 30).',
              },
              max_hold_count: {
                type: ['integer', 'string'],
                format: 'int64',
                description: 'How many callers the queue holds at most, 1 to 1000 (default 50).',
              },
              max_hold_seconds: {
                type: ['integer', 'string'],
                format: 'int64',
                description: 'Longest time a caller waits in the queue, 30 to 18000 seconds (default 900).',
              },
              queue_callback_dtmf: {
                type: 'string',
                description: 'Key (`0`-`9`, `*` or `#`) a caller presses to ask for a callback (default `9`).',
              },
              queue_callback_threshold: {
                type: ['integer', 'string'],
                format: 'int64',
                description: 'Callback is offered once more than this many calls are waiting (default 5).',
              },
              queue_escape_dtmf: {
                type: 'string',
                description:
                  'Key (`0`-`9`, `*` or `#`) a caller presses to leave the queue for voicemail (default `*`).',
              },
              stay_in_queue_after_closing: {
                type: 'boolean',
                description:
                  'Whether callers already waiting stay in the queue when the call center closes (default false).',
              },
              unattended_queue: {
                type: 'boolean',
                description: 'Whether callers are queued even when no agent is available at all (default false).',
              },
            },
          },
          routing_options: {
            type: 'object',
            description: 'How calls to the call center are to be routed while it is open and while it is closed.',
            required: ['closed', 'open'],
            properties: {
              open: {
                type: 'object',
                description: 'Routing for one state (open or closed) of the call center.',
                required: ['action', 'try_dial_operators'],
                properties: {
                  action: {
                    type: 'string',
                    enum: [
                      'ai_agent',
                      'bridge_target',
                      'call_service_target',
                      'company_directory',
                      'department',
                      'directory',
                      'disabled',
                      'extension',
                      'google_dialogflow',
                      'last_name_company_directory',
                      'last_name_directory',
                      'menu',
                      'message',
                      'operator',
                      'person',
                      'scripted_ivr',
                      'voicemail',
                    ],
                    description: 'Where a call goes when no operator takes it.',
                  },
                  action_target_id: {
                    type: ['integer', 'string'],
                    format: 'int64',
                    description: 'Id of the target the call is sent to, for actions that need one.',
                  },
                  action_target_type: {
                    type: 'string',
                    enum: [
                      'callcenter',
                      'callrouter',
                      'channel',
                      'coachinggroup',
                      'contact',
                      'contactgroup',
                      'department',
                      'office',
                      'room',
                      'staffgroup',
                      'unknown',
                      'user',
                    ],
                    description: 'Kind of target `action_target_id` names.',
                  },
                  dtmf: {
                    type: 'array',
                    description: 'The keypad menu the caller hears.',
                    items: {
                      type: 'object',
                      description: 'One key of a keypad menu and what pressing it does.',
                      properties: {
                        input: {
                          type: 'string',
                          description: 'The key, `0` to `9`.',
                        },
                        options: {
                          type: 'object',
                          description: 'The routing step a keypad key triggers.',
                          properties: {
                            action: {
                              type: 'string',
                              enum: [
                                'ai_agent',
                                'bridge_target',
                                'call_service_target',
                                'company_directory',
                                'department',
                                'directory',
                                'disabled',
                                'extension',
                                'google_dialogflow',
                                'last_name_company_directory',
                                'last_name_directory',
                                'menu',
                                'message',
                                'operator',
                                'person',
                                'scripted_ivr',
                                'voicemail',
                              ],
                              description: 'Kind of routing step.',
                            },
                            action_target_id: {
                              type: ['integer', 'string'],
                              format: 'int64',
                              description: 'Id of the target the call is sent to, for steps that need one.',
                            },
                            action_target_type: {
                              type: 'string',
                              enum: [
                                'callcenter',
                                'callrouter',
                                'channel',
                                'coachinggroup',
                                'contact',
                                'contactgroup',
                                'department',
                                'office',
                                'room',
                                'staffgroup',
                                'unknown',
                                'user',
                              ],
                              description: 'Kind of target `action_target_id` names.',
                            },
                          },
                        },
                      },
                    },
                  },
                  operator_routing: {
                    type: 'string',
                    enum: ['fixedorder', 'longestidle', 'mostskilled', 'random', 'roundrobin', 'simultaneous'],
                    description: 'In what order the operators are rung.',
                  },
                  try_dial_operators: {
                    type: 'boolean',
                    description: 'Whether the operators are rung at all for an incoming call.',
                  },
                },
              },
              closed: {
                type: 'object',
                description: 'Routing for one state (open or closed) of the call center.',
                required: ['action', 'try_dial_operators'],
                properties: {
                  action: {
                    type: 'string',
                    enum: [
                      'ai_agent',
                      'bridge_target',
                      'call_service_target',
                      'company_directory',
                      'department',
                      'directory',
                      'disabled',
                      'extension',
                      'google_dialogflow',
                      'last_name_company_directory',
                      'last_name_directory',
                      'menu',
                      'message',
                      'operator',
                      'person',
                      'scripted_ivr',
                      'voicemail',
                    ],
                    description: 'Where a call goes when no operator takes it.',
                  },
                  action_target_id: {
                    type: ['integer', 'string'],
                    format: 'int64',
                    description: 'Id of the target the call is sent to, for actions that need one.',
                  },
                  action_target_type: {
                    type: 'string',
                    enum: [
                      'callcenter',
                      'callrouter',
                      'channel',
                      'coachinggroup',
                      'contact',
                      'contactgroup',
                      'department',
                      'office',
                      'room',
                      'staffgroup',
                      'unknown',
                      'user',
                    ],
                    description: 'Kind of target `action_target_id` names.',
                  },
                  dtmf: {
                    type: 'array',
                    description: 'The keypad menu the caller hears.',
                    items: {
                      type: 'object',
                      description: 'One key of a keypad menu and what pressing it does.',
                      properties: {
                        input: {
                          type: 'string',
                          description: 'The key, `0` to `9`.',
                        },
                        options: {
                          type: 'object',
                          description: 'The routing step a keypad key triggers.',
                          properties: {
                            action: {
                              type: 'string',
                              enum: [
                                'ai_agent',
                                'bridge_target',
                                'call_service_target',
                                'company_directory',
                                'department',
                                'directory',
                                'disabled',
                                'extension',
                                'google_dialogflow',
                                'last_name_company_directory',
                                'last_name_directory',
                                'menu',
                                'message',
                                'operator',
                                'person',
                                'scripted_ivr',
                                'voicemail',
                              ],
                              description: 'Kind of routing step.',
                            },
                            action_target_id: {
                              type: ['integer', 'string'],
                              format: 'int64',
                              description: 'Id of the target the call is sent to, for steps that need one.',
                            },
                            action_target_type: {
                              type: 'string',
                              enum: [
                                'callcenter',
                                'callrouter',
                                'channel',
                                'coachinggroup',
                                'contact',
                                'contactgroup',
                                'department',
                                'office',
                                'room',
                                'staffgroup',
                                'unknown',
                                'user',
                              ],
                              description: 'Kind of target `action_target_id` names.',
                            },
                          },
                        },
                      },
                    },
                  },
                  operator_routing: {
                    type: 'string',
                    enum: ['fixedorder', 'longestidle', 'mostskilled', 'random', 'roundrobin', 'simultaneous'],
                    description: 'In what order the operators are rung.',
                  },
                  try_dial_operators: {
                    type: 'boolean',
                    description: 'Whether the operators are rung at all for an incoming call.',
                  },
                },
              },
            },
          },
          voice_intelligence: {
            type: 'object',
            description: 'Voice intelligence (Vi) settings to apply.',
            properties: {
              allow_pause: {
                type: 'boolean',
                description: 'Whether users may pause and resume Vi during a call (default true).',
              },
              auto_start: {
                type: 'boolean',
                description: 'Whether Vi starts by itself on each call (default true).',
              },
            },
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'callcenters.delete': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the call center to delete.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'callcenters.get': {
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
  'callcenters.getAgentGroup': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: 'Id of the agent group (a string).',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'callcenters.getDutyStatus': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the operator (a user).',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'callcenters.getSkillLevel': {
    type: 'object',
    properties: {
      call_center_id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the call center.',
      },
      user_id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the operator (a user).',
      },
    },
    required: ['call_center_id', 'user_id'],
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
  'callcenters.listByOffice': {
    type: 'object',
    properties: {
      office_id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the office.',
      },
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
    required: ['office_id'],
    additionalProperties: false,
  },
  'callcenters.listOperators': {
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
  'callcenters.removeOperator': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the call center.',
      },
      body: {
        type: 'object',
        description: 'Which user to take off the call center.',
        required: ['user_id'],
        properties: {
          user_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the user to remove.',
          },
        },
      },
    },
    required: ['id', 'body'],
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
  'callcenters.update': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the call center to change.',
      },
      body: {
        type: 'object',
        description: 'The call center settings to change; a field left out keeps its value.',
        properties: {
          name: {
            type: 'string',
            description: 'Name of the call center (one line, up to 100 characters).',
          },
          group_description: {
            type: 'string',
            description: 'Free-text description of the call center, up to 256 characters.',
          },
          ring_seconds: {
            type: ['integer', 'string'],
            format: 'int64',
            description:
              "How long the call center's line rings before the no-operators action applies, 10 to 45 seconds (default 30).",
          },
          hours_on: {
            type: 'boolean',
            description:
              "Whether the opening hours below apply; false (Dialpad's default) means the call center takes calls around the clock.",
          },
          monday_hours: {
            type: 'array',
            description:
              'Open spans on Monday as pairs of `HH:MM` times (`["08:00", "12:00", "14:00", "18:00"]` is 8 to 12 and 14 to 18), used when `hours_on` is true. Dialpad\'s default is 08:00 to 18:00.',
            items: {
              type: 'string',
            },
          },
          tuesday_hours: {
            type: 'array',
            description: 'Open spans on Tuesday, as for `monday_hours`.',
            items: {
              type: 'string',
            },
          },
          wednesday_hours: {
            type: 'array',
            description: 'Open spans on Wednesday, as for `monday_hours`.',
            items: {
              type: 'string',
            },
          },
          thursday_hours: {
            type: 'array',
            description: 'Open spans on Thursday, as for `monday_hours`.',
            items: {
              type: 'string',
            },
          },
          friday_hours: {
            type: 'array',
            description: 'Open spans on Friday, as for `monday_hours`.',
            items: {
              type: 'string',
            },
          },
          saturday_hours: {
            type: 'array',
            description: 'Open spans on Saturday (closed by default).',
            items: {
              type: 'string',
            },
          },
          sunday_hours: {
            type: 'array',
            description: 'Open spans on Sunday (closed by default).',
            items: {
              type: 'string',
            },
          },
          advanced_settings: {
            type: 'object',
            description: 'Recording and wrap-up settings to apply to a call center.',
            properties: {
              auto_call_recording: {
                type: 'object',
                description:
                  "Automatic recording of the call center's calls; the recordings are visible only to the call center's admins.",
                properties: {
                  allow_pause_recording: {
                    type: 'boolean',
                    description: 'Whether agents may pause and resume the recording during a call (default false).',
                  },
                  call_recording_inbound: {
                    type: 'boolean',
                    description: 'Whether incoming calls are recorded (default false).',
                  },
                  call_recording_outbound: {
                    type: 'boolean',
                    description: 'Whether outgoing calls are recorded (default false).',
                  },
                },
              },
              max_wrap_up_seconds: {
                type: ['integer', 'string'],
                format: 'int64',
                description: 'Seconds an agent gets after a call before the next one rings (default 0).',
              },
            },
          },
          alerts: {
            type: 'object',
            description: 'When to alert supervisors about the service level.',
            properties: {
              cc_service_level: {
                type: ['integer', 'string'],
                format: 'int64',
                description: 'Alert when the share of calls answered in time falls below this percentage (default 95).',
              },
              cc_service_level_seconds: {
                type: ['integer', 'string'],
                format: 'int64',
                description: 'The time, in seconds, within which a call counts as answered in time (default 60).',
              },
            },
          },
          hold_queue: {
            type: 'object',
            description: 'The hold queue to set on a call center.',
            properties: {
              allow_queue_callback: {
                type: 'boolean',
                description: 'Whether a waiting caller may ask to be called back instead (default false).',
              },
              announce_estimated_wait_time: {
                type: 'boolean',
                description: 'Whether callers hear how long they are likely to wait (default true).',
              },
              announce_position: {
                type: 'boolean',
                description:
                  'Whether callers hear their place in the queue (default true; not offered when the longest wait is under 2 minutes).',
              },
              announcement_interval_seconds: {
                type: ['integer', 'string'],
                format: 'int64',
                description: 'Seconds between hold announcements (default 120).',
              },
              estimated_wait_time_max: {
                type: ['integer', 'string'],
                format: 'int64',
                description: 'The longest estimated wait, in minutes, that is announced (default 30).',
              },
              max_hold_count: {
                type: ['integer', 'string'],
                format: 'int64',
                description: 'How many callers the queue holds at most, 1 to 1000 (default 50).',
              },
              max_hold_seconds: {
                type: ['integer', 'string'],
                format: 'int64',
                description: 'Longest time a caller waits in the queue, 30 to 18000 seconds (default 900).',
              },
              queue_callback_dtmf: {
                type: 'string',
                description: 'Key (`0`-`9`, `*` or `#`) a caller presses to ask for a callback (default `9`).',
              },
              queue_callback_threshold: {
                type: ['integer', 'string'],
                format: 'int64',
                description: 'Callback is offered once more than this many calls are waiting (default 5).',
              },
              queue_escape_dtmf: {
                type: 'string',
                description:
                  'Key (`0`-`9`, `*` or `#`) a caller presses to leave the queue for voicemail (default `*`).',
              },
              stay_in_queue_after_closing: {
                type: 'boolean',
                description:
                  'Whether callers already waiting stay in the queue when the call center closes (default false).',
              },
              unattended_queue: {
                type: 'boolean',
                description: 'Whether callers are queued even when no agent is available at all (default false).',
              },
            },
          },
          routing_options: {
            type: 'object',
            description: 'How calls to the call center are to be routed while it is open and while it is closed.',
            required: ['closed', 'open'],
            properties: {
              open: {
                type: 'object',
                description: 'Routing for one state (open or closed) of the call center.',
                required: ['action', 'try_dial_operators'],
                properties: {
                  action: {
                    type: 'string',
                    enum: [
                      'ai_agent',
                      'bridge_target',
                      'call_service_target',
                      'company_directory',
                      'department',
                      'directory',
                      'disabled',
                      'extension',
                      'google_dialogflow',
                      'last_name_company_directory',
                      'last_name_directory',
                      'menu',
                      'message',
                      'operator',
                      'person',
                      'scripted_ivr',
                      'voicemail',
                    ],
                    description: 'Where a call goes when no operator takes it.',
                  },
                  action_target_id: {
                    type: ['integer', 'string'],
                    format: 'int64',
                    description: 'Id of the target the call is sent to, for actions that need one.',
                  },
                  action_target_type: {
                    type: 'string',
                    enum: [
                      'callcenter',
                      'callrouter',
                      'channel',
                      'coachinggroup',
                      'contact',
                      'contactgroup',
                      'department',
                      'office',
                      'room',
                      'staffgroup',
                      'unknown',
                      'user',
                    ],
                    description: 'Kind of target `action_target_id` names.',
                  },
                  dtmf: {
                    type: 'array',
                    description: 'The keypad menu the caller hears.',
                    items: {
                      type: 'object',
                      description: 'One key of a keypad menu and what pressing it does.',
                      properties: {
                        input: {
                          type: 'string',
                          description: 'The key, `0` to `9`.',
                        },
                        options: {
                          type: 'object',
                          description: 'The routing step a keypad key triggers.',
                          properties: {
                            action: {
                              type: 'string',
                              enum: [
                                'ai_agent',
                                'bridge_target',
                                'call_service_target',
                                'company_directory',
                                'department',
                                'directory',
                                'disabled',
                                'extension',
                                'google_dialogflow',
                                'last_name_company_directory',
                                'last_name_directory',
                                'menu',
                                'message',
                                'operator',
                                'person',
                                'scripted_ivr',
                                'voicemail',
                              ],
                              description: 'Kind of routing step.',
                            },
                            action_target_id: {
                              type: ['integer', 'string'],
                              format: 'int64',
                              description: 'Id of the target the call is sent to, for steps that need one.',
                            },
                            action_target_type: {
                              type: 'string',
                              enum: [
                                'callcenter',
                                'callrouter',
                                'channel',
                                'coachinggroup',
                                'contact',
                                'contactgroup',
                                'department',
                                'office',
                                'room',
                                'staffgroup',
                                'unknown',
                                'user',
                              ],
                              description: 'Kind of target `action_target_id` names.',
                            },
                          },
                        },
                      },
                    },
                  },
                  operator_routing: {
                    type: 'string',
                    enum: ['fixedorder', 'longestidle', 'mostskilled', 'random', 'roundrobin', 'simultaneous'],
                    description: 'In what order the operators are rung.',
                  },
                  try_dial_operators: {
                    type: 'boolean',
                    description: 'Whether the operators are rung at all for an incoming call.',
                  },
                },
              },
              closed: {
                type: 'object',
                description: 'Routing for one state (open or closed) of the call center.',
                required: ['action', 'try_dial_operators'],
                properties: {
                  action: {
                    type: 'string',
                    enum: [
                      'ai_agent',
                      'bridge_target',
                      'call_service_target',
                      'company_directory',
                      'department',
                      'directory',
                      'disabled',
                      'extension',
                      'google_dialogflow',
                      'last_name_company_directory',
                      'last_name_directory',
                      'menu',
                      'message',
                      'operator',
                      'person',
                      'scripted_ivr',
                      'voicemail',
                    ],
                    description: 'Where a call goes when no operator takes it.',
                  },
                  action_target_id: {
                    type: ['integer', 'string'],
                    format: 'int64',
                    description: 'Id of the target the call is sent to, for actions that need one.',
                  },
                  action_target_type: {
                    type: 'string',
                    enum: [
                      'callcenter',
                      'callrouter',
                      'channel',
                      'coachinggroup',
                      'contact',
                      'contactgroup',
                      'department',
                      'office',
                      'room',
                      'staffgroup',
                      'unknown',
                      'user',
                    ],
                    description: 'Kind of target `action_target_id` names.',
                  },
                  dtmf: {
                    type: 'array',
                    description: 'The keypad menu the caller hears.',
                    items: {
                      type: 'object',
                      description: 'One key of a keypad menu and what pressing it does.',
                      properties: {
                        input: {
                          type: 'string',
                          description: 'The key, `0` to `9`.',
                        },
                        options: {
                          type: 'object',
                          description: 'The routing step a keypad key triggers.',
                          properties: {
                            action: {
                              type: 'string',
                              enum: [
                                'ai_agent',
                                'bridge_target',
                                'call_service_target',
                                'company_directory',
                                'department',
                                'directory',
                                'disabled',
                                'extension',
                                'google_dialogflow',
                                'last_name_company_directory',
                                'last_name_directory',
                                'menu',
                                'message',
                                'operator',
                                'person',
                                'scripted_ivr',
                                'voicemail',
                              ],
                              description: 'Kind of routing step.',
                            },
                            action_target_id: {
                              type: ['integer', 'string'],
                              format: 'int64',
                              description: 'Id of the target the call is sent to, for steps that need one.',
                            },
                            action_target_type: {
                              type: 'string',
                              enum: [
                                'callcenter',
                                'callrouter',
                                'channel',
                                'coachinggroup',
                                'contact',
                                'contactgroup',
                                'department',
                                'office',
                                'room',
                                'staffgroup',
                                'unknown',
                                'user',
                              ],
                              description: 'Kind of target `action_target_id` names.',
                            },
                          },
                        },
                      },
                    },
                  },
                  operator_routing: {
                    type: 'string',
                    enum: ['fixedorder', 'longestidle', 'mostskilled', 'random', 'roundrobin', 'simultaneous'],
                    description: 'In what order the operators are rung.',
                  },
                  try_dial_operators: {
                    type: 'boolean',
                    description: 'Whether the operators are rung at all for an incoming call.',
                  },
                },
              },
            },
          },
          voice_intelligence: {
            type: 'object',
            description: 'Voice intelligence (Vi) settings to apply.',
            properties: {
              allow_pause: {
                type: 'boolean',
                description: 'Whether users may pause and resume Vi during a call (default true).',
              },
              auto_start: {
                type: 'boolean',
                description: 'Whether Vi starts by itself on each call (default true).',
              },
            },
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'callcenters.updateDutyStatus': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the operator (a user).',
      },
      body: {
        type: 'object',
        description: 'On duty or off duty, and why.',
        required: ['on_duty'],
        properties: {
          on_duty: {
            type: 'boolean',
            description: 'True to put the operator on duty, false to take them off duty.',
          },
          duty_status_reason: {
            type: 'string',
            description: "The reason (one line), typically one of the office's off-duty reasons.",
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'callcenters.updateSkillLevel': {
    type: 'object',
    properties: {
      call_center_id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the call center.',
      },
      user_id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the operator (a user).',
      },
      body: {
        type: 'object',
        description: 'The skill level to give an operator in the call center.',
        required: ['skill_level'],
        properties: {
          skill_level: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'The new skill level, a whole number from 0 to 100.',
          },
        },
      },
    },
    required: ['call_center_id', 'user_id', 'body'],
    additionalProperties: false,
  },
  'callRouters.create': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description: 'A new API call router.',
        required: ['default_target_id', 'default_target_type', 'name', 'office_id', 'routing_url'],
        properties: {
          default_target_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the fallback target, which gets calls while the router is disabled or its URL fails.',
          },
          default_target_type: {
            type: 'string',
            description: 'What kind of thing `default_target_id` is.',
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
          enabled: {
            type: 'boolean',
            description: 'When false, the routing URL is skipped and every call goes to the fallback target.',
          },
          name: {
            type: 'string',
            description: 'Display name of the router (one line).',
          },
          office_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the office the router belongs to.',
          },
          routing_url: {
            type: 'string',
            description: 'Your URL that Dialpad asks where each call should go.',
          },
          secret: {
            type: 'string',
            description: 'Secret (at least 32 characters, one line) that Dialpad signs its routing requests with.',
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'callRouters.delete': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: "The call router's id.",
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'callRouters.get': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The call router's id.",
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'callRouters.list': {
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
            description: 'Only call routers of this office.',
          },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  },
  'callRouters.update': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: "The call router's id.",
      },
      body: {
        type: 'object',
        description: 'The fields of a call router to change.',
        properties: {
          default_target_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the fallback target, which gets calls while the router is disabled or its URL fails.',
          },
          default_target_type: {
            type: 'string',
            description: 'What kind of thing `default_target_id` is.',
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
          enabled: {
            type: 'boolean',
            description: 'When false, the routing URL is skipped and every call goes to the fallback target.',
          },
          name: {
            type: 'string',
            description: 'Display name of the router (one line).',
          },
          office_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the office the router belongs to.',
          },
          reset_error_count: {
            type: 'boolean',
            description:
              "Set the router's routing-error count back to zero. The router disables itself when more than 10 errors happen within an hour, and enabling it again does not reset the count.",
          },
          routing_url: {
            type: 'string',
            description: 'Your URL that Dialpad asks where each call should go.',
          },
          secret: {
            type: 'string',
            description: 'Secret (at least 32 characters, one line) that Dialpad signs its routing requests with.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'calls.addParticipant': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the call to add the party to.',
      },
      body: {
        type: 'object',
        description: 'Who to bring into the call.',
        required: ['participant'],
        properties: {
          participant: {
            description:
              'The party to add: a phone number, or a user or group that has a primary number. Exactly one of the two forms.',
            oneOf: [
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
        },
      },
    },
    required: ['id', 'body'],
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
  'calls.assign': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the queued call-center call.',
      },
      body: {
        type: 'object',
        description: 'The operator to assign to, or unassign from, a queued call-center call.',
        properties: {
          operator_ids: {
            type: 'array',
            description: 'Id of the operator (one per request). Only assigned operators are offered the call.',
            items: {
              type: ['integer', 'string'],
              format: 'int64',
            },
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'calls.enqueueCallback': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description: "Which number to call back, and which call center's operators should do it.",
        properties: {
          call_center_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the call center whose queue takes the callback.',
          },
          phone_number: {
            type: 'string',
            description: 'The number to call back, in E.164 form (domestic numbers only).',
          },
        },
      },
    },
    required: ['body'],
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
  'calls.initiateIvr': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description: 'What number to call, on behalf of which group, and how it shows to the person called.',
        required: ['phone_number', 'target_id', 'target_type'],
        properties: {
          phone_number: {
            type: 'string',
            description: 'The number to dial, in E.164 form.',
          },
          target_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the office, department or call center whose IVR workflow places the call.',
          },
          target_type: {
            type: 'string',
            description: 'What kind of group `target_id` is.',
            enum: ['callcenter', 'department', 'office'],
          },
          outbound_caller_id: {
            type: 'string',
            description: 'The number the called person sees, in E.164 form, or `blocked` to hide it.',
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
  'calls.listAssigned': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the queued call-center call.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'calls.listLabels': {
    type: 'object',
    properties: {
      query: {
        type: 'object',
        properties: {
          limit: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'How many items to return on one page.',
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
  'calls.setLabels': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the call to label.',
      },
      body: {
        type: 'object',
        description: 'The labels a call should carry.',
        properties: {
          labels: {
            type: 'array',
            description: 'The complete list of labels for the call; it replaces the labels already there.',
            items: {
              type: 'string',
            },
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'calls.toggleRecording': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description:
          'Id of the user whose current call changes (Dialpad also documents `me` for user-level keys, but the reference types this id as an integer).',
      },
      body: {
        type: 'object',
        description: "Whether a user's current call should be recorded, and how.",
        properties: {
          is_recording: {
            type: 'boolean',
            description: 'True to start recording, false to stop.',
          },
          play_message: {
            type: 'boolean',
            default: true,
            description: 'Announce to the people on the call that recording started or stopped.',
          },
          recording_type: {
            type: 'string',
            default: 'user',
            description:
              "On a group call (call center, department, ...): record the user's own leg (`user`), the group's call (`group`), or both (`all`). Ignored on other calls.",
            enum: ['all', 'group', 'user'],
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'calls.toggleVi': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description:
          'Id of the user whose current call changes (Dialpad also documents `me` for user-level keys, but the reference types this id as an integer).',
      },
      body: {
        type: 'object',
        description: "Whether Voice Intelligence should run on a user's current call, and in which locale.",
        properties: {
          enable_vi: {
            type: 'boolean',
            description: 'True to switch Voice Intelligence on, false to switch it off.',
          },
          vi_locale: {
            type: 'string',
            description: 'Language and region Voice Intelligence listens for (language first, then region).',
            enum: [
              'en-au',
              'en-ca',
              'en-de',
              'en-fr',
              'en-gb',
              'en-it',
              'en-jp',
              'en-mx',
              'en-nl',
              'en-nz',
              'en-pt',
              'en-us',
              'es-au',
              'es-ca',
              'es-de',
              'es-es',
              'es-fr',
              'es-gb',
              'es-it',
              'es-jp',
              'es-mx',
              'es-nl',
              'es-nz',
              'es-pt',
              'es-us',
              'fr-au',
              'fr-ca',
              'fr-de',
              'fr-es',
              'fr-fr',
              'fr-gb',
              'fr-it',
              'fr-jp',
              'fr-mx',
              'fr-nl',
              'fr-nz',
              'fr-pt',
              'fr-us',
            ],
          },
        },
      },
    },
    required: ['id', 'body'],
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
  'calls.unassign': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the queued call-center call.',
      },
      body: {
        type: 'object',
        description: 'The operator to assign to, or unassign from, a queued call-center call.',
        properties: {
          operator_ids: {
            type: 'array',
            description: 'Id of the operator (one per request). Only assigned operators are offered the call.',
            items: {
              type: ['integer', 'string'],
              format: 'int64',
            },
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'calls.unassignAll': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the queued call-center call.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'calls.unpark': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the parked call.',
      },
      body: {
        type: 'object',
        description: 'Who takes the parked call.',
        required: ['user_id'],
        properties: {
          user_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the user the parked call is connected to.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'calls.validateCallback': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description: "Which number to call back, and which call center's operators should do it.",
        properties: {
          call_center_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the call center whose queue takes the callback.',
          },
          phone_number: {
            type: 'string',
            description: 'The number to call back, in E.164 form (domestic numbers only).',
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'channels.addMember': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The channel's id.",
      },
      body: {
        type: 'object',
        description: 'The user to add.',
        required: ['user_id'],
        properties: {
          user_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the user to add.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'channels.create': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description: 'The new channel.',
        required: ['description', 'name', 'privacy_type'],
        properties: {
          description: {
            type: 'string',
            description: 'What the channel is for.',
          },
          name: {
            type: 'string',
            description: "The channel's name (one line).",
          },
          privacy_type: {
            type: 'string',
            enum: ['private', 'public'],
            description: 'Whether anyone in the company can join (`public`) or only those invited (`private`).',
          },
          user_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'The user who owns the channel (company-level keys only).',
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'channels.delete': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The channel's id.",
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'channels.get': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The channel's id.",
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'channels.list': {
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
            description: 'Only channels in this state.',
          },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  },
  'channels.listMembers': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The channel's id.",
      },
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
    required: ['id'],
    additionalProperties: false,
  },
  'channels.removeMember': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The channel's id.",
      },
      body: {
        type: 'object',
        description: 'The user to remove.',
        required: ['user_id'],
        properties: {
          user_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the user to remove.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'coaching.addTeamMember': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the coaching team to add the user to.',
      },
      body: {
        type: 'object',
        description: 'Who joins the team, and as what.',
        required: ['member_id', 'role'],
        properties: {
          member_id: {
            type: 'string',
            description: 'Id of the user to add.',
          },
          role: {
            type: 'string',
            enum: ['coach', 'trainee'],
            description: 'Whether the user coaches or is coached.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'coaching.getTeam': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the coaching team.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'coaching.listTeamMembers': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the coaching team.',
      },
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
    required: ['id'],
    additionalProperties: false,
  },
  'coaching.listTeams': {
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
  'coaching.listTeamsByOffice': {
    type: 'object',
    properties: {
      office_id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the office.',
      },
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
    required: ['office_id'],
    additionalProperties: false,
  },
  'company.get': {
    type: 'object',
    properties: {},
    additionalProperties: false,
  },
  'company.getAppSettings': {
    type: 'object',
    properties: {
      query: {
        type: 'object',
        properties: {
          target_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Read the settings for this target (give `target_type` too).',
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
            description: 'Kind of target `target_id` names.',
          },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  },
  'company.updateSettings': {
    type: 'object',
    properties: {
      query: {
        type: 'object',
        properties: {
          has_callai: {
            type: 'boolean',
            description: 'Set to true to turn call AI on for the company, false to turn it off.',
          },
        },
        additionalProperties: false,
      },
    },
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
  'contacts.upsert': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description: 'A shared contact keyed by an id of yours.',
        required: ['first_name', 'last_name', 'uid'],
        properties: {
          uid: {
            type: 'string',
            description:
              "Your own unique id for the contact; it becomes part of the contact's Dialpad id, and a later call with the same `uid` updates that contact.",
          },
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
  'customIvrs.assign': {
    type: 'object',
    properties: {
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
      target_id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the target.',
      },
      ivr_type: {
        type: 'string',
        description: 'The IVR slot to set.',
        enum: [
          'ASK_FIRST_OPERATOR_NOT_AVAILABLE',
          'AUTO_RECORDING',
          'CALLAI_AUTO_RECORDING',
          'CG_AUTO_RECORDING',
          'CLOSED',
          'CLOSED_DEPARTMENT_INTRO',
          'CLOSED_MENU',
          'CLOSED_MENU_OPTION',
          'CSAT_INTRO',
          'CSAT_OUTRO',
          'CSAT_PREAMBLE',
          'CSAT_QUESTION',
          'DEPARTMENT_INTRO',
          'GREETING',
          'HOLD_AGENT_READY',
          'HOLD_APPREC',
          'HOLD_CALLBACK_ACCEPT',
          'HOLD_CALLBACK_ACCEPTED',
          'HOLD_CALLBACK_CONFIRM',
          'HOLD_CALLBACK_CONFIRM_NUMBER',
          'HOLD_CALLBACK_DIFFERENT_NUMBER',
          'HOLD_CALLBACK_DIRECT',
          'HOLD_CALLBACK_FULFILLED',
          'HOLD_CALLBACK_INVALID_NUMBER',
          'HOLD_CALLBACK_KEYPAD',
          'HOLD_CALLBACK_REJECT',
          'HOLD_CALLBACK_REJECTED',
          'HOLD_CALLBACK_REQUEST',
          'HOLD_CALLBACK_REQUESTED',
          'HOLD_CALLBACK_SAME_NUMBER',
          'HOLD_CALLBACK_TRY_AGAIN',
          'HOLD_CALLBACK_UNDIALABLE',
          'HOLD_ESCAPE_VM_EIGHT',
          'HOLD_ESCAPE_VM_FIVE',
          'HOLD_ESCAPE_VM_FOUR',
          'HOLD_ESCAPE_VM_NINE',
          'HOLD_ESCAPE_VM_ONE',
          'HOLD_ESCAPE_VM_POUND',
          'HOLD_ESCAPE_VM_SEVEN',
          'HOLD_ESCAPE_VM_SIX',
          'HOLD_ESCAPE_VM_STAR',
          'HOLD_ESCAPE_VM_TEN',
          'HOLD_ESCAPE_VM_THREE',
          'HOLD_ESCAPE_VM_TWO',
          'HOLD_ESCAPE_VM_ZERO',
          'HOLD_INTERRUPT',
          'HOLD_INTRO',
          'HOLD_MUSIC',
          'HOLD_POSITION_EIGHT',
          'HOLD_POSITION_FIVE',
          'HOLD_POSITION_FOUR',
          'HOLD_POSITION_MORE',
          'HOLD_POSITION_NINE',
          'HOLD_POSITION_ONE',
          'HOLD_POSITION_SEVEN',
          'HOLD_POSITION_SIX',
          'HOLD_POSITION_TEN',
          'HOLD_POSITION_THREE',
          'HOLD_POSITION_TWO',
          'HOLD_POSITION_ZERO',
          'HOLD_WAIT',
          'MENU',
          'MENU_OPTION',
          'NEXT_TARGET',
          'VM_DROP_MESSAGE',
          'VM_UNAVAILABLE',
          'VM_UNAVAILABLE_CLOSED',
        ],
      },
      body: {
        type: 'object',
        description: 'Which custom prompt is meant.',
        required: ['ivr_id'],
        properties: {
          ivr_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the custom prompt.',
          },
          select_option: {
            type: 'string',
            description:
              "For a call center's automatic-recording notice only, inbound or outbound calls (both when left out).",
            enum: ['inbound', 'outbound'],
          },
        },
      },
    },
    required: ['target_type', 'target_id', 'ivr_type', 'body'],
    additionalProperties: false,
  },
  'customIvrs.create': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description: 'A new custom prompt and the target slot it is for.',
        required: ['file', 'ivr_type', 'target_id', 'target_type'],
        properties: {
          description: {
            type: 'string',
            description: 'Description of the prompt (one line, up to 256 characters).',
          },
          file: {
            type: 'string',
            format: 'byte',
            description: 'The MP3 recording, Base64-encoded.',
          },
          ivr_type: {
            type: 'string',
            description:
              'An IVR slot of a target — what the prompt is played for (greeting, hold music, menu, voicemail, ...).',
            enum: [
              'ASK_FIRST_OPERATOR_NOT_AVAILABLE',
              'AUTO_RECORDING',
              'CALLAI_AUTO_RECORDING',
              'CG_AUTO_RECORDING',
              'CLOSED',
              'CLOSED_DEPARTMENT_INTRO',
              'CLOSED_MENU',
              'CLOSED_MENU_OPTION',
              'CSAT_INTRO',
              'CSAT_OUTRO',
              'CSAT_PREAMBLE',
              'CSAT_QUESTION',
              'DEPARTMENT_INTRO',
              'GREETING',
              'HOLD_AGENT_READY',
              'HOLD_APPREC',
              'HOLD_CALLBACK_ACCEPT',
              'HOLD_CALLBACK_ACCEPTED',
              'HOLD_CALLBACK_CONFIRM',
              'HOLD_CALLBACK_CONFIRM_NUMBER',
              'HOLD_CALLBACK_DIFFERENT_NUMBER',
              'HOLD_CALLBACK_DIRECT',
              'HOLD_CALLBACK_FULFILLED',
              'HOLD_CALLBACK_INVALID_NUMBER',
              'HOLD_CALLBACK_KEYPAD',
              'HOLD_CALLBACK_REJECT',
              'HOLD_CALLBACK_REJECTED',
              'HOLD_CALLBACK_REQUEST',
              'HOLD_CALLBACK_REQUESTED',
              'HOLD_CALLBACK_SAME_NUMBER',
              'HOLD_CALLBACK_TRY_AGAIN',
              'HOLD_CALLBACK_UNDIALABLE',
              'HOLD_ESCAPE_VM_EIGHT',
              'HOLD_ESCAPE_VM_FIVE',
              'HOLD_ESCAPE_VM_FOUR',
              'HOLD_ESCAPE_VM_NINE',
              'HOLD_ESCAPE_VM_ONE',
              'HOLD_ESCAPE_VM_POUND',
              'HOLD_ESCAPE_VM_SEVEN',
              'HOLD_ESCAPE_VM_SIX',
              'HOLD_ESCAPE_VM_STAR',
              'HOLD_ESCAPE_VM_TEN',
              'HOLD_ESCAPE_VM_THREE',
              'HOLD_ESCAPE_VM_TWO',
              'HOLD_ESCAPE_VM_ZERO',
              'HOLD_INTERRUPT',
              'HOLD_INTRO',
              'HOLD_MUSIC',
              'HOLD_POSITION_EIGHT',
              'HOLD_POSITION_FIVE',
              'HOLD_POSITION_FOUR',
              'HOLD_POSITION_MORE',
              'HOLD_POSITION_NINE',
              'HOLD_POSITION_ONE',
              'HOLD_POSITION_SEVEN',
              'HOLD_POSITION_SIX',
              'HOLD_POSITION_TEN',
              'HOLD_POSITION_THREE',
              'HOLD_POSITION_TWO',
              'HOLD_POSITION_ZERO',
              'HOLD_WAIT',
              'MENU',
              'MENU_OPTION',
              'NEXT_TARGET',
              'VM_DROP_MESSAGE',
              'VM_UNAVAILABLE',
              'VM_UNAVAILABLE_CLOSED',
            ],
          },
          name: {
            type: 'string',
            description: 'Name of the prompt (one line, up to 100 characters).',
          },
          target_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the target the prompt is for.',
          },
          target_type: {
            type: 'string',
            description: 'What kind of thing `target_id` is.',
            enum: ['callcenter', 'coachingteam', 'department', 'office', 'user'],
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'customIvrs.delete': {
    type: 'object',
    properties: {
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
      target_id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the target whose prompt is removed.',
      },
      ivr_type: {
        type: 'string',
        description: 'The IVR slot the prompt is in.',
        enum: [
          'ASK_FIRST_OPERATOR_NOT_AVAILABLE',
          'AUTO_RECORDING',
          'CALLAI_AUTO_RECORDING',
          'CG_AUTO_RECORDING',
          'CLOSED',
          'CLOSED_DEPARTMENT_INTRO',
          'CLOSED_MENU',
          'CLOSED_MENU_OPTION',
          'CSAT_INTRO',
          'CSAT_OUTRO',
          'CSAT_PREAMBLE',
          'CSAT_QUESTION',
          'DEPARTMENT_INTRO',
          'GREETING',
          'HOLD_AGENT_READY',
          'HOLD_APPREC',
          'HOLD_CALLBACK_ACCEPT',
          'HOLD_CALLBACK_ACCEPTED',
          'HOLD_CALLBACK_CONFIRM',
          'HOLD_CALLBACK_CONFIRM_NUMBER',
          'HOLD_CALLBACK_DIFFERENT_NUMBER',
          'HOLD_CALLBACK_DIRECT',
          'HOLD_CALLBACK_FULFILLED',
          'HOLD_CALLBACK_INVALID_NUMBER',
          'HOLD_CALLBACK_KEYPAD',
          'HOLD_CALLBACK_REJECT',
          'HOLD_CALLBACK_REJECTED',
          'HOLD_CALLBACK_REQUEST',
          'HOLD_CALLBACK_REQUESTED',
          'HOLD_CALLBACK_SAME_NUMBER',
          'HOLD_CALLBACK_TRY_AGAIN',
          'HOLD_CALLBACK_UNDIALABLE',
          'HOLD_ESCAPE_VM_EIGHT',
          'HOLD_ESCAPE_VM_FIVE',
          'HOLD_ESCAPE_VM_FOUR',
          'HOLD_ESCAPE_VM_NINE',
          'HOLD_ESCAPE_VM_ONE',
          'HOLD_ESCAPE_VM_POUND',
          'HOLD_ESCAPE_VM_SEVEN',
          'HOLD_ESCAPE_VM_SIX',
          'HOLD_ESCAPE_VM_STAR',
          'HOLD_ESCAPE_VM_TEN',
          'HOLD_ESCAPE_VM_THREE',
          'HOLD_ESCAPE_VM_TWO',
          'HOLD_ESCAPE_VM_ZERO',
          'HOLD_INTERRUPT',
          'HOLD_INTRO',
          'HOLD_MUSIC',
          'HOLD_POSITION_EIGHT',
          'HOLD_POSITION_FIVE',
          'HOLD_POSITION_FOUR',
          'HOLD_POSITION_MORE',
          'HOLD_POSITION_NINE',
          'HOLD_POSITION_ONE',
          'HOLD_POSITION_SEVEN',
          'HOLD_POSITION_SIX',
          'HOLD_POSITION_TEN',
          'HOLD_POSITION_THREE',
          'HOLD_POSITION_TWO',
          'HOLD_POSITION_ZERO',
          'HOLD_WAIT',
          'MENU',
          'MENU_OPTION',
          'NEXT_TARGET',
          'VM_DROP_MESSAGE',
          'VM_UNAVAILABLE',
          'VM_UNAVAILABLE_CLOSED',
        ],
      },
      body: {
        type: 'object',
        description: 'Which custom prompt is meant.',
        required: ['ivr_id'],
        properties: {
          ivr_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the custom prompt.',
          },
          select_option: {
            type: 'string',
            description:
              "For a call center's automatic-recording notice only, inbound or outbound calls (both when left out).",
            enum: ['inbound', 'outbound'],
          },
        },
      },
    },
    required: ['target_type', 'target_id', 'ivr_type', 'body'],
    additionalProperties: false,
  },
  'customIvrs.list': {
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
          target_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the target.',
          },
        },
        additionalProperties: false,
        required: ['target_type', 'target_id'],
      },
    },
    required: ['query'],
    additionalProperties: false,
  },
  'customIvrs.update': {
    type: 'object',
    properties: {
      ivr_id: {
        type: 'string',
        description: 'Id of the prompt.',
      },
      body: {
        type: 'object',
        description: 'The labels of a custom prompt to change.',
        properties: {
          description: {
            type: 'string',
            description: 'Description of the prompt (one line).',
          },
          name: {
            type: 'string',
            description: 'Name of the prompt (one line).',
          },
        },
      },
    },
    required: ['ivr_id', 'body'],
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
  'departments.create': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description:
          'A new department, with the office it belongs to, its name and optionally its hours, hold queue and routing.',
        required: ['name', 'office_id'],
        properties: {
          name: {
            type: 'string',
            description: 'Name of the department (one line, up to 100 characters).',
          },
          office_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Office the department belongs to.',
          },
          group_description: {
            type: 'string',
            description: 'Free-text description of the department, up to 256 characters.',
          },
          auto_call_recording: {
            type: 'boolean',
            description: 'Whether every call of the department is recorded automatically (off unless set).',
          },
          ring_seconds: {
            type: ['integer', 'string'],
            format: 'int64',
            description:
              "How long the department's line rings before the no-operators action applies, 10 to 45 seconds (default 30).",
          },
          hours_on: {
            type: 'boolean',
            description:
              "Whether the opening hours below apply; false (Dialpad's default) means the department takes calls around the clock.",
          },
          monday_hours: {
            type: 'array',
            description:
              'Open spans on Monday as pairs of `HH:MM` times (`["08:00", "12:00", "14:00", "18:00"]` is 8 to 12 and 14 to 18), used when `hours_on` is true. Dialpad\'s default is 08:00 to 18:00.',
            items: {
              type: 'string',
            },
          },
          tuesday_hours: {
            type: 'array',
            description: 'Open spans on Tuesday, as for `monday_hours`.',
            items: {
              type: 'string',
            },
          },
          wednesday_hours: {
            type: 'array',
            description: 'Open spans on Wednesday, as for `monday_hours`.',
            items: {
              type: 'string',
            },
          },
          thursday_hours: {
            type: 'array',
            description: 'Open spans on Thursday, as for `monday_hours`.',
            items: {
              type: 'string',
            },
          },
          friday_hours: {
            type: 'array',
            description: 'Open spans on Friday, as for `monday_hours`.',
            items: {
              type: 'string',
            },
          },
          saturday_hours: {
            type: 'array',
            description: 'Open spans on Saturday (closed by default).',
            items: {
              type: 'string',
            },
          },
          sunday_hours: {
            type: 'array',
            description: 'Open spans on Sunday (closed by default).',
            items: {
              type: 'string',
            },
          },
          hold_queue: {
            type: 'object',
            description: 'The hold queue to set on a department.',
            properties: {
              allow_queuing: {
                type: 'boolean',
                description: 'Whether callers are put on hold when every operator is busy (off unless set).',
              },
              max_hold_count: {
                type: ['integer', 'string'],
                format: 'int64',
                description: 'How many callers the queue holds at most, 1 to 50 (default 50).',
              },
              max_hold_seconds: {
                type: ['integer', 'string'],
                format: 'int64',
                description: 'Longest time a caller waits in the queue, 30 to 18000 seconds (default 900).',
              },
            },
          },
          routing_options: {
            type: 'object',
            description: 'How calls to the department are to be routed while it is open and while it is closed.',
            required: ['closed', 'open'],
            properties: {
              open: {
                type: 'object',
                description: 'Routing for one state (open or closed) of the department.',
                required: ['action', 'try_dial_operators'],
                properties: {
                  action: {
                    type: 'string',
                    enum: [
                      'ai_agent',
                      'bridge_target',
                      'call_service_target',
                      'company_directory',
                      'department',
                      'directory',
                      'disabled',
                      'extension',
                      'google_dialogflow',
                      'last_name_company_directory',
                      'last_name_directory',
                      'menu',
                      'message',
                      'operator',
                      'person',
                      'scripted_ivr',
                      'voicemail',
                    ],
                    description: 'Where a call goes when no operator takes it.',
                  },
                  action_target_id: {
                    type: ['integer', 'string'],
                    format: 'int64',
                    description: 'Id of the target the call is sent to, for actions that need one.',
                  },
                  action_target_type: {
                    type: 'string',
                    enum: [
                      'callcenter',
                      'callrouter',
                      'channel',
                      'coachinggroup',
                      'contact',
                      'contactgroup',
                      'department',
                      'office',
                      'room',
                      'staffgroup',
                      'unknown',
                      'user',
                    ],
                    description: 'Kind of target `action_target_id` names.',
                  },
                  dtmf: {
                    type: 'array',
                    description: 'The keypad menu the caller hears.',
                    items: {
                      type: 'object',
                      description: 'One key of a keypad menu and what pressing it does.',
                      properties: {
                        input: {
                          type: 'string',
                          description: 'The key, `0` to `9`.',
                        },
                        options: {
                          type: 'object',
                          description: 'The routing step a keypad key triggers.',
                          properties: {
                            action: {
                              type: 'string',
                              enum: [
                                'ai_agent',
                                'bridge_target',
                                'call_service_target',
                                'company_directory',
                                'department',
                                'directory',
                                'disabled',
                                'extension',
                                'google_dialogflow',
                                'last_name_company_directory',
                                'last_name_directory',
                                'menu',
                                'message',
                                'operator',
                                'person',
                                'scripted_ivr',
                                'voicemail',
                              ],
                              description: 'Kind of routing step.',
                            },
                            action_target_id: {
                              type: ['integer', 'string'],
                              format: 'int64',
                              description: 'Id of the target the call is sent to, for steps that need one.',
                            },
                            action_target_type: {
                              type: 'string',
                              enum: [
                                'callcenter',
                                'callrouter',
                                'channel',
                                'coachinggroup',
                                'contact',
                                'contactgroup',
                                'department',
                                'office',
                                'room',
                                'staffgroup',
                                'unknown',
                                'user',
                              ],
                              description: 'Kind of target `action_target_id` names.',
                            },
                          },
                        },
                      },
                    },
                  },
                  operator_routing: {
                    type: 'string',
                    enum: ['fixedorder', 'longestidle', 'mostskilled', 'random', 'roundrobin', 'simultaneous'],
                    description: 'In what order the operators are rung.',
                  },
                  try_dial_operators: {
                    type: 'boolean',
                    description: 'Whether the operators are rung at all for an incoming call.',
                  },
                },
              },
              closed: {
                type: 'object',
                description: 'Routing for one state (open or closed) of the department.',
                required: ['action', 'try_dial_operators'],
                properties: {
                  action: {
                    type: 'string',
                    enum: [
                      'ai_agent',
                      'bridge_target',
                      'call_service_target',
                      'company_directory',
                      'department',
                      'directory',
                      'disabled',
                      'extension',
                      'google_dialogflow',
                      'last_name_company_directory',
                      'last_name_directory',
                      'menu',
                      'message',
                      'operator',
                      'person',
                      'scripted_ivr',
                      'voicemail',
                    ],
                    description: 'Where a call goes when no operator takes it.',
                  },
                  action_target_id: {
                    type: ['integer', 'string'],
                    format: 'int64',
                    description: 'Id of the target the call is sent to, for actions that need one.',
                  },
                  action_target_type: {
                    type: 'string',
                    enum: [
                      'callcenter',
                      'callrouter',
                      'channel',
                      'coachinggroup',
                      'contact',
                      'contactgroup',
                      'department',
                      'office',
                      'room',
                      'staffgroup',
                      'unknown',
                      'user',
                    ],
                    description: 'Kind of target `action_target_id` names.',
                  },
                  dtmf: {
                    type: 'array',
                    description: 'The keypad menu the caller hears.',
                    items: {
                      type: 'object',
                      description: 'One key of a keypad menu and what pressing it does.',
                      properties: {
                        input: {
                          type: 'string',
                          description: 'The key, `0` to `9`.',
                        },
                        options: {
                          type: 'object',
                          description: 'The routing step a keypad key triggers.',
                          properties: {
                            action: {
                              type: 'string',
                              enum: [
                                'ai_agent',
                                'bridge_target',
                                'call_service_target',
                                'company_directory',
                                'department',
                                'directory',
                                'disabled',
                                'extension',
                                'google_dialogflow',
                                'last_name_company_directory',
                                'last_name_directory',
                                'menu',
                                'message',
                                'operator',
                                'person',
                                'scripted_ivr',
                                'voicemail',
                              ],
                              description: 'Kind of routing step.',
                            },
                            action_target_id: {
                              type: ['integer', 'string'],
                              format: 'int64',
                              description: 'Id of the target the call is sent to, for steps that need one.',
                            },
                            action_target_type: {
                              type: 'string',
                              enum: [
                                'callcenter',
                                'callrouter',
                                'channel',
                                'coachinggroup',
                                'contact',
                                'contactgroup',
                                'department',
                                'office',
                                'room',
                                'staffgroup',
                                'unknown',
                                'user',
                              ],
                              description: 'Kind of target `action_target_id` names.',
                            },
                          },
                        },
                      },
                    },
                  },
                  operator_routing: {
                    type: 'string',
                    enum: ['fixedorder', 'longestidle', 'mostskilled', 'random', 'roundrobin', 'simultaneous'],
                    description: 'In what order the operators are rung.',
                  },
                  try_dial_operators: {
                    type: 'boolean',
                    description: 'Whether the operators are rung at all for an incoming call.',
                  },
                },
              },
            },
          },
          voice_intelligence: {
            type: 'object',
            description: 'Voice intelligence (Vi) settings to apply.',
            properties: {
              allow_pause: {
                type: 'boolean',
                description: 'Whether users may pause and resume Vi during a call (default true).',
              },
              auto_start: {
                type: 'boolean',
                description: 'Whether Vi starts by itself on each call (default true).',
              },
            },
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'departments.delete': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the department to delete.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'departments.get': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the department.',
      },
    },
    required: ['id'],
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
  'departments.listByOffice': {
    type: 'object',
    properties: {
      office_id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the office.',
      },
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
    required: ['office_id'],
    additionalProperties: false,
  },
  'departments.listOperators': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the department.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'departments.removeOperator': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the department.',
      },
      body: {
        type: 'object',
        description: 'Which user or room to take off the department.',
        required: ['operator_id', 'operator_type'],
        properties: {
          operator_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the user or room to remove.',
          },
          operator_type: {
            type: 'string',
            enum: ['room', 'user'],
            description: 'Whether `operator_id` is a user or a room.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'departments.update': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the department to change.',
      },
      body: {
        type: 'object',
        description: 'The department settings to change; a field left out keeps its value.',
        properties: {
          name: {
            type: 'string',
            description: 'Name of the department (one line, up to 100 characters).',
          },
          group_description: {
            type: 'string',
            description: 'Free-text description of the department, up to 256 characters.',
          },
          auto_call_recording: {
            type: 'boolean',
            description: 'Whether every call of the department is recorded automatically (off unless set).',
          },
          ring_seconds: {
            type: ['integer', 'string'],
            format: 'int64',
            description:
              "How long the department's line rings before the no-operators action applies, 10 to 45 seconds (default 30).",
          },
          hours_on: {
            type: 'boolean',
            description:
              "Whether the opening hours below apply; false (Dialpad's default) means the department takes calls around the clock.",
          },
          monday_hours: {
            type: 'array',
            description:
              'Open spans on Monday as pairs of `HH:MM` times (`["08:00", "12:00", "14:00", "18:00"]` is 8 to 12 and 14 to 18), used when `hours_on` is true. Dialpad\'s default is 08:00 to 18:00.',
            items: {
              type: 'string',
            },
          },
          tuesday_hours: {
            type: 'array',
            description: 'Open spans on Tuesday, as for `monday_hours`.',
            items: {
              type: 'string',
            },
          },
          wednesday_hours: {
            type: 'array',
            description: 'Open spans on Wednesday, as for `monday_hours`.',
            items: {
              type: 'string',
            },
          },
          thursday_hours: {
            type: 'array',
            description: 'Open spans on Thursday, as for `monday_hours`.',
            items: {
              type: 'string',
            },
          },
          friday_hours: {
            type: 'array',
            description: 'Open spans on Friday, as for `monday_hours`.',
            items: {
              type: 'string',
            },
          },
          saturday_hours: {
            type: 'array',
            description: 'Open spans on Saturday (closed by default).',
            items: {
              type: 'string',
            },
          },
          sunday_hours: {
            type: 'array',
            description: 'Open spans on Sunday (closed by default).',
            items: {
              type: 'string',
            },
          },
          hold_queue: {
            type: 'object',
            description: 'The hold queue to set on a department.',
            properties: {
              allow_queuing: {
                type: 'boolean',
                description: 'Whether callers are put on hold when every operator is busy (off unless set).',
              },
              max_hold_count: {
                type: ['integer', 'string'],
                format: 'int64',
                description: 'How many callers the queue holds at most, 1 to 50 (default 50).',
              },
              max_hold_seconds: {
                type: ['integer', 'string'],
                format: 'int64',
                description: 'Longest time a caller waits in the queue, 30 to 18000 seconds (default 900).',
              },
            },
          },
          routing_options: {
            type: 'object',
            description: 'How calls to the department are to be routed while it is open and while it is closed.',
            required: ['closed', 'open'],
            properties: {
              open: {
                type: 'object',
                description: 'Routing for one state (open or closed) of the department.',
                required: ['action', 'try_dial_operators'],
                properties: {
                  action: {
                    type: 'string',
                    enum: [
                      'ai_agent',
                      'bridge_target',
                      'call_service_target',
                      'company_directory',
                      'department',
                      'directory',
                      'disabled',
                      'extension',
                      'google_dialogflow',
                      'last_name_company_directory',
                      'last_name_directory',
                      'menu',
                      'message',
                      'operator',
                      'person',
                      'scripted_ivr',
                      'voicemail',
                    ],
                    description: 'Where a call goes when no operator takes it.',
                  },
                  action_target_id: {
                    type: ['integer', 'string'],
                    format: 'int64',
                    description: 'Id of the target the call is sent to, for actions that need one.',
                  },
                  action_target_type: {
                    type: 'string',
                    enum: [
                      'callcenter',
                      'callrouter',
                      'channel',
                      'coachinggroup',
                      'contact',
                      'contactgroup',
                      'department',
                      'office',
                      'room',
                      'staffgroup',
                      'unknown',
                      'user',
                    ],
                    description: 'Kind of target `action_target_id` names.',
                  },
                  dtmf: {
                    type: 'array',
                    description: 'The keypad menu the caller hears.',
                    items: {
                      type: 'object',
                      description: 'One key of a keypad menu and what pressing it does.',
                      properties: {
                        input: {
                          type: 'string',
                          description: 'The key, `0` to `9`.',
                        },
                        options: {
                          type: 'object',
                          description: 'The routing step a keypad key triggers.',
                          properties: {
                            action: {
                              type: 'string',
                              enum: [
                                'ai_agent',
                                'bridge_target',
                                'call_service_target',
                                'company_directory',
                                'department',
                                'directory',
                                'disabled',
                                'extension',
                                'google_dialogflow',
                                'last_name_company_directory',
                                'last_name_directory',
                                'menu',
                                'message',
                                'operator',
                                'person',
                                'scripted_ivr',
                                'voicemail',
                              ],
                              description: 'Kind of routing step.',
                            },
                            action_target_id: {
                              type: ['integer', 'string'],
                              format: 'int64',
                              description: 'Id of the target the call is sent to, for steps that need one.',
                            },
                            action_target_type: {
                              type: 'string',
                              enum: [
                                'callcenter',
                                'callrouter',
                                'channel',
                                'coachinggroup',
                                'contact',
                                'contactgroup',
                                'department',
                                'office',
                                'room',
                                'staffgroup',
                                'unknown',
                                'user',
                              ],
                              description: 'Kind of target `action_target_id` names.',
                            },
                          },
                        },
                      },
                    },
                  },
                  operator_routing: {
                    type: 'string',
                    enum: ['fixedorder', 'longestidle', 'mostskilled', 'random', 'roundrobin', 'simultaneous'],
                    description: 'In what order the operators are rung.',
                  },
                  try_dial_operators: {
                    type: 'boolean',
                    description: 'Whether the operators are rung at all for an incoming call.',
                  },
                },
              },
              closed: {
                type: 'object',
                description: 'Routing for one state (open or closed) of the department.',
                required: ['action', 'try_dial_operators'],
                properties: {
                  action: {
                    type: 'string',
                    enum: [
                      'ai_agent',
                      'bridge_target',
                      'call_service_target',
                      'company_directory',
                      'department',
                      'directory',
                      'disabled',
                      'extension',
                      'google_dialogflow',
                      'last_name_company_directory',
                      'last_name_directory',
                      'menu',
                      'message',
                      'operator',
                      'person',
                      'scripted_ivr',
                      'voicemail',
                    ],
                    description: 'Where a call goes when no operator takes it.',
                  },
                  action_target_id: {
                    type: ['integer', 'string'],
                    format: 'int64',
                    description: 'Id of the target the call is sent to, for actions that need one.',
                  },
                  action_target_type: {
                    type: 'string',
                    enum: [
                      'callcenter',
                      'callrouter',
                      'channel',
                      'coachinggroup',
                      'contact',
                      'contactgroup',
                      'department',
                      'office',
                      'room',
                      'staffgroup',
                      'unknown',
                      'user',
                    ],
                    description: 'Kind of target `action_target_id` names.',
                  },
                  dtmf: {
                    type: 'array',
                    description: 'The keypad menu the caller hears.',
                    items: {
                      type: 'object',
                      description: 'One key of a keypad menu and what pressing it does.',
                      properties: {
                        input: {
                          type: 'string',
                          description: 'The key, `0` to `9`.',
                        },
                        options: {
                          type: 'object',
                          description: 'The routing step a keypad key triggers.',
                          properties: {
                            action: {
                              type: 'string',
                              enum: [
                                'ai_agent',
                                'bridge_target',
                                'call_service_target',
                                'company_directory',
                                'department',
                                'directory',
                                'disabled',
                                'extension',
                                'google_dialogflow',
                                'last_name_company_directory',
                                'last_name_directory',
                                'menu',
                                'message',
                                'operator',
                                'person',
                                'scripted_ivr',
                                'voicemail',
                              ],
                              description: 'Kind of routing step.',
                            },
                            action_target_id: {
                              type: ['integer', 'string'],
                              format: 'int64',
                              description: 'Id of the target the call is sent to, for steps that need one.',
                            },
                            action_target_type: {
                              type: 'string',
                              enum: [
                                'callcenter',
                                'callrouter',
                                'channel',
                                'coachinggroup',
                                'contact',
                                'contactgroup',
                                'department',
                                'office',
                                'room',
                                'staffgroup',
                                'unknown',
                                'user',
                              ],
                              description: 'Kind of target `action_target_id` names.',
                            },
                          },
                        },
                      },
                    },
                  },
                  operator_routing: {
                    type: 'string',
                    enum: ['fixedorder', 'longestidle', 'mostskilled', 'random', 'roundrobin', 'simultaneous'],
                    description: 'In what order the operators are rung.',
                  },
                  try_dial_operators: {
                    type: 'boolean',
                    description: 'Whether the operators are rung at all for an incoming call.',
                  },
                },
              },
            },
          },
          voice_intelligence: {
            type: 'object',
            description: 'Voice intelligence (Vi) settings to apply.',
            properties: {
              allow_pause: {
                type: 'boolean',
                description: 'Whether users may pause and resume Vi during a call (default true).',
              },
              auto_start: {
                type: 'boolean',
                description: 'Whether Vi starts by itself on each call (default true).',
              },
            },
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'dispositions.create': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description: 'A new disposition set for an office.',
        required: ['name', 'office_id'],
        properties: {
          name: {
            type: 'string',
            description: 'Name of the disposition set (one line).',
          },
          office_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Office the set belongs to.',
          },
          dispositions: {
            type: 'object',
            description:
              'The codes as a tree. Each key is a code; its value holds `~usage` (`everything`, `inbound` or `outbound`) and, keyed by name, its sub-codes in the same form.',
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'dispositions.delete': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the disposition set to delete.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'dispositions.get': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the disposition set.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'dispositions.list': {
    type: 'object',
    properties: {
      query: {
        type: 'object',
        properties: {
          cursor: {
            type: 'string',
            description: 'Opaque token from the `cursor` field of the previous page; leave it out for the first page.',
          },
          target_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the call center, office or coaching group or team whose dispositions to list.',
          },
          target_type: {
            type: 'string',
            enum: ['callcenter', 'coachinggroup', 'coachingteam', 'office', 'unknown'],
            description: 'What kind of target `target_id` names.',
          },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  },
  'dispositions.update': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the disposition set to change.',
      },
      body: {
        type: 'object',
        description:
          'What to change in a disposition set: its name, its codes, or (with `action`) one target it is assigned to.',
        properties: {
          name: {
            type: 'string',
            description: 'New name of the set (one line).',
          },
          dispositions: {
            type: 'object',
            description: 'The new codes, in the same tree form as when creating a set.',
          },
          action: {
            type: 'string',
            enum: ['add_target', 'remove_target'],
            description: 'Assign the set to the target named by `target_id` and `target_type`, or take it off.',
          },
          target_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the target to assign the set to or take it off.',
          },
          target_type: {
            type: 'string',
            enum: ['callcenter', 'coachinggroup', 'coachingteam', 'unknown'],
            description: 'What kind of target `target_id` names.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'fax.send': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        title: 'Fax to send',
        description:
          'Who sends and to which number. The sender is `user_id`, or `from_number` when it belongs to a user; a number that belongs to a group also needs `user_id`.',
        required: ['to_number'],
        properties: {
          from_number: {
            type: 'string',
            description: 'The number to send from, in E.164 form; it must belong to a user or a group.',
          },
          infer_country_code: {
            type: 'boolean',
            default: false,
            description: "When true, a `to_number` not in E.164 form is read as being in the sender's country.",
          },
          to_number: {
            type: 'string',
            description: "The recipient's fax number in E.164 form.",
          },
          user_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the user who sends the fax.',
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'meetings.create': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description: 'The meeting to schedule.',
        required: ['end_datetime', 'meeting_type', 'start_datetime', 'title', 'user_id'],
        properties: {
          call_out: {
            type: 'boolean',
            description: 'Have Dialpad call the participants when the meeting starts.',
          },
          duration: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Length of the meeting in seconds.',
          },
          end_datetime: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'When the meeting ends, in seconds since the epoch (UTC).',
          },
          meeting_type: {
            type: 'string',
            enum: ['CUSTOM_UNIQUE_MEETING', 'LARGE_MEETING', 'PERSONAL', 'UNIQUE_MEETING'],
            description: 'What kind of meeting to schedule.',
          },
          participants_info: {
            type: 'array',
            items: {
              type: 'object',
              description: 'A person to invite to a meeting.',
              properties: {
                call_in_method: {
                  type: 'string',
                  description: 'How the participant joins.',
                },
                display_name: {
                  type: 'string',
                  description: "The participant's name.",
                },
                email: {
                  type: 'string',
                  description: "The participant's email address (the invitation goes there).",
                },
                is_organizer: {
                  type: 'boolean',
                  description: 'Whether the participant organizes the meeting.',
                },
                name: {
                  type: 'string',
                  description: "The participant's name.",
                },
                phone: {
                  type: 'string',
                  description: "The participant's phone number.",
                },
                phone_number: {
                  type: 'string',
                  description: "The participant's phone number.",
                },
                talk_time: {
                  type: ['integer', 'string'],
                  format: 'int64',
                  description: 'Speaking time in milliseconds (only meaningful in answers).',
                },
              },
            },
            description: 'The people to invite.',
          },
          recurrence: {
            type: 'string',
            description: 'How the meeting repeats (an iCalendar RRULE such as `RRULE:FREQ=WEEKLY`).',
          },
          start_datetime: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'When the meeting starts, in seconds since the epoch (UTC).',
          },
          title: {
            type: 'string',
            description: "The meeting's title.",
          },
          user_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'The Dialpad user who organizes the meeting.',
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'meetings.delete': {
    type: 'object',
    properties: {
      scheduled_conference_id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The scheduled meeting's id.",
      },
      query: {
        type: 'object',
        properties: {
          user_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'The Dialpad user whose meeting it is.',
          },
          instance_timestamp: {
            type: ['integer', 'string'],
            format: 'int64',
            description:
              'Start of the one occurrence to cancel, in seconds since the epoch (UTC); leave out to cancel the whole meeting.',
          },
        },
        additionalProperties: false,
      },
    },
    required: ['scheduled_conference_id'],
    additionalProperties: false,
  },
  'meetings.get': {
    type: 'object',
    properties: {
      scheduled_conference_id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The scheduled meeting's id.",
      },
      query: {
        type: 'object',
        properties: {
          user_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'The Dialpad user whose meeting it is.',
          },
        },
        additionalProperties: false,
      },
    },
    required: ['scheduled_conference_id'],
    additionalProperties: false,
  },
  'meetings.list': {
    type: 'object',
    properties: {
      query: {
        type: 'object',
        properties: {
          cursor: {
            type: 'string',
            description: 'Opaque token from the `cursor` field of the previous page; leave it out for the first page.',
          },
          user_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'The Dialpad user whose meetings to list.',
          },
          end_datetime: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Only meetings before this time, in seconds since the epoch (UTC).',
          },
          start_datetime: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Only meetings from this time on, in seconds since the epoch (UTC).',
          },
        },
        additionalProperties: false,
        required: ['user_id', 'start_datetime'],
      },
    },
    required: ['query'],
    additionalProperties: false,
  },
  'meetings.listRooms': {
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
  'meetings.listSummaries': {
    type: 'object',
    properties: {
      query: {
        type: 'object',
        properties: {
          cursor: {
            type: 'string',
            description: 'Opaque token from the `cursor` field of the previous page; leave it out for the first page.',
          },
          room_id: {
            type: 'string',
            description: 'The meeting room whose meetings to list.',
          },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  },
  'meetings.update': {
    type: 'object',
    properties: {
      scheduled_conference_id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The scheduled meeting's id.",
      },
      body: {
        type: 'object',
        description: "The meeting's new details.",
        required: ['end_datetime', 'start_datetime', 'title', 'user_id'],
        properties: {
          call_out: {
            type: 'boolean',
            description: 'Have Dialpad call the participants when the meeting starts.',
          },
          duration: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Length of the meeting in seconds.',
          },
          end_datetime: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'When the meeting ends, in seconds since the epoch (UTC).',
          },
          instance_id: {
            type: 'string',
            description: 'Change only this occurrence of a recurring meeting.',
          },
          participants_info: {
            type: 'array',
            items: {
              type: 'object',
              description: 'A person to invite to a meeting.',
              properties: {
                call_in_method: {
                  type: 'string',
                  description: 'How the participant joins.',
                },
                display_name: {
                  type: 'string',
                  description: "The participant's name.",
                },
                email: {
                  type: 'string',
                  description: "The participant's email address (the invitation goes there).",
                },
                is_organizer: {
                  type: 'boolean',
                  description: 'Whether the participant organizes the meeting.',
                },
                name: {
                  type: 'string',
                  description: "The participant's name.",
                },
                phone: {
                  type: 'string',
                  description: "The participant's phone number.",
                },
                phone_number: {
                  type: 'string',
                  description: "The participant's phone number.",
                },
                talk_time: {
                  type: ['integer', 'string'],
                  format: 'int64',
                  description: 'Speaking time in milliseconds (only meaningful in answers).',
                },
              },
            },
            description: 'The people to invite.',
          },
          recurrence: {
            type: 'string',
            description: 'How the meeting repeats (an iCalendar RRULE such as `RRULE:FREQ=WEEKLY`).',
          },
          start_datetime: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'When the meeting starts, in seconds since the epoch (UTC).',
          },
          title: {
            type: 'string',
            description: "The meeting's title.",
          },
          user_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'The Dialpad user who organizes the meeting.',
          },
        },
      },
    },
    required: ['scheduled_conference_id', 'body'],
    additionalProperties: false,
  },
  'messages.deleteScheduled': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: 'Id of the schedule to cancel.',
      },
      body: {
        type: 'object',
        title: 'Whose scheduled message to cancel',
        properties: {
          user_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the user the schedule belongs to; the authenticated user when left out.',
          },
        },
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'messages.getBulk': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: 'Id of the bulk message, as `messages.sendBulk` returned it.',
      },
      query: {
        type: 'object',
        properties: {
          user_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the user who sent the bulk message; the authenticated user when left out.',
          },
        },
        additionalProperties: false,
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'messages.getScheduled': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: 'Id of the schedule, as returned when it was made.',
      },
      query: {
        type: 'object',
        properties: {
          user_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the user the schedule belongs to; the authenticated user when left out.',
          },
        },
        additionalProperties: false,
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'messages.listBulk': {
    type: 'object',
    properties: {
      query: {
        type: 'object',
        properties: {
          cursor: {
            type: 'string',
            description: 'Opaque token from the `cursor` field of the previous page; leave it out for the first page.',
          },
          limit: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'How many items to return on one page.',
          },
          user_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the user whose bulk messages to list; the authenticated user when left out.',
          },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  },
  'messages.listOptOuts': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: 'Id of the company the API key belongs to.',
      },
      query: {
        type: 'object',
        properties: {
          a2p_campaign_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description:
              "Only entries for this A2P campaign (Dialpad's id for it); requires `opt_out_state=opted_out`.",
          },
          cursor: {
            type: 'string',
            description: 'Opaque token from the `cursor` field of the previous page; leave it out for the first page.',
          },
          opt_out_state: {
            type: 'string',
            enum: ['opted_back_in', 'opted_out'],
            description: 'Which entries to list, opted out or opted back in.',
          },
        },
        additionalProperties: false,
        required: ['opt_out_state'],
      },
    },
    required: ['id', 'query'],
    additionalProperties: false,
  },
  'messages.listScheduled': {
    type: 'object',
    properties: {
      query: {
        type: 'object',
        properties: {
          cursor: {
            type: 'string',
            description: 'Opaque token from the `cursor` field of the previous page; leave it out for the first page.',
          },
          limit: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'How many items to return on one page.',
          },
          user_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the user whose schedules to list; the authenticated user when left out.',
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
  'messages.sendBulk': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        title: 'Bulk message to send',
        description: 'One text, one sender number, up to 50 recipients.',
        required: ['from_number', 'text', 'to_numbers'],
        properties: {
          from_number: {
            type: 'string',
            description: "The user's own A2P-registered number to send from.",
          },
          media: {
            type: 'string',
            format: 'byte',
            description: 'A base64-encoded image or video (at most 500 KiB before encoding); makes it an MMS.',
          },
          text: {
            type: 'string',
            description: 'The message body.',
          },
          title: {
            type: 'string',
            description: "An optional label for the batch, shown in Dialpad's bulk messages view.",
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
            description: 'Id of the user the messages are sent as; the authenticated user when left out.',
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'messages.sendScheduledNow': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: 'Id of the schedule to send now.',
      },
      body: {
        type: 'object',
        title: 'Whose scheduled message to send now',
        properties: {
          user_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the user the schedule belongs to; the authenticated user when left out.',
          },
        },
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'messages.updateBulk': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: 'Id of the bulk message to change.',
      },
      body: {
        type: 'object',
        title: 'Changes to a bulk message',
        description: 'Only the fields given change; leave out the ones to keep.',
        properties: {
          media: {
            type: 'string',
            format: 'byte',
            description: 'A new base64-encoded image or video (at most 500 KiB before encoding).',
          },
          text: {
            type: 'string',
            description: 'The new message body.',
          },
          user_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the user who sent the bulk message; the authenticated user when left out.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'messages.updateScheduled': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: 'Id of the schedule to change.',
      },
      body: {
        type: 'object',
        title: 'Changes to a scheduled message',
        description: 'Only the fields given change; leave out the ones to keep.',
        properties: {
          channel_hashtag: {
            type: 'string',
            description: 'Hashtag of the Dialpad channel the message is meant for (one line).',
          },
          from_number: {
            type: 'string',
            description: "One of the sending user's own numbers, to send from.",
          },
          media: {
            type: 'string',
            format: 'byte',
            description: 'A base64-encoded image or video (at most 500 KiB before encoding); makes it an MMS.',
          },
          start_date: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'New send time, as Unix seconds.',
          },
          text: {
            type: 'string',
            description: 'The new message body.',
          },
          timezone: {
            type: 'string',
            description: 'Time zone name for the schedule, such as `America/Los_Angeles`.',
          },
          to_numbers: {
            type: 'array',
            items: {
              type: 'string',
            },
            description: 'The new recipient numbers in E.164 form.',
          },
          user_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the user the schedule belongs to; the authenticated user when left out.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'numbers.assign': {
    type: 'object',
    properties: {
      number: {
        type: 'string',
        description: 'The number to assign, in E.164 form.',
      },
      body: {
        type: 'object',
        description: 'The target a specific number should be assigned to.',
        required: ['target_id', 'target_type'],
        properties: {
          primary: {
            type: 'boolean',
            default: true,
            description: "Make this the target's primary number.",
          },
          target_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the target that gets the number.',
          },
          target_type: {
            type: 'string',
            description: 'What kind of thing `target_id` is.',
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
        },
      },
    },
    required: ['number', 'body'],
    additionalProperties: false,
  },
  'numbers.assignFaxLine': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description: 'Who gets the fax line and where its number comes from.',
        required: ['line', 'target'],
        properties: {
          line: {
            description:
              'Where the number comes from (by `type`) — a reserved number, an area-code search, or toll-free.',
            anyOf: [
              {
                type: 'object',
                title: 'A reserved number',
                description: "Use a given number from the company's reserved pool.",
                required: ['number', 'type'],
                properties: {
                  number: {
                    type: 'string',
                    description: 'The reserved number, in E.164 form.',
                  },
                  type: {
                    type: 'string',
                    description: 'The kind of line.',
                  },
                },
              },
              {
                type: 'object',
                title: 'A number in an area code',
                description: 'Find an available number in an area code.',
                required: ['area_code', 'type'],
                properties: {
                  area_code: {
                    type: 'string',
                    description: "Area code to search; the office's area code is used when it is empty.",
                  },
                  type: {
                    type: 'string',
                    description: 'The kind of line.',
                  },
                },
              },
              {
                type: 'object',
                title: 'A toll-free number',
                description: 'Use a toll-free number.',
                required: ['type'],
                properties: {
                  type: {
                    type: 'string',
                    description: 'The kind of line.',
                  },
                },
              },
            ],
          },
          target: {
            type: 'object',
            description: 'The user or department that gets the fax line.',
            required: ['target_id', 'target_type'],
            properties: {
              target_id: {
                type: ['integer', 'string'],
                format: 'int64',
                description: 'Id of the user or department.',
              },
              target_type: {
                type: 'string',
                description: 'Whether `target_id` is a user or a department.',
                enum: ['department', 'user'],
              },
            },
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'numbers.assignToCallRouter': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The call router's id.",
      },
      body: {
        type: 'object',
        description:
          "Which number to give: a specific `number`, or (when none is given) one from the company's reserved pool, or else a new one in `area_code`.",
        properties: {
          area_code: {
            type: 'string',
            description: "Area code to find a new number in, when the company's reserved pool has none.",
          },
          number: {
            type: 'string',
            description: 'A specific number to assign, in E.164 form.',
          },
          primary: {
            type: 'boolean',
            default: true,
            description: 'Make this the primary number.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'numbers.assignToOffice': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The office's id.",
      },
      body: {
        type: 'object',
        description:
          "Which number to give: a specific `number`, or (when none is given) one from the company's reserved pool, or else a new one in `area_code`.",
        properties: {
          area_code: {
            type: 'string',
            description: "Area code to find a new number in, when the company's reserved pool has none.",
          },
          number: {
            type: 'string',
            description: 'A specific number to assign, in E.164 form.',
          },
          primary: {
            type: 'boolean',
            default: true,
            description: 'Make this the primary number.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'numbers.assignToRoom': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The room's id.",
      },
      body: {
        type: 'object',
        description:
          "Which number to give: a specific `number`, or (when none is given) one from the company's reserved pool, or else a new one in `area_code`.",
        properties: {
          area_code: {
            type: 'string',
            description: "Area code to find a new number in, when the company's reserved pool has none.",
          },
          number: {
            type: 'string',
            description: 'A specific number to assign, in E.164 form.',
          },
          primary: {
            type: 'boolean',
            default: true,
            description: 'Make this the primary number.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'numbers.assignToUser': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The user's id (`me` for the key's own user, with a user-level API key).",
      },
      body: {
        type: 'object',
        description:
          "Which number to give: a specific `number`, or (when none is given) one from the company's reserved pool, or else a new one in `area_code`.",
        properties: {
          area_code: {
            type: 'string',
            description: "Area code to find a new number in, when the company's reserved pool has none.",
          },
          number: {
            type: 'string',
            description: 'A specific number to assign, in E.164 form.',
          },
          primary: {
            type: 'boolean',
            default: true,
            description: 'Make this the primary number.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'numbers.autoAssign': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description: 'The target that should get a number, and where the number may come from.',
        required: ['target_id', 'target_type'],
        properties: {
          area_code: {
            type: 'string',
            description: "Area code to find a new number in, when the company's reserved pool has none.",
          },
          number: {
            type: 'string',
            description: 'A specific number to assign, in E.164 form.',
          },
          primary: {
            type: 'boolean',
            default: true,
            description: "Make this the target's primary number.",
          },
          target_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the target that gets the number.',
          },
          target_type: {
            type: 'string',
            description: 'What kind of thing `target_id` is.',
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
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'numbers.format': {
    type: 'object',
    properties: {
      query: {
        type: 'object',
        properties: {
          country_code: {
            type: 'string',
            description: "The number's country, ISO 3166-1 alpha-2 (`US`); needed when `number` is in local form.",
          },
          number: {
            type: 'string',
            description: 'The phone number, in local or E.164 form.',
          },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  },
  'numbers.get': {
    type: 'object',
    properties: {
      number: {
        type: 'string',
        description: 'The number, in E.164 form.',
      },
    },
    required: ['number'],
    additionalProperties: false,
  },
  'numbers.list': {
    type: 'object',
    properties: {
      query: {
        type: 'object',
        properties: {
          cursor: {
            type: 'string',
            description: 'Opaque token from the `cursor` field of the previous page; leave it out for the first page.',
          },
          status: {
            type: 'string',
            description:
              'Only numbers with this assignment status, such as `available`, `user`, `office` or `call_center`.',
          },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  },
  'numbers.swap': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description: 'Whose primary number to replace, and how to choose the new one.',
        required: ['target'],
        properties: {
          swap_details: {
            description:
              'How the new number is chosen, by `type`: `provided_number`, `area_code` or `auto` (the default when left out).',
            anyOf: [
              {
                type: 'object',
                title: 'Swap for a number in an area code',
                description: 'Take an available number in the given area code (`type` is `area_code`).',
                required: ['type'],
                properties: {
                  area_code: {
                    type: 'string',
                    description: 'Area code to find the new number in.',
                  },
                  type: {
                    type: 'string',
                    description: 'The kind of swap, `area_code`.',
                  },
                },
              },
              {
                type: 'object',
                title: 'Swap for a number Dialpad picks',
                description:
                  "Take a number from the reserved pool, or else one in the target office's area code (`type` is `auto`).",
                required: ['type'],
                properties: {
                  type: {
                    type: 'string',
                    description: 'The kind of swap, `auto`.',
                  },
                },
              },
              {
                type: 'object',
                title: 'Swap for a given number',
                description: "Take the given number from the company's reserved pool (`type` is `provided_number`).",
                required: ['type'],
                properties: {
                  number: {
                    type: 'string',
                    description: "The new number, in E.164 form; it must be in the company's reserved pool.",
                  },
                  type: {
                    type: 'string',
                    description: 'The kind of swap, `provided_number`.',
                  },
                },
              },
            ],
          },
          target: {
            type: 'object',
            description: 'The target whose primary number is swapped.',
            required: ['target_id', 'target_type'],
            properties: {
              target_id: {
                type: ['integer', 'string'],
                format: 'int64',
                description: 'Id of the target.',
              },
              target_type: {
                type: 'string',
                description: 'What kind of thing `target_id` is.',
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
            },
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'numbers.unassign': {
    type: 'object',
    properties: {
      number: {
        type: 'string',
        description: 'The number, in E.164 form.',
      },
      query: {
        type: 'object',
        properties: {
          release: {
            type: 'boolean',
            description: 'Release the number from the company instead of returning it to the reserved pool.',
          },
        },
        additionalProperties: false,
      },
    },
    required: ['number'],
    additionalProperties: false,
  },
  'numbers.unassignFromOffice': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The office's id.",
      },
      body: {
        type: 'object',
        description: 'The number to take away.',
        required: ['number'],
        properties: {
          number: {
            type: 'string',
            description: 'The number to unassign, in E.164 form.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'numbers.unassignFromRoom': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The room's id.",
      },
      body: {
        type: 'object',
        description: 'The number to take away.',
        required: ['number'],
        properties: {
          number: {
            type: 'string',
            description: 'The number to unassign, in E.164 form.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'numbers.unassignFromUser': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The user's id (`me` for the key's own user, with a user-level API key).",
      },
      body: {
        type: 'object',
        description: 'The number to take away.',
        required: ['number'],
        properties: {
          number: {
            type: 'string',
            description: 'The number to unassign, in E.164 form.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'numbers.updateTags': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description: 'The number to tag and the tags to set.',
        required: ['phone'],
        properties: {
          do_not_call: {
            type: 'boolean',
            description: 'Block calls to this number.',
          },
          do_not_text: {
            type: 'boolean',
            description: 'Block texts to this number.',
          },
          phone: {
            type: 'string',
            description: 'The phone number, in E.164 form (`+14155551234`).',
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
  'offices.create': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description: 'A new secondary office, its billing set-up, emergency address, hours and routing.',
        required: [
          'annual_commit_monthly_billing',
          'billing_address',
          'country',
          'currency',
          'invoiced',
          'name',
          'plan_period',
          'unified_billing',
        ],
        properties: {
          name: {
            type: 'string',
            description: 'Name of the office (one line).',
          },
          group_description: {
            type: 'string',
            description: 'Free-text description of the office, up to 256 characters.',
          },
          country: {
            type: 'string',
            enum: [
              'AR',
              'AT',
              'AU',
              'BD',
              'BE',
              'BG',
              'BH',
              'BR',
              'CA',
              'CH',
              'CI',
              'CL',
              'CN',
              'CO',
              'CR',
              'CY',
              'CZ',
              'DE',
              'DK',
              'DO',
              'DP',
              'EC',
              'EE',
              'EG',
              'ES',
              'FI',
              'FR',
              'GB',
              'GH',
              'GR',
              'GT',
              'HK',
              'HR',
              'HU',
              'ID',
              'IE',
              'IL',
              'IN',
              'IS',
              'IT',
              'JP',
              'KE',
              'KH',
              'KR',
              'KZ',
              'LK',
              'LT',
              'LU',
              'LV',
              'MA',
              'MD',
              'MM',
              'MT',
              'MX',
              'MY',
              'NG',
              'NL',
              'NO',
              'NZ',
              'PA',
              'PE',
              'PH',
              'PK',
              'PL',
              'PR',
              'PT',
              'PY',
              'RO',
              'RU',
              'SA',
              'SE',
              'SG',
              'SI',
              'SK',
              'SV',
              'TH',
              'TR',
              'TW',
              'UA',
              'US',
              'UY',
              'VE',
              'VN',
              'ZA',
            ],
            description: 'Country of the office, as an upper-case ISO 3166 code.',
          },
          timezone: {
            type: 'string',
            description: 'Time zone of the office, as a tz database name (`America/Chicago`).',
          },
          currency: {
            type: 'string',
            enum: ['AUD', 'CAD', 'EUR', 'GBP', 'JPY', 'NZD', 'USD'],
            description: 'Currency the office is billed in.',
          },
          plan_period: {
            type: 'string',
            enum: ['monthly', 'yearly'],
            description: 'How often the office is billed.',
          },
          annual_commit_monthly_billing: {
            type: 'boolean',
            description: "Whether the primary office's plan is an annual commitment billed monthly.",
          },
          invoiced: {
            type: 'boolean',
            description: 'Whether the office pays by invoice.',
          },
          unified_billing: {
            type: 'boolean',
            description: 'Whether the office is billed on one invoice with the rest of the company.',
          },
          international_enabled: {
            type: 'boolean',
            description: 'Whether the primary office may place international calls.',
          },
          billing_address: {
            type: 'object',
            description: 'A postal address to bill.',
            required: ['address_line_1', 'city', 'country', 'postal_code', 'region'],
            properties: {
              address_line_1: {
                type: 'string',
                description: 'First address line (one line).',
              },
              address_line_2: {
                type: 'string',
                description: 'Second address line (one line).',
              },
              city: {
                type: 'string',
                description: 'City (one line).',
              },
              country: {
                type: 'string',
                description: 'Country.',
              },
              postal_code: {
                type: 'string',
                description: 'Postal code (one line).',
              },
              region: {
                type: 'string',
                description: 'State, province or region (one line).',
              },
            },
          },
          billing_contact: {
            type: 'object',
            description: 'The person to contact about bills.',
            required: ['email', 'name'],
            properties: {
              name: {
                type: 'string',
                description: 'Their name (one line).',
              },
              email: {
                type: 'string',
                description: 'Their email address.',
              },
              phone: {
                type: 'string',
                description: 'Their phone number.',
              },
            },
          },
          use_same_address: {
            type: 'boolean',
            description: 'Whether the billing address and the emergency address are the same.',
          },
          e911_address: {
            type: 'object',
            description: 'A street address for emergency calls.',
            required: ['address', 'city', 'country', 'state', 'zip'],
            properties: {
              address: {
                type: 'string',
                description: 'First address line (one line).',
              },
              address2: {
                type: 'string',
                description: 'Second address line (one line).',
              },
              city: {
                type: 'string',
                description: 'City (one line).',
              },
              state: {
                type: 'string',
                description: 'State or province (one line).',
              },
              zip: {
                type: 'string',
                description: 'Postal code (one line).',
              },
              country: {
                type: 'string',
                description: 'Country.',
              },
            },
          },
          mainline_number: {
            type: 'string',
            description: "The office's main-line number, E.164.",
          },
          auto_call_recording: {
            type: 'boolean',
            default: false,
            description: 'Whether every call of the office is recorded automatically.',
          },
          first_action: {
            type: 'string',
            enum: ['menu', 'operators'],
            description: 'What a caller meets first, the keypad menu or ringing operators.',
          },
          no_operators_action: {
            type: 'string',
            enum: [
              'ai_agent',
              'bridge_target',
              'call_service_target',
              'company_directory',
              'department',
              'directory',
              'disabled',
              'extension',
              'google_dialogflow',
              'last_name_company_directory',
              'last_name_directory',
              'menu',
              'message',
              'operator',
              'person',
              'scripted_ivr',
              'voicemail',
            ],
            description: 'Where a call goes when nobody is free to take it.',
          },
          ring_seconds: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'How long the main line rings before the no-operators action applies, 10 to 45 seconds.',
          },
          hours_on: {
            type: 'boolean',
            default: false,
            description: 'Whether the opening hours below apply; false means the office takes calls around the clock.',
          },
          monday_hours: {
            type: 'array',
            description:
              'Open spans on Monday as pairs of `HH:MM` times (`["08:00", "12:00", "14:00", "18:00"]` is 8 to 12 and 14 to 18). Dialpad\'s default is 08:00 to 18:00.',
            items: {
              type: 'string',
            },
          },
          tuesday_hours: {
            type: 'array',
            description: 'Open spans on Tuesday, as for `monday_hours`.',
            items: {
              type: 'string',
            },
          },
          wednesday_hours: {
            type: 'array',
            description: 'Open spans on Wednesday, as for `monday_hours`.',
            items: {
              type: 'string',
            },
          },
          thursday_hours: {
            type: 'array',
            description: 'Open spans on Thursday, as for `monday_hours`.',
            items: {
              type: 'string',
            },
          },
          friday_hours: {
            type: 'array',
            description: 'Open spans on Friday, as for `monday_hours`.',
            items: {
              type: 'string',
            },
          },
          saturday_hours: {
            type: 'array',
            description: 'Open spans on Saturday (closed by default).',
            items: {
              type: 'string',
            },
          },
          sunday_hours: {
            type: 'array',
            description: 'Open spans on Sunday (closed by default).',
            items: {
              type: 'string',
            },
          },
          routing_options: {
            type: 'object',
            description: 'How calls to the office are to be routed while it is open and while it is closed.',
            required: ['closed', 'open'],
            properties: {
              open: {
                type: 'object',
                description: 'Routing for one state (open or closed) of the office.',
                required: ['action', 'try_dial_operators'],
                properties: {
                  action: {
                    type: 'string',
                    enum: [
                      'ai_agent',
                      'bridge_target',
                      'call_service_target',
                      'company_directory',
                      'department',
                      'directory',
                      'disabled',
                      'extension',
                      'google_dialogflow',
                      'last_name_company_directory',
                      'last_name_directory',
                      'menu',
                      'message',
                      'operator',
                      'person',
                      'scripted_ivr',
                      'voicemail',
                    ],
                    description: 'Where a call goes when no operator takes it.',
                  },
                  action_target_id: {
                    type: ['integer', 'string'],
                    format: 'int64',
                    description: 'Id of the target the call is sent to, for actions that need one.',
                  },
                  action_target_type: {
                    type: 'string',
                    enum: [
                      'callcenter',
                      'callrouter',
                      'channel',
                      'coachinggroup',
                      'contact',
                      'contactgroup',
                      'department',
                      'office',
                      'room',
                      'staffgroup',
                      'unknown',
                      'user',
                    ],
                    description: 'Kind of target `action_target_id` names.',
                  },
                  dtmf: {
                    type: 'array',
                    description: 'The keypad menu the caller hears.',
                    items: {
                      type: 'object',
                      description: 'One key of a keypad menu and what pressing it does.',
                      properties: {
                        input: {
                          type: 'string',
                          description: 'The key, `0` to `9`.',
                        },
                        options: {
                          type: 'object',
                          description: 'The routing step a keypad key triggers.',
                          properties: {
                            action: {
                              type: 'string',
                              enum: [
                                'ai_agent',
                                'bridge_target',
                                'call_service_target',
                                'company_directory',
                                'department',
                                'directory',
                                'disabled',
                                'extension',
                                'google_dialogflow',
                                'last_name_company_directory',
                                'last_name_directory',
                                'menu',
                                'message',
                                'operator',
                                'person',
                                'scripted_ivr',
                                'voicemail',
                              ],
                              description: 'Kind of routing step.',
                            },
                            action_target_id: {
                              type: ['integer', 'string'],
                              format: 'int64',
                              description: 'Id of the target the call is sent to, for steps that need one.',
                            },
                            action_target_type: {
                              type: 'string',
                              enum: [
                                'callcenter',
                                'callrouter',
                                'channel',
                                'coachinggroup',
                                'contact',
                                'contactgroup',
                                'department',
                                'office',
                                'room',
                                'staffgroup',
                                'unknown',
                                'user',
                              ],
                              description: 'Kind of target `action_target_id` names.',
                            },
                          },
                        },
                      },
                    },
                  },
                  operator_routing: {
                    type: 'string',
                    enum: ['fixedorder', 'longestidle', 'mostskilled', 'random', 'roundrobin', 'simultaneous'],
                    description: 'In what order the operators are rung.',
                  },
                  try_dial_operators: {
                    type: 'boolean',
                    description: 'Whether the operators are rung at all for an incoming call.',
                  },
                },
              },
              closed: {
                type: 'object',
                description: 'Routing for one state (open or closed) of the office.',
                required: ['action', 'try_dial_operators'],
                properties: {
                  action: {
                    type: 'string',
                    enum: [
                      'ai_agent',
                      'bridge_target',
                      'call_service_target',
                      'company_directory',
                      'department',
                      'directory',
                      'disabled',
                      'extension',
                      'google_dialogflow',
                      'last_name_company_directory',
                      'last_name_directory',
                      'menu',
                      'message',
                      'operator',
                      'person',
                      'scripted_ivr',
                      'voicemail',
                    ],
                    description: 'Where a call goes when no operator takes it.',
                  },
                  action_target_id: {
                    type: ['integer', 'string'],
                    format: 'int64',
                    description: 'Id of the target the call is sent to, for actions that need one.',
                  },
                  action_target_type: {
                    type: 'string',
                    enum: [
                      'callcenter',
                      'callrouter',
                      'channel',
                      'coachinggroup',
                      'contact',
                      'contactgroup',
                      'department',
                      'office',
                      'room',
                      'staffgroup',
                      'unknown',
                      'user',
                    ],
                    description: 'Kind of target `action_target_id` names.',
                  },
                  dtmf: {
                    type: 'array',
                    description: 'The keypad menu the caller hears.',
                    items: {
                      type: 'object',
                      description: 'One key of a keypad menu and what pressing it does.',
                      properties: {
                        input: {
                          type: 'string',
                          description: 'The key, `0` to `9`.',
                        },
                        options: {
                          type: 'object',
                          description: 'The routing step a keypad key triggers.',
                          properties: {
                            action: {
                              type: 'string',
                              enum: [
                                'ai_agent',
                                'bridge_target',
                                'call_service_target',
                                'company_directory',
                                'department',
                                'directory',
                                'disabled',
                                'extension',
                                'google_dialogflow',
                                'last_name_company_directory',
                                'last_name_directory',
                                'menu',
                                'message',
                                'operator',
                                'person',
                                'scripted_ivr',
                                'voicemail',
                              ],
                              description: 'Kind of routing step.',
                            },
                            action_target_id: {
                              type: ['integer', 'string'],
                              format: 'int64',
                              description: 'Id of the target the call is sent to, for steps that need one.',
                            },
                            action_target_type: {
                              type: 'string',
                              enum: [
                                'callcenter',
                                'callrouter',
                                'channel',
                                'coachinggroup',
                                'contact',
                                'contactgroup',
                                'department',
                                'office',
                                'room',
                                'staffgroup',
                                'unknown',
                                'user',
                              ],
                              description: 'Kind of target `action_target_id` names.',
                            },
                          },
                        },
                      },
                    },
                  },
                  operator_routing: {
                    type: 'string',
                    enum: ['fixedorder', 'longestidle', 'mostskilled', 'random', 'roundrobin', 'simultaneous'],
                    description: 'In what order the operators are rung.',
                  },
                  try_dial_operators: {
                    type: 'boolean',
                    description: 'Whether the operators are rung at all for an incoming call.',
                  },
                },
              },
            },
          },
          voice_intelligence: {
            type: 'object',
            description: 'Voice intelligence (Vi) settings to apply.',
            properties: {
              allow_pause: {
                type: 'boolean',
                description: 'Whether users may pause and resume Vi during a call (default true).',
              },
              auto_start: {
                type: 'boolean',
                description: 'Whether Vi starts by itself on each call (default true).',
              },
            },
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'offices.get': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the office.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'offices.getE911': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the office.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'offices.getPlan': {
    type: 'object',
    properties: {
      office_id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the office.',
      },
    },
    required: ['office_id'],
    additionalProperties: false,
  },
  'offices.getPrimary': {
    type: 'object',
    properties: {},
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
  'offices.listAvailableLicenses': {
    type: 'object',
    properties: {
      office_id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the office.',
      },
    },
    required: ['office_id'],
    additionalProperties: false,
  },
  'offices.listOffDutyStatuses': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the office.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'offices.listOperators': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the office.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'offices.removeOperator': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the office.',
      },
      body: {
        type: 'object',
        description: "Which user or room to take off the office's main line.",
        required: ['operator_id', 'operator_type'],
        properties: {
          operator_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the user or room to remove.',
          },
          operator_type: {
            type: 'string',
            enum: ['room', 'user'],
            description: 'Whether `operator_id` is a user or a room.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'offices.update': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the office to change.',
      },
      body: {
        type: 'object',
        description:
          'The opening hours to set on an office. Each day is a list of `HH:MM` times taken in pairs, each pair one open span; a day left out keeps its hours.',
        properties: {
          hours_on: {
            type: 'boolean',
            description: 'Whether the hours below apply; false means the office takes calls around the clock.',
          },
          monday_hours: {
            type: 'array',
            description:
              'Open spans on Monday (`["08:00", "12:00", "14:00", "18:00"]` is 8 to 12 and 14 to 18). Dialpad\'s default is 08:00 to 18:00.',
            items: {
              type: 'string',
            },
          },
          tuesday_hours: {
            type: 'array',
            description: 'Open spans on Tuesday, as for `monday_hours`.',
            items: {
              type: 'string',
            },
          },
          wednesday_hours: {
            type: 'array',
            description: 'Open spans on Wednesday, as for `monday_hours`.',
            items: {
              type: 'string',
            },
          },
          thursday_hours: {
            type: 'array',
            description: 'Open spans on Thursday, as for `monday_hours`.',
            items: {
              type: 'string',
            },
          },
          friday_hours: {
            type: 'array',
            description: 'Open spans on Friday, as for `monday_hours`.',
            items: {
              type: 'string',
            },
          },
          saturday_hours: {
            type: 'array',
            description: 'Open spans on Saturday (closed by default).',
            items: {
              type: 'string',
            },
          },
          sunday_hours: {
            type: 'array',
            description: 'Open spans on Sunday (closed by default).',
            items: {
              type: 'string',
            },
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'offices.updateE911': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the office.',
      },
      body: {
        type: 'object',
        description: "The office's new emergency address, and whether its users get it too.",
        required: ['address', 'city', 'country', 'state', 'zip'],
        properties: {
          address: {
            type: 'string',
            description: 'First address line (one line).',
          },
          address2: {
            type: 'string',
            default: '',
            description: 'Second address line (one line); empty when left out.',
          },
          city: {
            type: 'string',
            description: 'City (one line).',
          },
          state: {
            type: 'string',
            description: 'State or province (one line).',
          },
          zip: {
            type: 'string',
            description: 'Postal code (one line).',
          },
          country: {
            type: 'string',
            description: 'Country.',
          },
          update_all: {
            type: 'boolean',
            description: 'Whether every user of the office gets this emergency address as well.',
          },
          use_validated_option: {
            type: 'boolean',
            description: "Whether to store the corrected form of the address that Dialpad's address check proposes.",
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'recordings.createReviewLink': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description: "Which call's review to share, and with whom.",
        properties: {
          call_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the call whose review page the link opens.',
          },
          privacy: {
            type: 'string',
            default: 'company',
            description: 'Who may open the link: everyone in the company, or anyone with the link (`public`).',
            enum: ['company', 'public'],
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'recordings.createShareLink': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description: 'Which recording to share, and with whom.',
        required: ['recording_id', 'recording_type'],
        properties: {
          recording_id: {
            type: 'string',
            description: 'Id of the recording or voicemail to share.',
          },
          recording_type: {
            type: 'string',
            description: 'What `recording_id` is.',
            enum: ['admincallrecording', 'callrecording', 'voicemail'],
          },
          privacy: {
            type: 'string',
            default: 'owner',
            description:
              "Who may open the link: the recording's owner, admins, everyone in the company, or anyone with the link (`public`).",
            enum: ['admin', 'company', 'owner', 'public'],
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'recordings.deleteReviewLink': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: 'Id of the call review share link.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'recordings.deleteShareLink': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: 'Id of the share link.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'recordings.getReviewLink': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: 'Id of the call review share link.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'recordings.getShareLink': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: 'Id of the share link.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'recordings.getTranscript': {
    type: 'object',
    properties: {
      call_id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the call.',
      },
    },
    required: ['call_id'],
    additionalProperties: false,
  },
  'recordings.getTranscriptUrl': {
    type: 'object',
    properties: {
      call_id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the call.',
      },
    },
    required: ['call_id'],
    additionalProperties: false,
  },
  'recordings.updateReviewLink': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: 'Id of the call review share link.',
      },
      body: {
        type: 'object',
        description: 'The new privacy of a call review share link.',
        required: ['privacy'],
        properties: {
          privacy: {
            type: 'string',
            description: 'Who may open the link: everyone in the company, or anyone with the link (`public`).',
            enum: ['company', 'public'],
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'recordings.updateShareLink': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: 'Id of the share link.',
      },
      body: {
        type: 'object',
        description: 'The new privacy of a recording share link.',
        required: ['privacy'],
        properties: {
          privacy: {
            type: 'string',
            description:
              "Who may open the link: the recording's owner, admins, everyone in the company, or anyone with the link (`public`).",
            enum: ['admin', 'company', 'owner', 'public'],
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'reports.create': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description: 'What a scheduled report contains, when it runs and where it is pushed.',
        required: ['at', 'endpoint_id', 'frequency', 'name', 'on_day', 'report_type'],
        properties: {
          name: {
            type: 'string',
            description: "The report's name (one line).",
          },
          report_type: {
            type: 'string',
            enum: ['call_logs', 'daily_statistics', 'recordings', 'user_statistics', 'voicemails'],
            description: 'What the report contains.',
          },
          frequency: {
            type: 'string',
            enum: ['daily', 'monthly', 'weekly'],
            description: 'How often it runs.',
          },
          at: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Hour of the day it runs, 0 to 23 (10 is 10:00), in `timezone`.',
          },
          on_day: {
            type: ['integer', 'string'],
            format: 'int64',
            description:
              'Day it runs on — 0 for daily reports, 0–6 (day of the week) for weekly, 0–30 (day of the month) for monthly.',
          },
          timezone: {
            type: 'string',
            description: 'Time zone (tz database name, such as `Europe/Paris`) the hour and day are in.',
          },
          endpoint_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the webhook or websocket the report is pushed to.',
          },
          enabled: {
            type: 'boolean',
            default: true,
            description: 'Whether the report runs.',
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
            description: 'Kind of target `target_id` names.',
          },
          coaching_group: {
            type: 'boolean',
            default: false,
            description: 'Report on the trainees of the coaching group given as the target.',
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'reports.delete': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the scheduled report to delete.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'reports.get': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the scheduled report.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'reports.list': {
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
  'reports.update': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the scheduled report to change.',
      },
      body: {
        type: 'object',
        description: 'What a scheduled report contains, when it runs and where it is pushed.',
        required: ['at', 'endpoint_id', 'frequency', 'name', 'on_day', 'report_type'],
        properties: {
          name: {
            type: 'string',
            description: "The report's name (one line).",
          },
          report_type: {
            type: 'string',
            enum: ['call_logs', 'daily_statistics', 'recordings', 'user_statistics', 'voicemails'],
            description: 'What the report contains.',
          },
          frequency: {
            type: 'string',
            enum: ['daily', 'monthly', 'weekly'],
            description: 'How often it runs.',
          },
          at: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Hour of the day it runs, 0 to 23 (10 is 10:00), in `timezone`.',
          },
          on_day: {
            type: ['integer', 'string'],
            format: 'int64',
            description:
              'Day it runs on — 0 for daily reports, 0–6 (day of the week) for weekly, 0–30 (day of the month) for monthly.',
          },
          timezone: {
            type: 'string',
            description: 'Time zone (tz database name, such as `Europe/Paris`) the hour and day are in.',
          },
          endpoint_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the webhook or websocket the report is pushed to.',
          },
          enabled: {
            type: 'boolean',
            default: true,
            description: 'Whether the report runs.',
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
            description: 'Kind of target `target_id` names.',
          },
          coaching_group: {
            type: 'boolean',
            default: false,
            description: 'Report on the trainees of the coaching group given as the target.',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'rooms.assignInternationalPin': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description: 'Who the PIN is for.',
        properties: {
          customer_ref: {
            type: 'string',
            description: 'A label printed in the usage summary, usually naming who asked for the PIN (one line).',
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'rooms.create': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description: 'The new room.',
        required: ['name', 'office_id'],
        properties: {
          name: {
            type: 'string',
            description: "The room's name (one line).",
          },
          office_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the office the room belongs to.',
          },
        },
      },
    },
    required: ['body'],
    additionalProperties: false,
  },
  'rooms.delete': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The room's id.",
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'rooms.deleteDeskphone': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: "The desk phone's id (as listed by the room's desk phones).",
      },
      parent_id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The room's id.",
      },
    },
    required: ['id', 'parent_id'],
    additionalProperties: false,
  },
  'rooms.get': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The room's id.",
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'rooms.getDeskphone': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: "The desk phone's id (as listed by the room's desk phones).",
      },
      parent_id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The room's id.",
      },
    },
    required: ['id', 'parent_id'],
    additionalProperties: false,
  },
  'rooms.list': {
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
            description: 'Only rooms of this office.',
          },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  },
  'rooms.listDeskphones': {
    type: 'object',
    properties: {
      parent_id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The room's id.",
      },
    },
    required: ['parent_id'],
    additionalProperties: false,
  },
  'rooms.update': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The room's id.",
      },
      body: {
        type: 'object',
        description: 'The fields to change; fields left out stay as they are.',
        properties: {
          name: {
            type: 'string',
            description: 'New name (one line).',
          },
          phone_numbers: {
            type: 'array',
            items: {
              type: 'string',
            },
            description:
              "The room's numbers in the wanted order; a current number left out is taken away from the room.",
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'scorecards.export': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        description: 'Which scorecards report to build, for which scope and period.',
        required: ['scorecards_type'],
        properties: {
          scorecards_type: {
            type: 'string',
            enum: [
              'scorecard_export_agent_leaderboard',
              'scorecard_export_calls',
              'scorecard_export_calls_questions',
              'scorecard_export_leaderboard',
              'scorecard_export_teamgroup_leaderboard',
            ],
            description: 'Which report to build.',
          },
          target_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Limit the report to this target (give `target_type` too).',
          },
          target_type: {
            type: 'string',
            enum: ['callcenter', 'coachingteam', 'office', 'unknown', 'user'],
            description: 'Kind of target `target_id` names.',
          },
          scorecard_ids: {
            type: 'array',
            items: {
              type: ['integer', 'string'],
              format: 'int64',
            },
            description: 'Limit the report to these scorecards.',
          },
          scorecard_grader_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Limit the report to the grading done by this user.',
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
          graded_days_ago_start: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'First day, in days back from today, of the period in which the calls were graded.',
          },
          graded_days_ago_end: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Last day, in days back from today, of the period in which the calls were graded.',
          },
          send_to: {
            type: 'string',
            description: 'An email address Dialpad also sends the results to.',
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
  'scorecards.get': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: 'Id of the scorecard.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'scorecards.getExport': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: 'The `request_id` returned when the export was started.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'scorecards.list': {
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
            enum: ['active', 'archived', 'draft'],
            description: 'Only return scorecards in this state.',
          },
          target_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description:
              'Only return the scorecards of this office, call center or coaching team (give `target_type` too).',
          },
          target_type: {
            type: 'string',
            enum: ['callcenter', 'coachingteam', 'office', 'unknown'],
            description: 'Kind of target `target_id` names.',
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
  'stats.digitalSessions': {
    type: 'object',
    properties: {
      query: {
        type: 'object',
        properties: {
          cursor: {
            type: 'string',
            description: 'Opaque token from the `cursor` field of the previous page; leave it out for the first page.',
          },
          end_date: {
            type: 'string',
            description:
              'End of the period, an ISO 8601 timestamp with its offset (`2026-03-05T00:00:00Z`, `2026-03-05T00:00:00-05:00`).',
          },
          target_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Only the sessions of this office, department or call center (give `target_type` too).',
          },
          target_type: {
            type: 'string',
            enum: ['callcenter', 'department', 'office'],
            description: 'Kind of target `target_id` names.',
          },
          start_date: {
            type: 'string',
            description: 'Start of the period, an ISO 8601 timestamp with its offset.',
          },
        },
        additionalProperties: false,
        required: ['end_date', 'start_date'],
      },
    },
    required: ['query'],
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
  'stats.wfmActivity': {
    type: 'object',
    properties: {
      query: {
        type: 'object',
        properties: {
          ids: {
            type: 'string',
            description: 'Only these agents, as comma-separated Dialpad user ids.',
          },
          emails: {
            type: 'string',
            description: 'Only these agents, as comma-separated email addresses.',
          },
          cursor: {
            type: 'string',
            description: 'Opaque token from the `cursor` field of the previous page; leave it out for the first page.',
          },
          end: {
            type: 'string',
            format: 'date-time',
            description: 'End of the period (excluded), a UTC ISO 8601 timestamp.',
          },
          start: {
            type: 'string',
            format: 'date-time',
            description: 'Start of the period (included), a UTC ISO 8601 timestamp.',
          },
        },
        additionalProperties: false,
        required: ['end', 'start'],
      },
    },
    required: ['query'],
    additionalProperties: false,
  },
  'stats.wfmAgents': {
    type: 'object',
    properties: {
      query: {
        type: 'object',
        properties: {
          ids: {
            type: 'string',
            description: 'Only these agents, as comma-separated Dialpad user ids.',
          },
          emails: {
            type: 'string',
            description: 'Only these agents, as comma-separated email addresses.',
          },
          cursor: {
            type: 'string',
            description: 'Opaque token from the `cursor` field of the previous page; leave it out for the first page.',
          },
          end: {
            type: 'string',
            format: 'date-time',
            description: 'End of the period (excluded), a UTC ISO 8601 timestamp.',
          },
          start: {
            type: 'string',
            format: 'date-time',
            description: 'Start of the period (included), a UTC ISO 8601 timestamp.',
          },
        },
        additionalProperties: false,
        required: ['end', 'start'],
      },
    },
    required: ['query'],
    additionalProperties: false,
  },
  'subscriptions.createAgentStatus': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        required: ['agent_type'],
        properties: {
          endpoint_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the webhook or websocket that should receive the events.',
          },
          agent_type: {
            type: 'string',
            description: 'Which agents produce agent status events; only call center agents are supported.',
            enum: ['callcenter'],
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
  'subscriptions.createChangelog': {
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
  'subscriptions.createChannel': {
    type: 'object',
    properties: {
      body: {
        type: 'object',
        required: ['direction', 'endpoint_id', 'target_id'],
        properties: {
          endpoint_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the webhook or websocket that should receive the events.',
          },
          direction: {
            type: 'string',
            description: 'Which channel messages produce channel events, by direction.',
            enum: ['all', 'inbound', 'outbound'],
          },
          enabled: {
            type: 'boolean',
            default: true,
            description: 'Whether to start sending events right away.',
          },
          target_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the Dialpad channel whose messages should be sent.',
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
  'subscriptions.createFax': {
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
            description: 'Which faxes produce fax events, by direction.',
            enum: ['all', 'inbound', 'outbound'],
          },
          enabled: {
            type: 'boolean',
            default: true,
            description: 'Whether to start sending events right away.',
          },
          status: {
            type: 'boolean',
            default: false,
            description: 'Also send an event for each status change of a fax.',
          },
          target_type: {
            type: 'string',
            description: 'The kind of Dialpad entity a fax event subscription can be narrowed to.',
            enum: ['callcenter', 'department', 'office', 'unknown', 'user'],
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
  'subscriptions.deleteAgentStatus': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the agent status event subscription to remove.',
      },
    },
    required: ['id'],
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
  'subscriptions.deleteChangelog': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the change log event subscription to remove.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'subscriptions.deleteChannel': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the channel event subscription to remove.',
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
  'subscriptions.deleteFax': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the fax event subscription to remove.',
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
  'subscriptions.getAgentStatus': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the agent status event subscription.',
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
  'subscriptions.getChangelog': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the change log event subscription.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'subscriptions.getChannel': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the channel event subscription.',
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
  'subscriptions.getFax': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the fax event subscription.',
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
  'subscriptions.listAgentStatus': {
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
  'subscriptions.listChangelog': {
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
  'subscriptions.listChannel': {
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
  'subscriptions.listFax': {
    type: 'object',
    properties: {
      query: {
        type: 'object',
        properties: {
          cursor: {
            type: 'string',
            description: 'Opaque token from the `cursor` field of the previous page; leave it out for the first page.',
          },
          target_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Only subscriptions scoped to the target with this id.',
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
  'subscriptions.updateAgentStatus': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: 'Id of the agent status event subscription to change.',
      },
      body: {
        type: 'object',
        properties: {
          endpoint_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of a webhook or websocket to move the subscription to.',
          },
          agent_type: {
            type: 'string',
            enum: ['callcenter'],
            default: 'callcenter',
            description: 'Which agents trigger events; only `callcenter` is supported.',
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
  'subscriptions.updateChangelog': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: 'Id of the change log event subscription to change.',
      },
      body: {
        type: 'object',
        properties: {
          endpoint_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of a webhook or websocket to move the subscription to.',
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
  'subscriptions.updateChannel': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the channel event subscription to change.',
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
            description: 'Which channel messages produce channel events, by direction.',
            enum: ['all', 'inbound', 'outbound'],
          },
          enabled: {
            type: 'boolean',
            description: 'Turn event delivery on or off.',
          },
          target_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of another channel to follow instead.',
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
  'subscriptions.updateFax': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: 'Id of the fax event subscription to change.',
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
            description: 'Which faxes produce fax events, by direction.',
            enum: ['all', 'inbound', 'outbound'],
          },
          enabled: {
            type: 'boolean',
            description: 'Turn event delivery on or off.',
          },
          status: {
            type: 'boolean',
            description: 'Also send an event for each status change of a fax.',
          },
          target_type: {
            type: 'string',
            description: 'The kind of Dialpad entity a fax event subscription can be narrowed to.',
            enum: ['callcenter', 'department', 'office', 'unknown', 'user'],
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
  'users.deleteDeskphone': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: "The desk phone's id (as listed by the user's desk phones).",
      },
      parent_id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The user's id.",
      },
    },
    required: ['id', 'parent_id'],
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
  'users.getCallerId': {
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
  'users.getDeskphone': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: "The desk phone's id (as listed by the user's desk phones).",
      },
      parent_id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The user's id.",
      },
    },
    required: ['id', 'parent_id'],
    additionalProperties: false,
  },
  'users.getDevice': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: "The device's id.",
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  'users.getE911': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The user's id.",
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
  'users.listDeskphones': {
    type: 'object',
    properties: {
      parent_id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The user's id.",
      },
    },
    required: ['parent_id'],
    additionalProperties: false,
  },
  'users.listDevices': {
    type: 'object',
    properties: {
      query: {
        type: 'object',
        properties: {
          cursor: {
            type: 'string',
            description: 'Opaque token from the `cursor` field of the previous page; leave it out for the first page.',
          },
          user_id: {
            type: 'string',
            description:
              'The user whose devices to list, or `me` for the user the credential belongs to (user-level keys and tokens).',
          },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  },
  'users.listPersonas': {
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
  'users.moveOffice': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: "The user's id, or `me` for the user the credential belongs to (user-level keys and tokens).",
      },
      body: {
        type: 'object',
        description: 'Where to move the user.',
        properties: {
          office_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Id of the office to move the user to.',
          },
        },
      },
    },
    required: ['id', 'body'],
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
  'users.setCallerId': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: "The user's id, or `me` for the user the credential belongs to (user-level keys and tokens).",
      },
      body: {
        type: 'object',
        description: 'The caller ID to present.',
        required: ['caller_id'],
        properties: {
          caller_id: {
            type: 'string',
            description:
              "An E.164 number the user may present (their own, their office's or one of their groups'), or `blocked` to hide the caller ID.",
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'users.toggleDnd': {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        description: "The user's id, or `me` for the user the credential belongs to (user-level keys and tokens).",
      },
      body: {
        type: 'object',
        description: 'Do-not-disturb on or off, everywhere or for one group.',
        required: ['do_not_disturb'],
        properties: {
          do_not_disturb: {
            type: 'boolean',
            description: 'True to turn do-not-disturb on, false to turn it off.',
          },
          group_id: {
            type: ['integer', 'string'],
            format: 'int64',
            description: 'Only for the calls of this office, department or call center.',
          },
          group_type: {
            type: 'string',
            enum: ['callcenter', 'department', 'office'],
            description: 'What kind of group `group_id` names.',
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
  'users.updateE911': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The user's id.",
      },
      body: {
        type: 'object',
        description: 'The new emergency address of the user.',
        required: ['address', 'city', 'country', 'state', 'zip'],
        properties: {
          address: {
            type: 'string',
            description: 'First address line (one line).',
          },
          address2: {
            type: 'string',
            default: '',
            description: 'Second address line (one line).',
          },
          city: {
            type: 'string',
            description: 'City (one line).',
          },
          country: {
            type: 'string',
            description: 'Country.',
          },
          state: {
            type: 'string',
            description: 'State or province (one line).',
          },
          use_validated_option: {
            type: 'boolean',
            description:
              "Store the corrected address Dialpad's validation service proposes instead of the address as sent.",
          },
          zip: {
            type: 'string',
            description: 'Postal code (one line).',
          },
        },
      },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  'users.updateStatus': {
    type: 'object',
    properties: {
      id: {
        type: ['integer', 'string'],
        format: 'int64',
        description: "The user's id.",
      },
      body: {
        type: 'object',
        description: 'The status text to show, and for how long.',
        properties: {
          expiration: {
            type: ['integer', 'string'],
            format: 'int64',
            description:
              'When the status clears itself (Dialpad does not state the unit; its example, 3600, reads as seconds); leave out for a status that stays until changed.',
          },
          status_message: {
            type: 'string',
            description: 'The status text; empty to clear it.',
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
