import type { OpenApiDocument } from '../bundle.js';
import { bumpFor, impactRank, IMPACTS, type Bump, type Change, type Impact, type OperationIdentity } from './change.js';
import { operationViews, type OperationView, type ParameterView } from './operations.js';
import { comparePermissions } from './permissions.js';
import { RefResolver } from './refs.js';
import { SchemaComparer, type Direction, type SchemaChange } from './schema-compare.js';
import { compareSecuritySchemes } from './security.js';

export interface SideSummary {
  label: string;
  openapi: string;
  operations: number;
}

export interface DiffReport {
  old: SideSummary;
  new: SideSummary;
  /** The semver bump the changes call for: any breaking change → major. */
  bump: Bump;
  counts: { byImpact: Record<Impact, number>; byKind: Record<string, number> };
  /** Most serious first, then by area, operation and location. */
  changes: Change[];
  /** Things that could not be compared (an unresolvable $ref), each naming its side. */
  warnings: string[];
}

export function diffDocuments(
  before: OpenApiDocument,
  after: OpenApiDocument,
  labels: { old: string; new: string },
): DiffReport {
  const warnings: string[] = [];
  const oldRefs = new RefResolver(before, labels.old, warnings);
  const newRefs = new RefResolver(after, labels.new, warnings);
  const oldOps = operationViews(before, oldRefs);
  const newOps = operationViews(after, newRefs);
  const context: Context = {
    schemas: new SchemaComparer(oldRefs, newRefs),
    oldSchemes: new Set(Object.keys(before.components?.securitySchemes ?? {})),
    newSchemes: new Set(Object.keys(after.components?.securitySchemes ?? {})),
    changes: [],
  };
  context.changes.push(...compareSecuritySchemes(before, after));

  const { pairs, added, removed } = matchOperations(oldOps, newOps);
  for (const [was, now, by] of pairs) compareOperation(context, was, now, by);
  for (const op of added)
    context.changes.push({
      impact: 'additive',
      kind: 'operation.added',
      area: op.area,
      operation: identity(op),
      message: `operation added${grantNote(op)}`,
    });
  for (const op of removed)
    context.changes.push({
      impact: 'breaking-callers',
      kind: 'operation.removed',
      area: op.area,
      operation: identity(op),
      message: 'operation removed',
    });

  const changes = context.changes.sort(compareChanges);
  const byImpact = Object.fromEntries(IMPACTS.map((impact) => [impact, 0])) as Record<Impact, number>;
  const byKind: Record<string, number> = {};
  for (const change of changes) {
    byImpact[change.impact]++;
    byKind[change.kind] = (byKind[change.kind] ?? 0) + 1;
  }
  return {
    old: { label: labels.old, openapi: String(before.openapi), operations: oldOps.length },
    new: { label: labels.new, openapi: String(after.openapi), operations: newOps.length },
    bump: bumpFor(changes),
    counts: { byImpact, byKind: Object.fromEntries(Object.entries(byKind).sort(([a], [b]) => a.localeCompare(b))) },
    changes,
    warnings: [...new Set(warnings)],
  };
}

interface Context {
  schemas: SchemaComparer;
  oldSchemes: Set<string>;
  newSchemes: Set<string>;
  changes: Change[];
}

type MatchedBy = 'path' | 'operationId';

/** By method and path (parameter names aside); then ours that moved, by their operationId. */
function matchOperations(
  oldOps: OperationView[],
  newOps: OperationView[],
): { pairs: [OperationView, OperationView, MatchedBy][]; added: OperationView[]; removed: OperationView[] } {
  const newByKey = new Map<string, OperationView>();
  for (const op of newOps) if (!newByKey.has(op.key)) newByKey.set(op.key, op);
  const pairs: [OperationView, OperationView, MatchedBy][] = [];
  const matchedNew = new Set<OperationView>();
  const unmatchedOld: OperationView[] = [];
  for (const op of oldOps) {
    const twin = newByKey.get(op.key);
    if (twin && !matchedNew.has(twin)) {
      pairs.push([op, twin, 'path']);
      matchedNew.add(twin);
    } else unmatchedOld.push(op);
  }
  const newById = new Map<string, OperationView>();
  for (const op of newOps) if (!matchedNew.has(op) && op.ours && op.operationId) newById.set(op.operationId, op);
  const removed: OperationView[] = [];
  for (const op of unmatchedOld) {
    const twin = op.ours && op.operationId ? newById.get(op.operationId) : undefined;
    if (twin && !matchedNew.has(twin)) {
      pairs.push([op, twin, 'operationId']);
      matchedNew.add(twin);
    } else removed.push(op);
  }
  return { pairs, added: newOps.filter((op) => !matchedNew.has(op)), removed };
}

