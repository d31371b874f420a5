// The audit report's behaviour: filters (agent, area, decision) over every section, the timeline,
// and the table of records a page at a time. Plain browser JavaScript, embedded whole into the
// report by src/audit/report/report.ts (through assets.ts; see scripts/report-assets.ts). Text from
// the log only ever goes in as text, never as markup.

const data = JSON.parse(document.getElementById('audit-data').textContent);
const R = decode(data.records);
const N = R.line.length;
const KNOWN = ['allowed', 'denied', 'refused', 'dry-run'];
const PAGE_SIZE = 100;
const SVG = 'http://www.w3.org/2000/svg';

/**
 * The island's columns back to one value per record (report.ts writes them small): lines, times
 * and pairs from differences, targets from their list, approvals and budgets from where they are.
 */
function decode(columns) {
  const n = columns.ln.length;
  const line = new Array(n);
  const seq = new Array(n);
  const t = new Array(n);
  const p = new Array(n);
  const by = new Array(n).fill(null);
  const b = new Array(n).fill(null);
  let at = 0;
  let time = 0;
  for (let i = 0; i < n; i++) {
    at += columns.ln[i];
    line[i] = at;
    seq[i] = columns.sq[i] === null ? null : at + columns.sq[i];
    if (columns.t[i] === null) t[i] = null;
    else t[i] = time += columns.t[i];
    p[i] = columns.p[i] === null ? null : at + columns.p[i];
  }
  for (const [i, value] of Object.entries(columns.by)) by[i] = value;
  for (const [i, value] of Object.entries(columns.b)) b[i] = value;
  return { ...columns, line, seq, t, p, by, b, tg: columns.tg.map((k) => data.targets[k]) };
}

/** Builds an element; text always goes in as text. */
function h(tag, props, ...children) {
  const el = tag.startsWith('svg:') ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.setAttribute('class', value);
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

const NUMBER = new Intl.NumberFormat('en-US');
const num = (value) => NUMBER.format(value);
const plural = (count, word, many = `${word}s`) => `${num(count)} ${count === 1 ? word : many}`;
const utc = (ms) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
const decisionClass = (name) => (KNOWN.includes(name) ? `dec-${name}` : 'dec-other');
const isCallKind = data.kinds.map((kind) => kind !== 'outcome' && kind !== 'recovery');
const kindIndex = (name) => data.kinds.indexOf(name);
const OUTCOME = kindIndex('outcome');
const ATTEMPT = kindIndex('attempt');
const areaOf = (i) => (R.o[i] >= 0 ? data.ops[R.o[i]][3] : -1);

// ---- filters ----

const filters = { agent: -1, area: -1, decision: -1 };

function select(id, label, names) {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h('select', { id, name: id }, h('option', { value: '' }, 'Any'), names.map((name, i) => h('option', { value: String(i) }, name))),
  );
}

const filterForm = h(
  'form',
  { class: 'filters', role: 'search', 'aria-label': 'Filter the report', onsubmit: (event) => event.preventDefault() },
  select('f-agent', 'Agent', data.agents),
  select('f-area', 'Area', data.areas),
  select('f-decision', 'Decision', data.decisions),
  h(
    'button',
    {
      type: 'button',
      class: 'reset',
      onclick: () => {
        filterForm.reset();
        applyFilters();
      },
    },
    'Clear filters',
  ),
  h('p', { id: 'filter-status', class: 'filter-status', role: 'status', 'aria-live': 'polite' }),
);
const bar = document.getElementById('filters');
bar.replaceChildren(filterForm);
bar.hidden = false;

const matchesRow = (el) => {
  const d = el.dataset;
  if (filters.agent >= 0 && Number(d.a) !== filters.agent) return false;
  if (filters.area >= 0 && d.r !== undefined && Number(d.r) !== filters.area) return false;
  if (filters.decision >= 0 && d.d !== undefined && Number(d.d) !== filters.decision) return false;
  return true;
};

const matchesRecord = (i) =>
  (filters.agent < 0 || R.a[i] === filters.agent) && (filters.area < 0 || areaOf(i) === filters.area) && (filters.decision < 0 || R.d[i] === filters.decision);

