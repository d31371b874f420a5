import type { OpenApiDocument } from '../bundle.js';
import type { Change } from './change.js';
import { securityAlternatives } from './operations.js';

type Node = Record<string, any>;

const DOCUMENT = '(document)';

function describeScheme(scheme: Node): string {
  if (scheme.type === 'apiKey') return `API key in ${scheme.in} ${scheme.name}`;
  if (scheme.type === 'http') return `HTTP ${scheme.scheme}`;
  return String(scheme.type ?? 'unknown');
}

/** The parts of a scheme a client's request depends on. */
function schemeSignature(scheme: Node): string {
  return JSON.stringify([
    scheme.type,
    scheme.in,
    scheme.name,
    String(scheme.scheme ?? '').toLowerCase(),
    scheme.openIdConnectUrl,
  ]);
}

/**
 * Document-wide authentication: schemes that come and go, and the default security every
 * operation without its own inherits. Reported once here instead of once per operation.
 */
export function compareSecuritySchemes(before: OpenApiDocument, after: OpenApiDocument): Change[] {
  const out: Change[] = [];
  const was: Record<string, Node> = before.components?.securitySchemes ?? {};
  const now: Record<string, Node> = after.components?.securitySchemes ?? {};
  // Same scheme under a new name (bearer → bearer_token): requests stay as they are.
  const renamed = new Map<string, string>();
  for (const [name, scheme] of Object.entries(was)) {
    if (now[name]) continue;
    const twin = Object.entries(now).find(
      ([other, candidate]) =>
        !was[other] && ![...renamed.values()].includes(other) && schemeSignature(candidate) === schemeSignature(scheme),
    );
    if (twin) renamed.set(name, twin[0]);
  }
  for (const [name, scheme] of Object.entries(was)) {
    const next = now[name];
    const newName = renamed.get(name);
    if (newName) {
      out.push({
        impact: 'patch',
        kind: 'security.scheme-renamed',
        area: DOCUMENT,
        location: `security scheme ${name}`,
        message: `renamed to ${newName} (${describeScheme(scheme)}, unchanged for requests)`,
        before: name,
        after: newName,
      });
    } else if (!next) {
      out.push({
        impact: 'breaking-callers',
        kind: 'security.scheme-removed',
        area: DOCUMENT,
        location: `security scheme ${name}`,
        message: `${describeScheme(scheme)} no longer accepted: requests authenticating that way are refused`,
        before: describeScheme(scheme),
      });
    } else if (schemeSignature(scheme) !== schemeSignature(next)) {
      out.push({
        impact: 'breaking-callers',
        kind: 'security.scheme-changed',
        area: DOCUMENT,
        location: `security scheme ${name}`,
        message: `${describeScheme(scheme)} → ${describeScheme(next)}`,
        before: describeScheme(scheme),
        after: describeScheme(next),
      });
    }
  }
  const renamedTo = new Set(renamed.values());
  for (const [name, scheme] of Object.entries(now)) {
    if (was[name] || renamedTo.has(name)) continue;
    out.push({
      impact: 'additive',
      kind: 'security.scheme-added',
      area: DOCUMENT,
      location: `security scheme ${name}`,
      message: `${describeScheme(scheme)} accepted`,
      after: describeScheme(scheme),
    });
  }
  const oldDefault = securityAlternatives(Array.isArray(before.security) ? before.security : []);
  const newDefault = securityAlternatives(Array.isArray(after.security) ? after.security : []);
  const inBoth = (alternative: string) =>
    alternative === '(anonymous)' || alternative.split(' + ').every((name) => was[name] && now[name]);
  for (const alternative of oldDefault) {
    if (newDefault.includes(alternative) || !inBoth(alternative)) continue;
    out.push({
      impact: 'breaking-callers',
      kind: 'security.alternative-removed',
      area: DOCUMENT,
      location: 'default security',
      message:
        alternative === '(anonymous)'
          ? 'operations without their own security now require authentication'
          : `operations without their own security no longer accept ${alternative}`,
      before: alternative,
    });
  }
  for (const alternative of newDefault) {
    if (oldDefault.includes(alternative) || !inBoth(alternative)) continue;
    out.push({
      impact: 'additive',
      kind: 'security.alternative-added',
      area: DOCUMENT,
      location: 'default security',
      message: `operations without their own security also accept ${alternative}`,
      after: alternative,
    });
  }
  return out;
}
