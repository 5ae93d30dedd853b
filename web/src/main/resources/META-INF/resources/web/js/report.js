// One version of a report, for everyone who may read it: the text with the findings, the
// reviewers' comments and the figures marked on their passages; beside it the findings, the
// figures (the clerk confirms or corrects them), the comments, the history and what changed since
// the previous version. A reviewer selects a passage to comment on it, returns or approves; an
// admin publishes. What the API refuses is shown as its refusal, never worked around.
import { get, getIfAllowed, post, put } from './api.js';
import { correctionsFor, forgetCorrections } from './pending.js';
import {
  CASE_STATUS, FIGURE_STATUS, HISTORY_ACTION, LEVEL, REPORT_STATUS, SEVERITY,
  busy, flash, h, levelOf, loading, markedText, mount, number, routeLink, routeParams, section, selectionIn, showPassage, when,
} from './ui.js';

let pending;
/** The draft check's corrections being recorded, by "reportId/version", and how that ended. */
const recording = new Map();
const recorded = new Map();

const pause = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

/**
 * Records the corrections the clerk made in the draft check on the submitted version: waits for
 * its figure sheet (404 until its analysis is stored), then sends each as a CORRECTED decision.
 */
async function recordCorrections(id, version, corrections) {
  const base = `/reports/${id}/versions/${version}`;
  const until = Date.now() + 120_000;
  while (!(await getIfAllowed(`${base}/figures`))) {
    if (Date.now() > until) {
      const error = new Error('这一版本的分析两分钟内没有完成');
      error.left = corrections;
      throw error;
    }
    await pause(1500);
  }
  for (const [i, correction] of corrections.entries()) {
    try {
      await put(`${base}/figures/${correction.code}`, {
        action: 'CORRECTED', value: correction.value, reason: correction.reason,
      });
    } catch (error) {
      error.left = corrections.slice(i); // those before it are recorded
      throw error;
    }
  }
}

function correctionNote(me, id, version, reload) {
  const key = `${id}/${version}`;
  const corrections = me.roles.includes('reporter') ? correctionsFor(id, version) : null;
  if (corrections && !recording.has(key)) {
    recording.set(key, recordCorrections(id, version, corrections).then(
      () => ({ ok: true, corrections }),
      (error) => ({ ok: false, error, corrections: error.left || corrections }),
    ).then((outcome) => {
      forgetCorrections(id, version);
      recording.delete(key);
      recorded.set(key, outcome);
      if (outcome.ok) flash(`已记录您在草稿检查中的 ${corrections.length} 项更正。`);
      reload();
    }));
  }
  if (recording.has(key)) {
    return h('p', { class: 'figure-note loading', role: 'status', id: 'figure-note' }, '正在记录您的更正…');
  }
  const outcome = recorded.get(key);
  if (outcome && !outcome.ok) {
    return h('div', { class: 'figure-note error', role: 'alert', id: 'figure-note' },
      h('p', {}, `未能记录您在草稿检查中的更正：${outcome.error.message.replace(/[。.]$/, '')}。请在下方“指标数字”中重新更正：`),
      h('ul', {}, outcome.corrections.map((c) => h('li', {}, `${c.name}：${number(c.value)} ${c.unit || ''}（理由：${c.reason}）`))));
  }
  return null;
}