/** Grouped tables: hide the rows the filters leave out. */
function filterTables() {
  for (const table of document.querySelectorAll('table.filterable')) {
    let shown = 0;
    let rows = 0;
    for (const row of table.querySelectorAll('tbody tr.f')) {
      rows++;
      const ok = matchesRow(row);
      row.hidden = !ok;
      if (ok) shown++;
    }
    const empty = document.querySelector(`[data-empty-for="${table.id}"]`);
    if (empty) empty.hidden = rows === 0 || shown > 0;
    table.closest('.table-wrap').hidden = rows > 0 && shown === 0;
  }
}

/**
 * Pivot tables: hide rows and agents left out, and sum an agent's row from its visible area rows.
 * In the table of decisions, with a decision chosen, only that decision counts: the other columns
 * show a dash and every total is that decision's.
 */
function filterPivots() {
  for (const table of document.querySelectorAll('table.pivot')) {
    const byDecision = table.classList.contains('pivot-decisions');
    const only = byDecision && filters.decision >= 0 ? filters.decision : -1;
    const active = filters.area >= 0 || filters.decision >= 0;
    const show = (cells, value) => {
      let sum = 0;
      cells.forEach((cell) => {
        const c = Number(cell.dataset.c);
        const n = value(cell, c);
        const off = only >= 0 && c !== only;
        cell.textContent = off ? '–' : num(n);
        cell.classList.toggle('zero', off || n === 0);
        cell.classList.toggle('col-on', only >= 0 && !off);
        if (!off) sum += n;
      });
      return sum;
    };
    let groupsShown = 0;
    for (const group of table.tBodies) {
      const sums = [];
      let shown = 0;
      for (const row of group.querySelectorAll('tr.pivot-row')) {
        let ok = matchesRow(row);
        if (ok && only >= 0) ok = Number(row.querySelector(`td[data-c="${only}"]`)?.dataset.n ?? 0) > 0;
        row.hidden = !ok;
        const rowSum = show(row.querySelectorAll('td[data-c]'), (cell, c) => {
          const n = Number(cell.dataset.n);
          if (ok) sums[c] = (sums[c] ?? 0) + n;
          return n;
        });
        row.querySelector('td.sum').textContent = num(rowSum);
        if (ok) shown++;
      }
      const total = group.querySelector('tr.pivot-total');
      total.querySelector('td.sum').textContent = num(show(total.querySelectorAll('td[data-c]'), (_, c) => sums[c] ?? 0));
      const agentOk = filters.agent < 0 || Number(group.dataset.a) === filters.agent;
      const decisionOk = filters.decision < 0 || group.dataset.d === undefined || Number(group.dataset.d) === filters.decision;
      group.hidden = !agentOk || !decisionOk || (active && shown === 0);
      if (!group.hidden) groupsShown++;
    }
    if (byDecision) table.querySelectorAll('thead [data-c]').forEach((cell) => cell.classList.toggle('col-on', only >= 0 && Number(cell.dataset.c) === only));
    const empty = document.querySelector(`[data-empty-for="${table.id}"]`);
    if (empty) empty.hidden = groupsShown > 0;
    table.closest('.table-wrap').hidden = groupsShown === 0;
  }
}

/** Section badges: the count of what is visible, "x of y" when filtered. */
function updateBadges() {
  const filtered = filters.agent >= 0 || filters.area >= 0 || filters.decision >= 0;
  for (const badge of document.querySelectorAll('[data-badge-for]')) {
    const table = document.getElementById(badge.dataset.badgeFor);
    if (!table) continue;
    badge.dataset.all ??= badge.textContent;
    if (!filtered) {
      badge.textContent = badge.dataset.all;
      continue;
    }
    let shown = 0;
    let total = 0;
    if (table.classList.contains('pivot')) {
      for (const group of table.tBodies) if (!group.hidden) shown += Number(group.querySelector('tr.pivot-total td.sum').textContent.replace(/,/g, ''));
      total = Number(badge.dataset.all.replace(/[^\d]/g, ''));
    } else {
      for (const row of table.querySelectorAll('tbody tr.f')) {
        const count = Number(row.dataset.count ?? 1);
        total += count;
        if (!row.hidden) shown += count;
      }
    }
    const word = shown === 1 ? badge.dataset.word : badge.dataset.words;
    badge.textContent = `${num(shown)} of ${num(total)} ${word}`;
  }
}

