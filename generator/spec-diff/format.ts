import { IMPACT_LABEL, IMPACTS, impactRank, type Change, type Impact } from './change.js';
import type { DiffReport } from './diff.js';

const IMPACT_PHRASE: Record<Impact, string> = {
  'breaking-callers': 'breaking for callers',
  'breaking-grants': 'breaking for agent grants',
  additive: 'additive',
  patch: 'patch-level',
};

const MARKDOWN_SECTION: Record<Impact, string> = {
  'breaking-callers': 'Breaking changes for callers',
  'breaking-grants': 'Breaking changes for agent grants',
  additive: 'Added',
  patch: 'Other changes',
};

export function summaryLine(report: DiffReport): string {
  const parts = IMPACTS.filter((impact) => report.counts.byImpact[impact] > 0).map(
    (impact) => `${report.counts.byImpact[impact]} ${IMPACT_PHRASE[impact]}`,
  );
  const total = report.changes.length;
  if (total === 0) return 'No change to the API description.';
  return `${total} change${total === 1 ? '' : 's'}: ${parts.join(', ')} — calls for a ${report.bump} release.`;
}

/** Areas ordered by the most serious change they hold, then by how many of those, then by name. */
export function groupByArea(changes: readonly Change[]): [string, Change[]][] {
  const groups = new Map<string, Change[]>();
  for (const change of changes) groups.set(change.area, [...(groups.get(change.area) ?? []), change]);
  const worst = (list: Change[]) => Math.min(...list.map((c) => impactRank(c.impact)));
  const atWorst = (list: Change[]) => list.filter((c) => impactRank(c.impact) === worst(list)).length;
  return [...groups].sort(
    ([areaA, a], [areaB, b]) =>
      worst(a) - worst(b) ||
      Number(areaB === '(document)') - Number(areaA === '(document)') ||
      atWorst(b) - atWorst(a) ||
      areaA.localeCompare(areaB),
  );
}

function operationColumn(change: Change): string {
  if (!change.operation) return change.location ?? '';
  return `${change.operation.operationId ?? '-'}  ${change.operation.method} ${change.operation.path}`;
}

function what(change: Change): string {
  return change.operation && change.location ? `${change.location}: ${change.message}` : change.message;
}

/** For a maintainer's terminal: one line per change, grouped by area, most serious first. */
export function formatText(report: DiffReport, options: { elapsedMs?: number } = {}): string {
  const lines = [
    `old: ${report.old.label} (OpenAPI ${report.old.openapi}, ${report.old.operations} operations)`,
    `new: ${report.new.label} (OpenAPI ${report.new.openapi}, ${report.new.operations} operations)`,
    summaryLine(report),
  ];
  const labelWidth = Math.max(...IMPACTS.map((impact) => IMPACT_LABEL[impact].length)) + 2;
  for (const [area, changes] of groupByArea(report.changes)) {
    const counts = IMPACTS.map((impact) => [impact, changes.filter((c) => c.impact === impact).length] as const)
      .filter(([, n]) => n > 0)
      .map(([impact, n]) => `${n} ${IMPACT_PHRASE[impact]}`);
    lines.push('', `${area} — ${counts.join(', ')}`);
    const width = Math.max(...changes.map((c) => operationColumn(c).length));
    for (const change of changes) {
      lines.push(
        `  ${`[${IMPACT_LABEL[change.impact]}]`.padEnd(labelWidth)} ${operationColumn(change).padEnd(width)}  ${what(change)}`,
      );
    }
  }
  for (const warning of report.warnings) lines.push(`warning: ${warning}`);
  if (options.elapsedMs !== undefined) lines.push('', `Loaded and compared in ${Math.round(options.elapsedMs)} ms.`);
  return `${lines.join('\n')}\n`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

/** Sections for a CHANGELOG.md entry (the release script puts the version heading above them). */
export function formatMarkdown(report: DiffReport): string {
  const lines = [
    `Spec diff from \`${report.old.label}\` to \`${report.new.label}\`: ${escapeMarkdown(summaryLine(report))}`,
  ];
  for (const impact of IMPACTS) {
    const changes = report.changes.filter((c) => c.impact === impact);
    if (!changes.length) continue;
    lines.push('', `### ${MARKDOWN_SECTION[impact]}`, '');
    for (const [area, inArea] of groupByArea(changes)) {
      lines.push(`- **${escapeMarkdown(area)}**`);
      for (const change of inArea) {
        const op = change.operation
          ? `\`${change.operation.operationId ?? '-'}\` (\`${change.operation.method} ${change.operation.path}\`)`
          : `\`${change.location ?? ''}\``;
        const where = change.operation && change.location ? ` \`${change.location}\`` : '';
        lines.push(`  - ${op}${where}: ${escapeMarkdown(change.message)}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

export function formatJson(report: DiffReport, options: { elapsedMs?: number } = {}): string {
  return `${JSON.stringify({ ...report, ...(options.elapsedMs === undefined ? {} : { elapsedMs: Math.round(options.elapsedMs) }) }, null, 2)}\n`;
}
