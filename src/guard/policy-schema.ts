import { grantableAreas, operationIds } from '../../generated/operations.js';

const level = { enum: ['none', 'read', 'write'] } as const;
const ids = { type: 'array', items: { anyOf: [{ type: 'string', minLength: 1 }, { type: 'integer' }] }, uniqueItems: true } as const;

/** The JSON Schema every policy file is validated against (shipped as `policySchema`). */
export const policySchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://bollard.dev/schemas/dialpad-policy.json',
  title: '@bollard/dialpad agent policy',
  type: 'object',
  required: ['agents'],
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    credential: {
      type: 'object',
      additionalProperties: false,
      properties: {
        scopes: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'OAuth scopes the credential holds.' },
      },
    },
    onMissingScope: { enum: ['error', 'warn'], description: 'What to do when a granted operation needs a scope the credential lacks.' },
    agents: {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$' },
      additionalProperties: { $ref: '#/$defs/agent' },
    },
  },
  $defs: {
    agent: {
      type: 'object',
      additionalProperties: false,
      properties: {
        description: { type: 'string' },
        grants: { type: 'object', additionalProperties: false, properties: Object.fromEntries(grantableAreas.map((area) => [area, level])) },
        allow: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        deny: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        allowIrreversible: { type: 'boolean' },
        targets: {
          type: 'object',
          additionalProperties: false,
          properties: {
            users: ids,
            offices: ids,
            departments: ids,
            callcenters: ids,
            numbers: { type: 'array', items: { type: 'string', pattern: '^\\+?[0-9 ().-]{5,}$' }, uniqueItems: true, description: 'Phone numbers it may call or send from.' },
          },
        },
        expires: { type: 'string', format: 'date-time' },
        enabled: { type: 'boolean' },
        revealPhoneNumbers: { type: 'boolean', description: 'Audit records keep full phone numbers (default: last four digits).' },
      },
    },
  },
  'x-operation-ids': operationIds,
} as const;