// ---- the numbers at the top ----

const statCells = new Map([...document.querySelectorAll('.stat')].map((el) => [el.querySelector('.stat-label').textContent, el.querySelector('.stat-n')]));

function updateStats(matching) {
  const counts = { calls: 0, allowed: 0, denied: 0, refused: 0, 'dry runs': 0, errors: 0, unfinished: 0 };
  const names = { allowed: 'allowed', denied: 'denied', refused: 'refused', 'dry-run': 'dry runs' };
  for (const i of matching) {
    const kind = R.k[i];
    if (isCallKind[kind]) {
      counts.calls++;
      const label = names[data.decisions[R.d[i]]];
      if (label) counts[label]++;
      if (kind === ATTEMPT && R.p[i] === null) counts.unfinished++;
    } else if (kind === OUTCOME && (R.er[i] >= 0 || (R.st[i] !== null && R.st[i] >= 400))) counts.errors++;
  }
  for (const [label, cell] of statCells) if (label in counts) cell.textContent = num(counts[label]);
}

// ---- the timeline ----

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
/** Bucket sizes, smallest first: the first that gives at most MAX_BUCKETS bars is used. */
const STEPS = [100, 250, 500, SECOND, 2 * SECOND, 5 * SECOND, 10 * SECOND, 15 * SECOND, 30 * SECOND, MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, WEEK];
const MAX_BUCKETS = 90;
const AXIS = 44;

function stepName(step) {
  for (const [unit, name] of [[WEEK, 'week'], [DAY, 'day'], [HOUR, 'hour'], [MINUTE, 'minute'], [SECOND, 'second']]) {
    if (step % unit === 0) return step === unit ? name : `${step / unit} ${name}s`;
  }
  return `${step} milliseconds`;
}

/** A bucket's start as its axis shows it: as much of the time as the bucket size and span need. */
function tickLabel(ms, step, span) {
  const text = new Date(ms).toISOString();
  if (step >= DAY) return text.slice(0, 10);
  if (step < SECOND) return text.slice(11, 23);
  if (span < DAY && step < MINUTE) return text.slice(11, 19);
  if (span < DAY) return text.slice(11, 16);
  return `${text.slice(5, 10)} ${text.slice(11, 16)}`;
}

const bucketTime = (ms, step) => (step < SECOND ? new Date(ms).toISOString().slice(0, 23).replace('T', ' ') : utc(ms));

function bucketize(matching) {
  let min = Infinity;
  let max = -Infinity;
  const calls = [];
  for (const i of matching) {
    if (!isCallKind[R.k[i]] || R.t[i] === null) continue;
    calls.push(i);
    const t = data.t0 + R.t[i];
    if (t < min) min = t;
    if (t > max) max = t;
  }
  if (!calls.length) return null;
  const span = max - min;
  const step = STEPS.find((s) => span / s < MAX_BUCKETS) ?? Math.ceil(span / MAX_BUCKETS / WEEK) * WEEK;
  const start = Math.floor(min / step) * step;
  const buckets = Math.floor((max - start) / step) + 1;
  const D = data.decisions.length;
  const overall = new Uint32Array(buckets * D);
  const perAgent = new Map();
  for (const i of calls) {
    const b = Math.floor((data.t0 + R.t[i] - start) / step);
    const d = R.d[i] < 0 ? 0 : R.d[i];
    overall[b * D + d]++;
    let counts = perAgent.get(R.a[i]);
    if (!counts) perAgent.set(R.a[i], (counts = new Uint32Array(buckets * D)));
    counts[b * D + d]++;
  }
  return { start, step, buckets, span, calls: calls.length, overall, perAgent, min, max };
}

