import { operationIds } from '../../generated/operations.js';
import { RULES } from './rules.js';

/**
 * The JSON Schema every policy file is validated against (shipped as `policySchema`), put together
 * from the rules: each owns its keys (src/guard/rules.ts).
 */
export const policySchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://bollard.dev/schemas/dialpad-policy.json',
  title: '@bollard/dialpad agent policy',
  type: 'object',
  required: ['version', 'agents'],
  additionalProperties: false,
  properties: {
    version: { const: 1, description: 'The policy format; 1.' },
    ...Object.assign({}, ...RULES.map((rule) => rule.policySchema ?? {})),
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
      properties: Object.assign({}, ...RULES.map((rule) => rule.agentSchema ?? {})) as Record<string, unknown>,
    },
  },
  'x-operation-ids': operationIds,
} as const;
