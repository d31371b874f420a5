import { operations, type OperationId } from '../../generated/operations.js';

interface Route {
  operationId: OperationId;
  method: string;
  pattern: RegExp;
  names: string[];
  literalLength: number;
}

/** Method + concrete path → operation, for the low-level `GET/POST/...` entry points. */
export function createRouter(): (method: string, pathname: string) => { operationId: OperationId; params: Record<string, string> } | undefined {
  const routes: Route[] = Object.values(operations).map((op) => {
    const names: string[] = [];
    const pattern = new RegExp(
      `^${op.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{([^}]+)\\?\}|\{([^}]+)\}/g, (_m, a?: string, b?: string) => {
        names.push((a ?? b)!);
        return '([^/]+)';
      })}/?$`,
    );
    return { operationId: op.operationId as OperationId, method: op.method, pattern, names, literalLength: op.path.replace(/\{[^}]+\}/g, '').length };
  });
  // Literal segments win over parameters (/offices/primary before /offices/{id}).
  routes.sort((a, b) => b.literalLength - a.literalLength);
  return (method, pathname) => {
    const upper = method.toUpperCase();
    for (const route of routes) {
      if (route.method !== upper) continue;
      const match = route.pattern.exec(pathname);
      if (!match) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1]!)));
      return { operationId: route.operationId, params };
    }
    return undefined;
  };
}