/** One stacked bar chart, drawn at its real width (no stretched text); every chart shares the same x positions. */
function chart(counts, t, { width, height, axis, label }) {
  const D = data.decisions.length;
  const W = Math.max(200, Math.round(width));
  const bottom = axis ? 20 : 2;
  const top = axis ? 8 : 2;
  const plotW = W - AXIS - 4;
  const plotH = height - top - bottom;
  let peak = 0;
  for (let b = 0; b < t.buckets; b++) {
    let sum = 0;
    for (let d = 0; d < D; d++) sum += counts[b * D + d];
    if (sum > peak) peak = sum;
  }
  const bw = plotW / t.buckets;
  const gap = bw > 4 ? 1 : 0;
  const svg = h('svg:svg', { viewBox: `0 0 ${W} ${height}`, width: W, height, class: axis ? 'chart' : 'chart small', role: 'img', 'aria-label': label });
  if (axis) {
    for (const fraction of [0, 0.5, 1]) {
      const y = top + plotH - fraction * plotH;
      svg.append(h('svg:line', { x1: AXIS, x2: W - 4, y1: y, y2: y, class: 'grid' }));
      if (fraction > 0 && (fraction === 1 || peak > 1)) svg.append(h('svg:text', { x: AXIS - 6, y: y + 4, class: 'tick', 'text-anchor': 'end' }, num(Math.round(peak * fraction))));
    }
    const ticks = Math.max(1, Math.min(t.buckets, Math.floor(plotW / 130)));
    for (let k = 0; k < ticks; k++) {
      const b = ticks === 1 ? 0 : Math.round((k * (t.buckets - 1)) / (ticks - 1));
      const x = AXIS + b * bw;
      svg.append(h('svg:line', { x1: x, x2: x, y1: top + plotH, y2: top + plotH + 4, class: 'grid' }));
      svg.append(h('svg:text', { x, y: height - 4, class: 'tick', 'text-anchor': k === 0 ? 'start' : x > W - 60 ? 'end' : 'middle' }, tickLabel(t.start + b * t.step, t.step, t.span)));
    }
  }
  for (let b = 0; b < t.buckets; b++) {
    let y = top + plotH;
    const parts = [];
    let sum = 0;
    const g = h('svg:g', { class: 'bucket' });
    for (let d = 0; d < D; d++) {
      const value = counts[b * D + d];
      if (!value) continue;
      sum += value;
      parts.push(`${num(value)} ${data.decisions[d]}`);
      const barH = peak ? (value / peak) * plotH : 0;
      y -= barH;
      g.append(h('svg:rect', { x: AXIS + b * bw + gap / 2, y, width: Math.max(bw - gap, 0.5), height: barH, class: `bar ${decisionClass(data.decisions[d])}` }));
    }
    if (!sum) continue;
    const from = t.start + b * t.step;
    g.prepend(h('svg:title', null, `${bucketTime(from, t.step)} – ${bucketTime(from + t.step, t.step)} UTC: ${plural(sum, 'call')} (${parts.join(', ')})`));
    g.append(h('svg:rect', { x: AXIS + b * bw, y: top, width: bw, height: plotH, class: 'hit' }));
    svg.append(g);
  }
  return { svg, peak };
}

let lastTimeline = null;