/** The passage of a comment on an earlier version, found again in this version's text, or null. */
function findAgain(text, passage, near) {
  if (!passage) return null;
  let best = null;
  for (let at = text.indexOf(passage); at >= 0; at = text.indexOf(passage, at + 1)) {
    if (best === null || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best === null ? null : { start: best, end: best + passage.length };
}

/**
 * The comments made on the earlier versions with a passage, each with that passage as it was
 * (from the comment's anchor in the text of its version) and where it is now in `text`: at the
 * same words if they are still there unchanged, else nowhere (the passage was changed).
 */
async function earlierComments(id, version, text) {
  const numbers = [];
  for (let n = 1; n < version; n += 1) numbers.push(n);
  const perVersion = await Promise.all(numbers.map(async (n) => {
    try {
      const reviewCase = await getIfAllowed(`/reports/${id}/versions/${n}/review`);
      if (!reviewCase) return [];
      const anchored = ((await getIfAllowed(`/reviews/${reviewCase.id}/comments`)) || [])
        .filter((c) => c.start !== null && c.start !== undefined && c.end > c.start);
      if (anchored.length === 0) return [];
      const then = (await get(`/reports/${id}/versions/${n}`)).text;
      return anchored.map((c) => {
        const passage = then.slice(c.start, c.end);
        return { ...c, fromVersion: n, passage, now: findAgain(text, passage, c.start) };
      });
    } catch (error) {
      // the earlier comments add to the version shown; without them it is still worth showing
      flash(`第${n}版的审核意见未能加载：${error.message}`, 'error');
      return [];
    }
  }));
  return perVersion.flat();
}

function earlierList(comments, go) {
  if (comments.length === 0) return null;
  return section(`此前版本的审核意见（${comments.length}）`, h('ul', { class: 'plain', id: 'earlier-comments' }, comments.map((c) => h('li', { class: 'carried' },
    h('div', {}, h('strong', {}, `${LEVEL[c.level] || c.level}审核意见`), ` · ${c.author} · ${when(c.createdAt)}`,
      h('span', { class: 'carried-tag' }, `在第${c.fromVersion}版提出`)),
    h('div', { class: 'comment-text' }, c.text),
    c.now ? h('button', { type: 'button', class: 'link', onclick: () => go(c.now.start, c.now.end) }, `原文：“${c.passage}”`)
      : h('span', { class: 'hint' }, '原段落已修改（见原文下方）')))));
}

function orphans(comments) {
  const gone = comments.filter((c) => !c.now);
  if (gone.length === 0) return null;
  return h('div', { id: 'orphan-comments' }, h('h3', {}, `原段落已修改（${gone.length}）`),
    h('p', { class: 'hint' }, '以下意见所指的段落在本版中已不存在或已改动：'),
    h('ul', { class: 'plain' }, gone.map((c) => h('li', { class: 'carried' },
      h('div', {}, h('strong', {}, `${LEVEL[c.level] || c.level}审核意见`), ` · ${c.author}`, h('span', { class: 'carried-tag' }, `在第${c.fromVersion}版提出`)),
      h('div', { class: 'comment-text' }, c.text),
      h('div', { class: 'hint' }, `原段落：“${c.passage}”`)))));
}

function versionLinks(report, current) {
  return h('nav', { class: 'versions', 'aria-label': '版本' }, '版本：', report.versions.map((v) => [' ',
    v.number === current ? h('strong', { 'aria-current': 'page' }, `第${v.number}版`)
      : h('a', { href: routeLink(`/report/${report.id}`, { v: v.number }) }, `第${v.number}版`)]),
  current > 1 ? [' · ', h('a', { href: routeLink(`/report/${report.id}`, { v: current, diff: 1 }), id: 'diff-link' }, `与第${current - 1}版比较`)] : null);
}

function findingsList(findings, go) {
  return h('ul', { class: 'plain', id: 'findings' }, findings.length === 0 ? h('li', {}, '没有分析发现。')
    : findings.map((finding) => h('li', { class: `sev-${finding.severity}` }, h('button', {
      type: 'button', class: 'link', onclick: () => go(finding.start, finding.end),
    }, `【${SEVERITY[finding.severity] || finding.severity}】${finding.message}`))));
}

function commentsList(comments, go) {
  return h('ul', { class: 'plain', id: 'comments' }, comments.length === 0 ? h('li', {}, '暂无审核意见。')
    : comments.map((comment) => h('li', { class: 'comment-item' },
      h('div', {}, h('strong', {}, `${LEVEL[comment.level] || comment.level}审核意见`), ` · ${comment.author} · ${when(comment.createdAt)}`),
      h('div', { class: 'comment-text' }, comment.text),
      comment.start !== null && comment.start !== undefined
        ? h('button', { type: 'button', class: 'link', onclick: () => go(comment.start, comment.end) }, `原文：“${comment.passage || '…'}”`)
        : null)));
}

function figuresTable(me, report, version, sheet, go, reload) {
  if (!sheet) return h('p', {}, '暂无指标数字。');
  const mayDecide = me.roles.includes('reporter') && sheet.open;
  const rows = sheet.figures.map((figure) => {
    const evidence = figure.engine?.evidence?.[0];
    const actions = h('td', {});
    if (mayDecide) {
      const confirm = h('button', { type: 'button', class: 'small' }, '确认');
      confirm.addEventListener('click', () => busy(confirm, async () => {
        await put(`/reports/${report.id}/versions/${version}/figures/${figure.code}`, { action: 'CONFIRMED' });
        recorded.delete(`${report.id}/${version}`);
        flash(`已确认：${figure.name}`);
        reload();
      }));
      const correct = h('button', { type: 'button', class: 'small', 'aria-expanded': 'false' }, '更正');
      const value = h('input', { type: 'number', min: '0', step: 'any', 'aria-label': `${figure.name}的正确数值`, class: 'figure-value', value: figure.value ?? '' });
      const reason = h('input', { type: 'text', 'aria-label': '更正理由', placeholder: '更正理由', class: 'figure-reason' });
      const save = h('button', { type: 'button', class: 'small primary' }, '保存更正');
      const form = h('div', { class: 'inline-form', hidden: true }, value, reason, save);
      correct.addEventListener('click', () => {
        form.hidden = !form.hidden;
        correct.setAttribute('aria-expanded', String(!form.hidden));
        if (!form.hidden) value.focus();
      });
      save.addEventListener('click', () => busy(save, async () => {
        await put(`/reports/${report.id}/versions/${version}/figures/${figure.code}`,
          { action: 'CORRECTED', value: Number(value.value), reason: reason.value });
        recorded.delete(`${report.id}/${version}`);
        flash(`已更正：${figure.name}`);
        reload();
      }));
      actions.append(confirm, ' ', correct, form);
    }
    return h('tr', { dataset: { indicator: figure.code } },
      h('td', {}, figure.name),
      h('td', { class: 'num' }, figure.value === null ? '—' : `${number(figure.value)} ${figure.engine?.unit || ''}`),
      h('td', {}, FIGURE_STATUS[figure.status] || figure.status, figure.engineDisagrees ? '（系统读数不同）' : ''),
      h('td', {}, evidence ? h('button', { type: 'button', class: 'link', onclick: () => go(evidence.start, evidence.end) }, '原文') : '—'),
      mayDecide ? actions : null);
  });
  return h('table', { class: 'data', id: 'figures' },
    h('thead', {}, h('tr', {}, ['指标', '数值', '状态', '出处', mayDecide ? '操作' : null].filter(Boolean).map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows));
}

function reviewActions(me, reviewCase, body, reload) {
  const reviewer = me.roles.includes('reviewer') || me.roles.includes('admin');
  if (!reviewer || !reviewCase) return null;
  if (reviewCase.status === 'APPROVED' && me.roles.includes('admin')) {
    const publish = h('button', { type: 'button', class: 'primary', id: 'publish' }, '公开发布');
    publish.addEventListener('click', () => busy(publish, async () => {
      await post(`/reviews/${reviewCase.id}/publish`);
      flash('已公开发布。');
      reload();
    }));
    return section('发布', publish);
  }
  if (reviewCase.status !== 'OPEN') return null;
  if (!me.roles.includes('admin') && reviewCase.currentLevel !== levelOf(me.orgCode)) {
    return section('审核', h('p', { class: 'hint' }, `该报告正在${LEVEL[reviewCase.currentLevel] || ''}审核，轮到本级时可以提出意见和作出决定。`));
  }
  const chosen = h('p', { class: 'hint', id: 'selected-passage' }, '在左侧原文中选中一段文字，可针对该段落提出意见。');
  let selected = null;
  const onSelection = () => {
    if (!body.isConnected) {
      document.removeEventListener('selectionchange', onSelection);
      return;
    }
    const now = selectionIn(body);
    if (now) {
      selected = now;
      chosen.textContent = `已选段落：“${now.text.slice(0, 60)}${now.text.length > 60 ? '…' : ''}”`;
    }
  };
  document.addEventListener('selectionchange', onSelection);
  const text = h('textarea', { id: 'comment-text', rows: '3', placeholder: '审核意见' });
  const comment = h('button', { type: 'button', id: 'add-comment' }, '提出意见');
  comment.addEventListener('click', () => busy(comment, async () => {
    if (!text.value.trim()) {
      flash('请先填写意见内容。', 'error');
      return;
    }
    const request = { text: text.value };
    if (selected) Object.assign(request, { start: selected.start, end: selected.end });
    await post(`/reviews/${reviewCase.id}/comments`, request);
    flash('意见已保存。');
    reload();
  }));
  const giveBack = h('button', { type: 'button', id: 'return-report' }, '退回修改');
  giveBack.addEventListener('click', () => busy(giveBack, async () => {
    await post(`/reviews/${reviewCase.id}/return`, text.value.trim() ? { comment: { text: text.value } } : {});
    flash('已退回乡镇修改。');
    reload();
  }));
  const approve = h('button', { type: 'button', id: 'approve-report', class: 'primary' }, '审核通过');
  approve.addEventListener('click', () => busy(approve, async () => {
    await post(`/reviews/${reviewCase.id}/approve`, text.value.trim() ? { comment: { text: text.value } } : {});
    flash('已审核通过。');
    reload();
  }));
  return section(`审核（${LEVEL[reviewCase.currentLevel] || reviewCase.currentLevel}）`, chosen,
    h('label', { for: 'comment-text' }, '意见'), text, h('p', { class: 'actions' }, comment, ' ', giveBack, ' ', approve));
}

function historyList(history) {
  if (!history) return null;
  return h('details', {}, h('summary', {}, `处理记录（${history.length}）`), h('ol', { id: 'history' }, history.map((entry) =>
    h('li', {}, `${when(entry.at)} 第${entry.version}版 ${entry.actor}：${HISTORY_ACTION[entry.action] || entry.action}`,
      entry.toStatus ? `（${entry.fromStatus || ''}→${entry.toStatus}）` : '', entry.reason ? ` ${entry.reason}` : ''))));
}

async function diffPart(report, version) {
  const diff = await get(`/reports/${report.id}/diff?from=${version - 1}&to=${version}`);
  const changed = diff.paragraphs.filter((p) => p.change !== 'SAME');
  return section(`与第${version - 1}版相比的改动（${changed.length} 段）`, h('div', { id: 'diff' },
    changed.length === 0 ? h('p', {}, '两个版本的文字相同。') : changed.map((p) => h('p', {
      class: p.change === 'ADDED' ? 'added' : 'removed',
    }, p.change === 'ADDED' ? '＋ ' : '－ ', p.text))));
}

export async function reportPage(me, id) {
  clearTimeout(pending);
  const hash = location.hash;
  const params = routeParams();
  mount(loading('正在打开报告…'));
  const report = await get(`/reports/${id}`);
  const version = Number(params.v) || report.versions.at(-1).number;
  const base = `/reports/${id}/versions/${version}`;
  const [text, analysis, sheet, reviewCase, history] = await Promise.all([
    get(base), getIfAllowed(`${base}/analysis`), getIfAllowed(`${base}/figures`),
    getIfAllowed(`${base}/review`), getIfAllowed(`/reports/${id}/history`)]);
  const [comments, earlier] = await Promise.all([
    reviewCase ? getIfAllowed(`/reviews/${reviewCase.id}/comments`).then((list) => list || []) : [],
    version > 1 ? earlierComments(id, version, text.text) : []]);
  const reload = () => { if (location.hash === hash) reportPage(me, id); };

  const findings = analysis?.findings || reviewCase?.findings || [];
  const spans = [
    ...findings.map((f, i) => ({ start: f.start, end: f.end, class: `finding sev-${f.severity}`, title: f.message, id: `finding-${i}` })),
    ...(sheet?.figures || []).flatMap((figure) => (figure.engine?.evidence || []).map((e) => ({ start: e.start, end: e.end, class: 'figure', title: `${figure.name}：${number(figure.value)}` }))),
    ...comments.filter((c) => c.start !== null && c.start !== undefined && c.end > c.start)
      .map((c, i) => ({ start: c.start, end: c.end, class: 'comment', title: `审核意见：${c.text}`, id: `comment-${i}` })),
    ...earlier.filter((c) => c.now).map((c, i) => ({
      start: c.now.start, end: c.now.end, class: 'comment earlier', title: `在第${c.fromVersion}版提出的审核意见：${c.text}`, id: `earlier-comment-${i}`,
    })),
  ];
  const target = params.start !== undefined ? { start: Number(params.start), end: Number(params.end) } : null;
  if (target) spans.push({ ...target, class: 'target', title: '仪表盘中数字的出处', id: 'target-passage' });
  const body = markedText(text.text, spans);
  const go = (start, end) => showPassage(body, start, end);

  const figureNote = correctionNote(me, id, version, reload);
  const side = h('div', { class: 'side-pane' },
    reviewCase ? h('p', { id: 'case-status' }, `审核状态：${CASE_STATUS[reviewCase.status] || reviewCase.status}`,
      reviewCase.currentLevel && reviewCase.status === 'OPEN' ? `（${LEVEL[reviewCase.currentLevel]}）` : '', reviewCase.late ? ' · 逾期提交' : '') : null,
    reviewActions(me, reviewCase, body, reload),
    section(`审核意见（${comments.length}）`, commentsList(comments, go)),
    earlierList(earlier, go),
    section(`分析发现（${findings.length}）`, analysis || reviewCase ? findingsList(findings, go) : loading('正在分析…')),
    section('指标数字', figureNote, figuresTable(me, report, version, sheet, go, reload)),
    historyList(history));

  mount(
    h('h1', {}, text.title),
    h('p', { class: 'meta' }, `乡镇 ${report.townshipCode} · ${report.year}年度 · `,
      h('span', { class: `badge status-${report.status}`, id: 'report-status' }, REPORT_STATUS[report.status] || report.status),
      text.source ? ` · 原件：${text.source.fileName || ''}` : ''),
    versionLinks(report, version),
    params.diff && version > 1 ? await diffPart(report, version) : null,
    h('div', { class: 'split' }, h('div', { class: 'text-pane' }, body, orphans(earlier)), side));

  if (target) showPassage(body, target.start, target.end);
  const failed = recorded.get(`${id}/${version}`);
  if (failed && !failed.ok && !failed.shown) {
    // the clerk redoes the corrections on the figure sheet: it is where the page leaves them (once:
    // the page's later refreshes do not move the focus again)
    failed.shown = true;
    figureNote.scrollIntoView({ block: 'start' });
    document.getElementById('figures')?.querySelector('button')?.focus({ preventScroll: true });
  }
  if (!analysis || (reviewCase && reviewCase.status.startsWith('AWAITING'))) {
    pending = setTimeout(reload, 2000);
  }
}
