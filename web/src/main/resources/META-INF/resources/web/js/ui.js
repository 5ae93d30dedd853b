// Small DOM helpers and the Chinese words for the API's codes.

/** h('button', {onclick, class: 'x'}, 'text', child...) */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else if (key === 'class') element.className = value;
    else if (key === 'dataset') Object.assign(element.dataset, value);
    else element.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

export function mount(...children) {
  const main = document.getElementById('main');
  main.replaceChildren(...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false));
  return main;
}

export function loading(text = '正在加载…') {
  return h('p', { class: 'loading', role: 'status' }, text);
}

export function errorBox(error) {
  return h('p', { class: 'error', role: 'alert' }, error?.message || String(error));
}

/** Shows a short message in the status bar (errors stay until the next one). */
export function flash(text, kind = 'info') {
  const bar = document.getElementById('status');
  bar.className = `status ${kind}`;
  bar.textContent = text;
  if (kind !== 'error') setTimeout(() => { if (bar.textContent === text) bar.textContent = ''; }, 5000);
}

/** Runs an action from a button: the button is busy meanwhile, a failure is shown in Chinese. */
export async function busy(button, action) {
  const label = button.textContent;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  button.textContent = `${label}…`;
  try {
    return await action();
  } catch (error) {
    flash(error.message, 'error');
    throw error;
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
    button.textContent = label;
  }
}

export function section(title, ...children) {
  return h('section', { class: 'card' }, h('h2', {}, title), ...children);
}

export const REPORT_STATUS = {
  SUBMITTED: '已提交，分析中', IN_REVIEW: '审核中', RETURNED: '已退回修改', APPROVED: '审核通过', PUBLISHED: '已公开',
};
export const CASE_STATUS = {
  AWAITING_ANALYSIS: '等待分析', AWAITING_SUBMISSION: '等待提交信息', OPEN: '待审核', RETURNED: '已退回',
  APPROVED: '已通过', PUBLISHED: '已公开', SUPERSEDED: '已被新版本取代',
};
export const LEVEL = { PROVINCE: '省级', CITY: '市级', COUNTY: '县级', TOWNSHIP: '乡镇' };
export const SEVERITY = { ERROR: '错误', WARNING: '警告', INFO: '提示' };
export const FIGURE_STATUS = {
  ENGINE_ONLY: '待确认', CONFIRMED: '已确认', CORRECTED: '已更正', REJECTED: '已否定', ADDED: '已补充',
};
export const HISTORY_ACTION = {
  SUBMITTED: '提交', ANALYZED: '完成分析', REANALYZED: '重新分析', COMMENTED: '提出意见', RETURNED: '退回', APPROVED: '通过',
  PUBLISHED: '公开', SUPERSEDED: '被新版本取代', FIGURE_CONFIRMED: '确认数字', FIGURE_CORRECTED: '更正数字',
  FIGURE_REJECTED: '否定数字', FIGURE_ADDED: '补充数字',
};
export const AREA = {
  organisation: '组织领导', rules: '制度建设', decisions: '依法决策', enforcement: '行政执法', oversight: '监督制约',
  transparency: '政务公开', disputes: '矛盾纠纷化解', petitions: '信访工作', legal_advisers: '法律顾问',
  legal_education: '学法普法', capacity: '能力建设', litigation: '行政应诉',
};

/** The level of a place by the length of its code (32 → 3206 → 320614 → 320614108). */
export function levelOf(code) {
  return { 2: 'PROVINCE', 4: 'CITY', 6: 'COUNTY', 9: 'TOWNSHIP' }[String(code).length] || '';
}

export function number(value) {
  if (value === null || value === undefined) return '—';
  return Number(value).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

export function when(timestamp) {
  return timestamp ? new Date(timestamp).toLocaleString('zh-CN', { hour12: false }) : '';
}

/** The hash route's parameters, and a link to a route with some of them changed. */
export function routeParams() {
  const [, query = ''] = location.hash.split('?');
  return Object.fromEntries(new URLSearchParams(query));
}

export function routeLink(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  return `#${path}${query.toString() ? `?${query}` : ''}`;
}

/**
 * The report's text with passages marked: spans [{start, end, class, title, id}] may overlap;
 * the text is cut at every boundary and each piece carries the classes of the spans over it.
 */
export function markedText(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const span of spans) {
    cuts.add(Math.max(0, Math.min(text.length, span.start)));
    cuts.add(Math.max(0, Math.min(text.length, span.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const container = h('div', { class: 'report-text', tabindex: '0', 'aria-label': '报告原文' });
  for (let i = 0; i < points.length - 1; i += 1) {
    const from = points[i];
    const to = points[i + 1];
    const over = spans.filter((span) => span.start <= from && span.end >= to && span.end > span.start);
    const piece = text.slice(from, to);
    if (over.length === 0) {
      container.append(piece);
      continue;
    }
    const mark = h('mark', {
      class: over.map((span) => span.class).join(' '),
      title: over.map((span) => span.title).filter(Boolean).join('\n'),
      dataset: { start: String(from), end: String(to) },
    }, piece);
    const anchor = over.find((span) => span.id && span.start === from);
    if (anchor) mark.id = anchor.id;
    container.append(mark);
  }
  return container;
}

/** The UTF-16 offsets of the selection inside a markedText container, or null. */
export function selectionIn(container) {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length, text: range.toString() };
}

/** Scrolls a passage of a markedText container into view, focuses it and makes it flash. */
export function showPassage(container, start, end = start + 1) {
  const marks = [...container.querySelectorAll('mark')];
  const over = marks.filter((m) => Number(m.dataset.start) < Math.max(end, start + 1) && Number(m.dataset.end) > start);
  const mark = over[0] || marks[0];
  if (!mark) return;
  mark.tabIndex = -1;
  const pane = container.closest('.text-pane');
  if (pane && pane.scrollHeight > pane.clientHeight) {
    // only the text scrolls, the page keeps its header and side panel in view
    pane.scrollTop = mark.offsetTop - pane.clientHeight / 2;
  } else {
    mark.scrollIntoView({ block: 'center' });
  }
  mark.focus({ preventScroll: true });
  for (const piece of over) {
    piece.classList.add('flash');
    setTimeout(() => piece.classList.remove('flash'), 2000);
  }
}
