// The clerk's workspace: the township's reports and their status; a new report, or a new version
// of a returned one, by pasting the text or uploading the document (with upload progress); the
// draft check before submitting (findings and the figures the engine read, each on its passage).
import { get, post, upload } from './api.js';
import { keepCorrections } from './pending.js';
import {
  REPORT_STATUS, SEVERITY, busy, errorBox, flash, h, loading, markedText, mount, number, routeLink, section, showPassage, when,
} from './ui.js';

function reportsTable(reports) {
  if (reports.length === 0) return h('p', {}, '本乡镇还没有提交过报告。');
  return h('table', { class: 'data', id: 'my-reports' },
    h('thead', {}, h('tr', {}, ['年度', '标题', '状态', '版本', '最近更新'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, reports.map((report) => {
      const latest = report.versions?.at(-1)?.number || 1;
      return h('tr', {},
        h('td', {}, report.year),
        h('td', {}, h('a', { href: routeLink(`/report/${report.id}`, { v: latest }) }, report.title)),
        h('td', {}, h('span', { class: `badge status-${report.status}` }, REPORT_STATUS[report.status] || report.status)),
        h('td', {}, `第${latest}版`),
        h('td', {}, when(report.updatedAt)));
    })));
}

/**
 * A correction the clerk makes in the draft check: kept by the page (the API stores nothing for a
 * draft) and recorded on the version once it is submitted. `corrections` maps an indicator's code
 * to {code, name, value, unit, reason}.
 */
function draftCorrection(indicator, corrections, redraw) {
  const kept = corrections.get(indicator.code);
  if (kept) {
    const undo = h('button', { type: 'button', class: 'small' }, '撤销');
    undo.addEventListener('click', () => { corrections.delete(indicator.code); redraw(); });
    return [h('span', { class: 'pending-figure' }, `提交后将更正为 ${number(kept.value)} ${kept.unit || ''}（${kept.reason}）`), ' ', undo];
  }
  const correct = h('button', { type: 'button', class: 'small', 'aria-expanded': 'false' }, '更正');
  const value = h('input', { type: 'number', min: '0', step: 'any', class: 'figure-value', 'aria-label': `${indicator.name}的正确数值`, value: indicator.value ?? '' });
  const reason = h('input', { type: 'text', class: 'figure-reason', 'aria-label': '更正理由', placeholder: '更正理由' });
  const error = h('p', { class: 'error', role: 'alert', hidden: true });
  const keep = h('button', { type: 'submit', class: 'small primary' }, '记下更正');
  const form = h('form', { class: 'inline-form', hidden: true, novalidate: true }, value, reason, keep, error);
  correct.addEventListener('click', () => {
    form.hidden = !form.hidden;
    correct.setAttribute('aria-expanded', String(!form.hidden));
    if (!form.hidden) value.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const problem = value.value === '' || !(Number(value.value) >= 0) ? '请填写正确的数值（不能为负数）。'
      : !reason.value.trim() ? '请说明更正的理由。' : '';
    if (problem) {
      error.textContent = problem;
      error.hidden = false;
      return;
    }
    corrections.set(indicator.code, {
      code: indicator.code, name: indicator.name, value: Number(value.value), unit: indicator.unit, reason: reason.value.trim(),
    });
    redraw();
  });
  return [correct, form];
}

/**
 * The findings and the engine's figures of a draft, each a button that shows its passage; with
 * `corrections` (the clerk's draft check), each figure can be corrected before submitting.
 */
export function analysisPanel(text, analysis, corrections) {
  const spans = [
    ...analysis.findings.map((f, i) => ({ start: f.start, end: f.end, class: `finding sev-${f.severity}`, title: f.message, id: `draft-finding-${i}` })),
    ...analysis.indicators.flatMap((indicator) => indicator.evidence.map((e) => ({ start: e.start, end: e.end, class: 'figure', title: `${indicator.name}：${number(e.value)}` }))),
  ];
  const body = markedText(text, spans);
  const go = (start, end) => () => showPassage(body, start, end);
  const findings = h('ul', { class: 'plain', id: 'draft-findings' }, analysis.findings.length === 0 ? h('li', {}, '没有发现问题。')
    : analysis.findings.map((finding) => h('li', { class: `sev-${finding.severity}` },
      h('button', { type: 'button', class: 'link', onclick: go(finding.start, finding.end) }, `【${SEVERITY[finding.severity] || finding.severity}】${finding.message}`))));
  const figures = h('table', { class: 'data', id: 'draft-figures' });
  const drawFigures = () => figures.replaceChildren(
    h('thead', {}, h('tr', {}, ['指标', '识别的数字', '出处', corrections ? '更正' : null].filter(Boolean).map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, analysis.indicators.map((indicator) => h('tr', { dataset: { indicator: indicator.code } },
      h('td', {}, indicator.name),
      h('td', { class: 'num' }, `${number(indicator.value)} ${indicator.unit}`),
      h('td', {}, indicator.evidence[0]
        ? h('button', { type: 'button', class: 'link', onclick: go(indicator.evidence[0].start, indicator.evidence[0].end) }, indicator.evidence[0].sentence?.slice(0, 30) || '查看')
        : '—'),
      corrections ? h('td', {}, draftCorrection(indicator, corrections, () => {
        drawFigures();
        figures.querySelector(`tr[data-indicator="${indicator.code}"] button`)?.focus();
      })) : null))));
  drawFigures();
  return h('div', { class: 'split' },
    h('div', { class: 'text-pane' }, body),
    h('div', { class: 'side-pane' }, h('h3', {}, `分析发现（${analysis.findings.length}）`), findings,
      h('h3', {}, `识别的指标数字（${analysis.indicators.length}）`),
      corrections ? h('p', { class: 'hint' }, '数字有误可在此更正：草稿检查不保存任何内容，您的更正将在提交后记录到新版本上。') : null,
      figures));
}

function progressBar() {
  const bar = h('progress', { max: '100', value: '0', id: 'upload-progress', hidden: true, 'aria-label': '上传进度' });
  const label = h('span', { class: 'hint', 'aria-live': 'polite' });
  return {
    element: h('span', {}, bar, ' ', label),
    show(fraction) {
      bar.hidden = false;
      bar.value = Math.round(fraction * 100);
      label.textContent = fraction >= 1 ? '上传完成，正在处理…' : `已上传 ${Math.round(fraction * 100)}%`;
    },
  };
}

function submitForm(me, reports) {
  const year = new Date().getFullYear() - 1;
  const yearInput = h('input', { id: 'report-year', type: 'number', min: '2000', max: String(year + 1), value: String(year), required: true });
  const titleInput = h('input', { id: 'report-title', type: 'text', maxlength: '200', size: '40', placeholder: `${year}年度××镇法治政府建设工作报告` });
  const textInput = h('textarea', { id: 'report-text', rows: '8', placeholder: '在此粘贴报告全文，或在下方选择文件上传' });
  const fileInput = h('input', { id: 'report-file', type: 'file', accept: '.docx,.doc,.pdf,.txt' });
  const result = h('div', { id: 'draft-result' });
  const progress = progressBar();
  const check = h('button', { type: 'button', id: 'check-draft' }, '草稿检查');
  const submit = h('button', { type: 'button', id: 'submit-report', class: 'primary' }, '提交报告');

  const corrections = new Map(); // indicator code → the clerk's correction in the draft check
  const existing = () => reports.find((report) => report.year === Number(yearInput.value));
  const file = () => fileInput.files[0];

  check.addEventListener('click', () => busy(check, async () => {
    result.replaceChildren(loading('正在检查草稿…'));
    try {
      let text;
      let analysis;
      if (file()) {
        const form = new FormData();
        form.append('file', file());
        form.append('year', yearInput.value);
        form.append('townshipCode', me.orgCode);
        const answer = await upload('/analysis/files', form, progress.show);
        ({ text, analysis } = answer);
      } else {
        text = textInput.value;
        analysis = await post('/analysis', { text, year: Number(yearInput.value), townshipCode: me.orgCode });
      }
      // a correction of a figure the engine no longer reads has nothing to correct
      for (const code of [...corrections.keys()]) {
        if (!analysis.indicators.some((indicator) => indicator.code === code)) corrections.delete(code);
      }
      result.replaceChildren(section('草稿检查结果（未保存，仅供修改参考）', analysisPanel(text, analysis, corrections)));
    } catch (error) {
      result.replaceChildren(errorBox(error));
    }
  }));

  submit.addEventListener('click', () => busy(submit, async () => {
    const report = existing();
    if (report && report.status !== 'RETURNED') {
      flash(`${report.year}年度的报告已提交（${REPORT_STATUS[report.status]}），只有退回后才能提交新版本。`, 'error');
      return;
    }
    const title = titleInput.value.trim() || report?.title || '';
    let answer;
    try {
      if (file()) {
        const form = new FormData();
        form.append('file', file());
        if (title) form.append('title', title);
        if (!report) {
          form.append('townshipCode', me.orgCode);
          form.append('year', yearInput.value);
        }
        answer = await upload(report ? `/reports/${report.id}/versions/files` : '/reports/files', form, progress.show);
      } else if (report) {
        answer = await post(`/reports/${report.id}/versions`, { title, text: textInput.value });
      } else {
        answer = await post('/reports', { townshipCode: me.orgCode, year: Number(yearInput.value), title, text: textInput.value });
      }
    } catch (error) {
      result.replaceChildren(errorBox(error));
      return;
    }
    const version = answer.versions?.at(-1)?.number || 1;
    keepCorrections(answer.id, version, [...corrections.values()]);
    flash(corrections.size ? '报告已提交，正在分析；分析完成后将记录您的更正。' : '报告已提交，正在分析。');
    location.hash = routeLink(`/report/${answer.id}`, { v: version });
  }));

  return section('提交报告或新版本',
    h('p', { class: 'hint' }, '同一年度只有一份报告；被退回后在此提交新版本。可以先做草稿检查（不保存）。'),
    h('div', { class: 'form-grid' },
      h('label', { for: 'report-year' }, '年度'), yearInput,
      h('label', { for: 'report-title' }, '标题'), titleInput,
      h('label', { for: 'report-text' }, '粘贴全文'), textInput,
      h('label', { for: 'report-file' }, '或上传文件'), h('span', {}, fileInput, h('span', { class: 'hint' }, ' .docx、.doc、.pdf 或 .txt，最大 20 MB'))),
    h('p', { class: 'actions' }, check, ' ', submit, ' ', progress.element),
    result);
}

export async function clerk(me) {
  mount(h('h1', {}, '填报工作台'), loading());
  let reports;
  try {
    reports = (await get(`/reports?township=${me.orgCode}&size=100`)).items || [];
  } catch (error) {
    mount(h('h1', {}, '填报工作台'), errorBox(error));
    return;
  }
  mount(h('h1', {}, '填报工作台'), section(`本乡镇的报告（${me.orgCode}）`, reportsTable(reports)), submitForm(me, reports));
}