/** What an agent needs to call a new operation: the line a maintainer reads before updating grants. */
function grantNote(op: OperationView): string {
  const { access, effectFlags, scopes } = op.permissions;
  const parts = [
    access ? `${access} access` : '',
    scopes?.length ? `scope ${scopes.join(', ')}` : '',
    effectFlags?.length ? effectFlags.join(', ') : '',
  ].filter(Boolean);
  return parts.length ? ` (${parts.join('; ')})` : '';
}

function identity(op: OperationView): OperationIdentity {
  return { operationId: op.operationId, method: op.method, path: op.path };
}

function compareOperation(context: Context, was: OperationView, now: OperationView, by: MatchedBy): void {
  const push = (change: Omit<Change, 'area' | 'operation'>) =>
    context.changes.push({ ...change, area: now.area, operation: identity(now) });
  if (by === 'operationId') {
    push({
      impact: 'breaking-callers',
      kind: 'operation.moved',
      message: `moved from ${was.method} ${was.path}: low-level calls by path must follow`,
      before: `${was.method} ${was.path}`,
      after: `${now.method} ${now.path}`,
    });
  } else if (was.path !== now.path) {
    push({
      impact: 'breaking-callers',
      kind: 'operation.path-parameters-renamed',
      message: `path parameters renamed (${was.path} → ${now.path})`,
      before: was.path,
      after: now.path,
    });
  }
  if (was.operationId !== undefined && now.operationId !== undefined && was.operationId !== now.operationId) {
    push({
      impact: 'breaking-callers',
      kind: 'operation.renamed',
      message: `operationId ${was.operationId} → ${now.operationId}: method name, permission-table row, grants' allow/deny lists and audit records change`,
      before: was.operationId,
      after: now.operationId,
    });
  }
  if (was.deprecated !== now.deprecated) {
    push({
      impact: now.deprecated ? 'additive' : 'patch',
      kind: now.deprecated ? 'operation.deprecated' : 'operation.undeprecated',
      message: now.deprecated ? 'deprecated' : 'no longer deprecated',
    });
  }
  compareParameters(context, was, now, push);
  compareRequestBodies(context, was, now, push);
  compareResponses(context, was, now, push);
  compareOperationSecurity(context, was, now, push);
  for (const change of comparePermissions(was.permissions, now.permissions)) push(change);
}

type Push = (change: Omit<Change, 'area' | 'operation'>) => void;