function drawTimeline(matching) {
  const body = document.getElementById('timeline-body');
  const t = matching === undefined ? lastTimeline : bucketize(matching);
  lastTimeline = t;
  if (!t) {
    body.replaceChildren(h('p', { class: 'none' }, N ? 'No calls match the filters.' : 'No calls in this log.'));
    return;
  }
  const D = data.decisions.length;
  const totals = new Array(D).fill(0);
  for (let i = 0; i < t.overall.length; i++) totals[i % D] += t.overall[i];
  const caption = `${plural(t.calls, 'call')} from ${bucketTime(t.min, t.step)} to ${bucketTime(t.max, t.step)} UTC, one bar per ${stepName(t.step)}`;
  const agents = [...t.perAgent.keys()].sort((a, b) => a - b);
  // The chart column's width: the body's, less the label and count columns and the gaps.
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const narrow = window.matchMedia('(max-width: 820px)').matches;
  const inner = body.clientWidth - 2 * rem;
  const width = inner - (narrow ? 11.5 : 17.5) * rem - 1.5 * rem;
  const row = (cls, labelCell, svg, countCell) => h('div', { class: `agent-chart ${cls}` }, labelCell, h('div', { class: 'chart-wrap' }, svg), countCell);
  const main = chart(t.overall, t, { width, height: 190, axis: true, label: `Calls over time, by decision: ${caption}` });
  body.replaceChildren(
    h('p', { class: 'timeline-caption' }, caption, '.'),
    h(
      'ul',
      { class: 'legend', 'aria-label': 'Decisions' },
      data.decisions.map((name, d) => (totals[d] ? h('li', null, h('span', { class: `swatch ${decisionClass(name)}` }), `${name} `, h('span', { class: 'muted' }, num(totals[d]))) : null)),
    ),
    h(
      'div',
      { class: 'agent-charts' },
      row('all', h('span', { class: 'agent-label' }, 'All agents'), main.svg, h('span', { class: 'agent-chart-n' }, plural(t.calls, 'call'), h('br'), h('span', { class: 'muted' }, `peak ${num(main.peak)}`))),
      agents.map((agent) => {
        const counts = t.perAgent.get(agent);
        let total = 0;
        for (const value of counts) total += value;
        const name = agent >= 0 ? data.agents[agent] : '(none)';
        const small = chart(counts, t, { width, height: 36, axis: false, label: `${name}: ${plural(total, 'call')} over time` });
        const chartRow = row('', h('span', { class: 'agent-name', title: name }, name), small.svg, h('span', { class: 'agent-chart-n' }, plural(total, 'call'), h('br'), h('span', { class: 'muted' }, `peak ${num(small.peak)}`)));
        chartRow.dataset.agent = String(agent);
        return chartRow;
      }),
    ),
  );
}

let resizeTimer;
let drawnWidth = window.innerWidth;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    if (window.innerWidth === drawnWidth) return;
    drawnWidth = window.innerWidth;
    drawTimeline();
  }, 150);
});

// ---- the records table ----

const recordsState = { matching: [], shown: [], page: 0, query: '', newestFirst: false };
let haystacks = null;

function recordText(i) {
  const op = R.o[i] >= 0 ? data.ops[R.o[i]] : null;
  return [
    `#${R.line[i]}`,
    R.seq[i] ?? '',
    R.a[i] >= 0 ? data.agents[R.a[i]] : '',
    data.kinds[R.k[i]],
    op ? `${op[0]} ${op[1]} ${op[2]} ${op[4]}` : '',
    R.d[i] >= 0 ? data.decisions[R.d[i]] : '',
    data.reasons[R.rs[i]],
    R.er[i] >= 0 ? data.errors[R.er[i]] : '',
    R.st[i] ?? '',
    R.q[i] ?? '',
    R.tg[i],
    R.by[i] ?? '',
    R.b[i] ?? '',
  ]
    .join(' ')
    .toLowerCase();
}

function applySearch() {
  const q = recordsState.query.trim().toLowerCase();
  let shown = recordsState.matching;
  if (q) {
    haystacks ??= Array.from({ length: N }, (_, i) => recordText(i));
    const terms = q.split(/\s+/);
    shown = shown.filter((i) => terms.every((term) => haystacks[i].includes(term)));
  }
  recordsState.shown = shown;
  recordsState.page = 0;
  drawRecords();
}

function resultOf(i) {
  const kind = data.kinds[R.k[i]];
  const parts = [];
  if (kind === 'outcome' || kind === 'refused' || R.st[i] !== null || R.se[i] !== null) {
    if (R.st[i] !== null) parts.push(h('span', { class: `chip ${statusClass(R.st[i])}` }, String(R.st[i])));
    if (R.er[i] >= 0) parts.push(h('code', { class: 'err' }, data.errors[R.er[i]]));
    if (R.se[i] === 0) parts.push(h('span', { class: 'muted' }, 'not sent'));
    else if (R.se[i] === 2) parts.push(h('span', { class: 'warn-text' }, 'maybe sent'));
    if (R.ms[i] !== null && kind === 'outcome') parts.push(h('span', { class: 'muted' }, `${num(Math.round(R.ms[i]))} ms`));
  }
  if (kind === 'attempt') parts.push(R.p[i] === null ? h('span', { class: 'chip dec-refused' }, 'no outcome') : h('span', { class: 'muted' }, `outcome on line ${num(R.p[i])}`));
  if (kind === 'outcome' && R.p[i] !== null) parts.push(h('span', { class: 'muted' }, `attempt on line ${num(R.p[i])}`));
  return parts.flatMap((part, k) => (k ? [' ', part] : [part]));
}

