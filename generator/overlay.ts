import { JSONPath } from 'jsonpath-plus';
import { SpecError, SpecErrors } from './spec-error.js';
import type { YamlSource } from './yaml-source.js';
import type { OpenApiDocument } from './bundle.js';

interface OverlayAction {
  target: string;
  description?: string;
  update?: unknown;
  remove?: boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Overlay 1.0 merge: objects merge recursively, arrays are appended to, anything else is replaced. */
function merge(target: unknown, update: unknown): unknown {
  if (Array.isArray(target) && Array.isArray(update)) return [...target, ...structuredClone(update)];
  if (isObject(target) && isObject(update)) {
    for (const [key, value] of Object.entries(update)) {
      target[key] = key in target ? merge(target[key], value) : structuredClone(value);
    }
    return target;
  }
  return structuredClone(update);
}

function readActions(overlay: YamlSource): OverlayAction[] {
  const fail = (path: (string | number)[], message: string, hint?: string) =>
    new SpecError({ file: overlay.file, line: overlay.lineOf(path), message, hint });
  const data = overlay.data;
  if (!isObject(data)) throw fail([], 'an overlay must be a YAML mapping');
  if (data.overlay !== '1.0.0') throw fail(['overlay'], `unsupported overlay version ${JSON.stringify(data.overlay)}`, 'use overlay: 1.0.0');
  if (!isObject(data.info) || typeof data.info.title !== 'string' || typeof data.info.version !== 'string') {
    throw fail(['info'], 'info.title and info.version are required');
  }
  if (!Array.isArray(data.actions) || data.actions.length === 0) throw fail(['actions'], 'actions must be a non-empty list');
  return data.actions.map((action, index) => {
    if (!isObject(action) || typeof action.target !== 'string' || !action.target.startsWith('$')) {
      throw fail(['actions', index], `action ${index + 1} needs a JSONPath target starting with $`);
    }
    if (action.update === undefined && action.remove !== true) {
      throw fail(['actions', index], `action ${index + 1} (${action.target}) has neither update nor remove: true`);
    }
    if (action.update !== undefined && action.remove === true) {
      throw fail(['actions', index], `action ${index + 1} (${action.target}) has both update and remove`);
    }
    return action as unknown as OverlayAction;
  });
}

/** Applies one Overlay 1.0 document in place; every action must match at least one node. */
export function applyOverlay(document: OpenApiDocument, overlay: YamlSource): void {
  const errors: SpecError[] = [];
  readActions(overlay).forEach((action, index) => {
    let matches: { parent: any; parentProperty: string | number; value: unknown }[];
    try {
      matches = JSONPath({ path: action.target, json: document, resultType: 'all', wrap: true, eval: false }) ?? [];
    } catch (cause) {
      errors.push(new SpecError({
        file: overlay.file,
        line: overlay.lineOf(['actions', index, 'target']),
        message: `action ${index + 1}: invalid JSONPath ${action.target} (${(cause as Error).message})`,
      }));
      return;
    }
    if (matches.length === 0) {
      errors.push(new SpecError({
        file: overlay.file,
        line: overlay.lineOf(['actions', index, 'target']),
        message: `action ${index + 1}: target ${action.target} matches nothing in the document`,
        hint: 'check the path and method, or remove the action',
      }));
      return;
    }
    // Remove from the end so array indexes of later matches stay valid.
    for (const match of [...matches].reverse()) {
      if (action.remove) {
        if (Array.isArray(match.parent)) match.parent.splice(Number(match.parentProperty), 1);
        else if (match.parent) delete match.parent[match.parentProperty];
      } else if (match.parent) {
        match.parent[match.parentProperty] = merge(match.value, action.update);
      } else {
        merge(document, action.update);
      }
    }
  });
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new SpecErrors(errors);
}