function parameterKeys(op: OperationView): Map<string, ParameterView> {
  // Path parameters are matched by position: renaming {id} to {user_id} is one change, not two.
  const order = [...op.path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
  const keyed = new Map<string, ParameterView>();
  for (const parameter of op.parameters) {
    const position = parameter.in === 'path' ? order.indexOf(parameter.name) : -1;
    const key =
      position >= 0
        ? `path:#${position}`
        : `${parameter.in}:${parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name}`;
    keyed.set(key, parameter);
  }
  return keyed;
}

function compareParameters(context: Context, was: OperationView, now: OperationView, push: Push): void {
  const before = parameterKeys(was);
  const after = parameterKeys(now);
  for (const [key, parameter] of after) {
    const old = before.get(key);
    const location = `${parameter.in} parameter ${parameter.name}`;
    if (!old) {
      push({
        impact: parameter.required ? 'breaking-callers' : 'additive',
        kind: 'parameter.added',
        location,
        message: parameter.required ? 'required parameter added' : 'optional parameter added',
      });
      continue;
    }
    if (old.required !== parameter.required) {
      push({
        impact: parameter.required ? 'breaking-callers' : 'additive',
        kind: 'parameter.required-changed',
        location,
        message: parameter.required ? 'now required' : 'no longer required',
        before: old.required,
        after: parameter.required,
      });
    }
    if (!old.deprecated && parameter.deprecated)
      push({ impact: 'additive', kind: 'parameter.deprecated', location, message: 'deprecated' });
    pushSchemaChanges(push, 'parameter', location, context.schemas.compare(old.schema, parameter.schema, 'request'));
  }
  for (const [key, parameter] of before) {
    if (after.has(key)) continue;
    push({
      impact: 'breaking-callers',
      kind: 'parameter.removed',
      location: `${parameter.in} parameter ${parameter.name}`,
      message: 'parameter removed',
    });
  }
}

function compareRequestBodies(context: Context, was: OperationView, now: OperationView, push: Push): void {
  const before = was.requestBody;
  const after = now.requestBody;
  if (!before && !after) return;
  if (!before || !after) {
    const required = Boolean(after?.required);
    push({
      impact: after ? (required ? 'breaking-callers' : 'additive') : 'breaking-callers',
      kind: after ? 'request-body.added' : 'request-body.removed',
      location: 'request body',
      message: after ? `${required ? 'required' : 'optional'} request body added` : 'request body removed',
    });
    return;
  }
  if (before.required !== after.required) {
    push({
      impact: after.required ? 'breaking-callers' : 'additive',
      kind: 'request-body.required-changed',
      location: 'request body',
      message: after.required ? 'request body now required' : 'request body now optional',
      before: before.required,
      after: after.required,
    });
  }
  compareContent(context, push, before.content, after.content, 'request', 'request body');
}

function isSuccess(status: string): boolean {
  return /^2/.test(status);
}

function compareResponses(context: Context, was: OperationView, now: OperationView, push: Push): void {
  for (const [status, content] of now.responses) {
    const old = was.responses.get(status);
    const location = `response ${status}`;
    if (!old) {
      push({
        impact: isSuccess(status) ? 'additive' : 'patch',
        kind: 'response.status-added',
        location,
        message: isSuccess(status) ? `may now answer ${status}` : `documents a ${status} answer`,
      });
      continue;
    }
    compareContent(context, push, old, content, 'response', location);
  }
  for (const status of was.responses.keys()) {
    if (now.responses.has(status)) continue;
    const location = `response ${status}`;
    push({
      impact: isSuccess(status) ? 'breaking-callers' : 'patch',
      kind: 'response.status-removed',
      location,
      message: isSuccess(status) ? `no longer answers ${status}` : `no longer documents a ${status} answer`,
    });
  }
}

function compareContent(
  context: Context,
  push: Push,
  before: Map<string, unknown>,
  after: Map<string, unknown>,
  direction: Direction,
  where: string,
): void {
  const prefix = direction === 'request' ? 'request-body' : 'response';
  const single = before.size === 1 && after.size === 1;
  for (const [media, schema] of after) {
    const location = single || media === 'application/json' ? where : `${where} (${media})`;
    if (!before.has(media)) {
      // Only one media type on each side, renamed: compare the schemas anyway, and say it.
      if (single) {
        const [oldMedia, oldSchema] = [...before][0]!;
        push({
          impact: 'breaking-callers',
          kind: `${prefix}.media-type-changed`,
          location,
          message: `media type ${oldMedia} → ${media}`,
          before: oldMedia,
          after: media,
        });
        if (oldSchema !== undefined && schema !== undefined)
          pushSchemaChanges(push, prefix, location, context.schemas.compare(oldSchema, schema, direction));
        return;
      }
      push({ impact: 'additive', kind: `${prefix}.media-type-added`, location, message: `${media} added` });
      continue;
    }
    const oldSchema = before.get(media);
    if (oldSchema === undefined || schema === undefined) continue;
    pushSchemaChanges(push, prefix, location, context.schemas.compare(oldSchema, schema, direction));
  }
  for (const media of before.keys()) {
    if (after.has(media) || single) continue;
    push({
      impact: 'breaking-callers',
      kind: `${prefix}.media-type-removed`,
      location: `${where} (${media})`,
      message: `${media} removed`,
    });
  }
}

function pushSchemaChanges(push: Push, prefix: string, location: string, changes: SchemaChange[]): void {
  for (const change of changes) {
    const at = change.path ? `${location} ${change.path}` : location;
    push({
      impact: change.impact,
      kind: `${prefix}.${change.what}`,
      location: at,
      message: change.detail,
      before: change.before,
      after: change.after,
    });
  }
}

/**
 * Per operation, only what the document-wide comparison does not already say: alternatives of
 * schemes that exist on both sides, for operations that state their own security on a side.
 */
function compareOperationSecurity(context: Context, was: OperationView, now: OperationView, push: Push): void {
  if (was.securityInherited && now.securityInherited) return;
  const known = (alternative: string, schemes: Set<string>) =>
    alternative === '(anonymous)' || alternative.split(' + ').every((name) => schemes.has(name));
  for (const alternative of was.security) {
    if (now.security.includes(alternative) || !known(alternative, context.newSchemes)) continue;
    push({
      impact: 'breaking-callers',
      kind: 'security.alternative-removed',
      location: 'security',
      message: alternative === '(anonymous)' ? 'now requires authentication' : `no longer accepts ${alternative}`,
      before: alternative,
    });
  }
  // Anyone could call it before: a new way to authenticate adds nothing.
  if (was.security.includes('(anonymous)')) return;
  for (const alternative of now.security) {
    if (was.security.includes(alternative) || !known(alternative, context.oldSchemes)) continue;
    push({
      impact: 'additive',
      kind: 'security.alternative-added',
      location: 'security',
      message: alternative === '(anonymous)' ? 'callable without authentication' : `also accepts ${alternative}`,
      after: alternative,
    });
  }
}

export function compareChanges(a: Change, b: Change): number {
  return (
    impactRank(a.impact) - impactRank(b.impact) ||
    Number(Boolean(a.operation)) - Number(Boolean(b.operation)) ||
    a.area.localeCompare(b.area) ||
    (a.operation?.path ?? '').localeCompare(b.operation?.path ?? '') ||
    (a.operation?.method ?? '').localeCompare(b.operation?.method ?? '') ||
    (a.location ?? '').localeCompare(b.location ?? '') ||
    a.message.localeCompare(b.message)
  );
}