function statusClass(status) {
  return status < 300 ? 'st-ok' : status < 400 ? 'st-redirect' : status < 500 ? 'st-client' : 'st-server';
}

function recordRow(i) {
  const op = R.o[i] >= 0 ? data.ops[R.o[i]] : null;
  const kind = data.kinds[R.k[i]];
  const unverified = data.brokenFrom !== null && R.line[i] >= data.brokenFrom;
  const details = [];
  if (R.tg[i]) details.push(h('span', { class: 'target' }, R.tg[i]));
  if (R.by[i] !== null) details.push(h('span', null, 'approved by ', h('strong', { class: 'approver' }, R.by[i])));
  if (R.b[i] !== null) details.push(h('span', null, 'budget ', h('code', null, R.b[i])));
  if (R.q[i] !== null) details.push(h('span', null, 'request ', h('code', null, R.q[i])));
  if (kind === 'recovery') details.push(h('span', null, 'closes off a torn line'));
  return h(
    'tr',
    { class: unverified ? 'unverified' : undefined, 'data-line': String(R.line[i]) },
    h('td', { class: 'n', 'data-label': 'Line' }, num(R.line[i]), unverified ? [h('br'), h('span', { class: 'chip dec-denied' }, 'not verified')] : null),
    h('td', { class: 'when', 'data-label': 'Time (UTC)' }, R.t[i] === null ? h('span', { class: 'muted' }, 'no time') : utc(data.t0 + R.t[i])),
    h('td', { 'data-label': 'Agent' }, R.a[i] >= 0 ? h('span', { class: 'agent-name' }, data.agents[R.a[i]]) : h('span', { class: 'muted' }, '—')),
    h('td', { 'data-label': 'Kind' }, kind),
    h('td', { 'data-label': 'Operation' }, op ? [h('code', { class: 'op' }, op[0] || '(none)'), h('br'), h('span', { class: 'endpoint' }, op[1] ? [h('span', { class: `verb verb-${op[1].toLowerCase()}` }, op[1]), ' '] : null, h('code', { class: 'path' }, op[2]))] : h('span', { class: 'muted' }, '—')),
    h('td', { 'data-label': 'Decision' }, R.d[i] >= 0 ? h('span', { class: `chip ${decisionClass(data.decisions[R.d[i]])}` }, data.decisions[R.d[i]] || '(none)') : data.reasons[R.rs[i]] ? null : '—', data.reasons[R.rs[i]] ? [h('br'), h('code', { class: 'reason' }, data.reasons[R.rs[i]])] : null),
    h('td', { 'data-label': 'Result' }, resultOf(i)),
    h('td', { class: 'details', 'data-label': 'Details' }, details.flatMap((part, k) => (k ? [h('br'), part] : [part]))),
  );
}

const recordsBody = h('tbody');
const recordsCount = h('p', { id: 'records-count', class: 'count', role: 'status', 'aria-live': 'polite' });
const pageLabel = h('span', { class: 'page-label' });
const pager = (which) => h('button', { type: 'button', class: 'reset', 'data-page': which, onclick: () => turn(which) }, { first: '« First', prev: '‹ Previous', next: 'Next ›', last: 'Last »' }[which]);
const pagerButtons = ['first', 'prev', 'next', 'last'].map(pager);
let searchTimer;

document.getElementById('records-body').replaceChildren(
  h(
    'form',
    { class: 'records-controls', role: 'search', 'aria-label': 'Find records', onsubmit: (event) => event.preventDefault() },
    h(
      'div',
      { class: 'field field-search' },
      h('label', { for: 'r-search' }, 'Search the records'),
      h('input', {
        type: 'search',
        id: 'r-search',
        placeholder: 'e.g. sms.send, no-grant, NotFoundError, req-…, a user id',
        autocomplete: 'off',
        spellcheck: 'false',
        oninput: (event) => {
          clearTimeout(searchTimer);
          const value = event.target.value;
          searchTimer = setTimeout(() => {
            recordsState.query = value;
            applySearch();
          }, 120);
        },
      }),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'r-order' }, 'Order'),
      h(
        'select',
        {
          id: 'r-order',
          onchange: (event) => {
            recordsState.newestFirst = event.target.value === 'newest';
            recordsState.page = 0;
            drawRecords();
          },
        },
        h('option', { value: 'oldest' }, 'Oldest first'),
        h('option', { value: 'newest' }, 'Newest first'),
      ),
    ),
  ),
  recordsCount,
  h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { id: 'records-table', class: 'records' },
      h('caption', { class: 'visually-hidden' }, 'Records of the log'),
      h('thead', null, h('tr', null, ['Line', 'Time (UTC)', 'Agent', 'Kind', 'Operation', 'Decision · reason', 'Result', 'Details'].map((label, k) => h('th', { scope: 'col', class: k === 0 ? 'n' : undefined }, label)))),
      recordsBody,
    ),
  ),
  h('nav', { class: 'pager', 'aria-label': 'Pages of records' }, pagerButtons.slice(0, 2), pageLabel, pagerButtons.slice(2)),
);

function pages() {
  return Math.max(1, Math.ceil(recordsState.shown.length / PAGE_SIZE));
}

function turn(which) {
  const last = pages() - 1;
  recordsState.page = which === 'first' ? 0 : which === 'last' ? last : Math.min(last, Math.max(0, recordsState.page + (which === 'next' ? 1 : -1)));
  drawRecords();
}

function drawRecords() {
  const shown = recordsState.shown;
  const total = shown.length;
  const from = recordsState.page * PAGE_SIZE;
  const rows = [];
  for (let k = from; k < Math.min(total, from + PAGE_SIZE); k++) rows.push(recordRow(shown[recordsState.newestFirst ? total - 1 - k : k]));
  recordsBody.replaceChildren(...(rows.length ? rows : [h('tr', null, h('td', { colspan: '8', class: 'empty-cell' }, 'No record matches.'))]));
  const of = total === N ? `${plural(N, 'record')}` : `${num(total)} matching (of ${plural(N, 'record')})`;
  recordsCount.textContent = total ? `Showing ${num(from + 1)}–${num(from + rows.length)} of ${of}.` : `No record matches (of ${plural(N, 'record')}).`;
  pageLabel.textContent = `Page ${num(recordsState.page + 1)} of ${num(pages())}`;
  pagerButtons[0].disabled = pagerButtons[1].disabled = recordsState.page === 0;
  pagerButtons[2].disabled = pagerButtons[3].disabled = recordsState.page >= pages() - 1;
}

// ---- putting it together ----

function applyFilters() {
  const value = (id) => document.getElementById(id).value;
  filters.agent = value('f-agent') === '' ? -1 : Number(value('f-agent'));
  filters.area = value('f-area') === '' ? -1 : Number(value('f-area'));
  filters.decision = value('f-decision') === '' ? -1 : Number(value('f-decision'));
  const any = filters.agent >= 0 || filters.area >= 0 || filters.decision >= 0;
  const matching = [];
  for (let i = 0; i < N; i++) if (!any || matchesRecord(i)) matching.push(i);
  filterTables();
  filterPivots();
  updateBadges();
  updateStats(matching);
  drawTimeline(matching);
  recordsState.matching = matching;
  applySearch();
  const parts = [];
  if (filters.agent >= 0) parts.push(`agent ${data.agents[filters.agent]}`);
  if (filters.area >= 0) parts.push(`area ${data.areas[filters.area]}`);
  if (filters.decision >= 0) parts.push(`decision ${data.decisions[filters.decision]}`);
  document.getElementById('filter-status').textContent = any ? `Showing ${parts.join(', ')}: ${plural(matching.length, 'record')} of ${num(N)}.` : `Showing all ${plural(N, 'record')}.`;
  document.body.classList.toggle('filtered', any);
}

filterForm.addEventListener('change', applyFilters);
applyFilters();
document.body.dataset.ready = 'true';
