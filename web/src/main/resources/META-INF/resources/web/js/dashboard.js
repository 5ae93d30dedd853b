// The leaders' dashboard: a region (within one's scope), a year and an indicator; the region's
// total or recomputed rate with its coverage, its child regions (click to drill down), the ranking
// of townships, the trend and the campaign's completeness. A township's figure opens the passage
// of its report that states it.
import { download, get, getIfAllowed } from './api.js';
import { chart } from './charts.js';
import {
  AREA, LEVEL, busy, errorBox, h, levelOf, loading, mount, number, routeLink, routeParams, section,
} from './ui.js';

let catalog;

function defaults(me) {
  const params = routeParams();
  const scope = me.orgCode || '';
  let region = params.region || scope;
  if (scope && !region.startsWith(scope)) region = scope;
  return {
    region,
    year: Number(params.year) || new Date().getFullYear() - 1,
    indicator: params.indicator || 'disputes.received',
    basis: params.basis === 'latest' ? 'latest' : 'official',
  };
}

function link(state, changes) {
  return routeLink('/dashboard', { ...state, ...changes });
}

/** The path from the person's own place down to the region shown: 江苏省 › 南通市 › 海门区. */
async function breadcrumb(me, state) {
  const codes = [];
  for (const size of [2, 4, 6, 9]) {
    if (state.region.length >= size && size >= (me.orgCode || '').length) codes.push(state.region.slice(0, size));
  }
  const places = await Promise.all(codes.map((code) => getIfAllowed(`/places/${code}?year=${state.year}`)));
  return h('nav', { class: 'crumbs', 'aria-label': '所在地区' }, codes.map((code, i) => [
    i > 0 ? ' › ' : '',
    i === codes.length - 1
      ? h('strong', { 'aria-current': 'location' }, places[i]?.name || code)
      : h('a', { href: link(state, { region: code }) }, places[i]?.name || code),
  ]));
}

function indicatorSelect(state) {
  const byArea = new Map();
  for (const indicator of catalog.indicators) {
    if (!byArea.has(indicator.area)) byArea.set(indicator.area, []);
    byArea.get(indicator.area).push(indicator);
  }
  return h('select', { id: 'indicator', name: 'indicator' }, [...byArea].map(([area, indicators]) =>
    h('optgroup', { label: AREA[area] || area }, indicators.map((indicator) =>
      h('option', { value: indicator.code, selected: indicator.code === state.indicator }, `${indicator.name}（${indicator.unit}）`)))));
}

async function controls(me, state) {
  const children = state.region.length < 9
    ? await getIfAllowed(`/places?${new URLSearchParams({ ...(state.region ? { parent: state.region } : {}), year: state.year })}`) || []
    : [];
  const thisYear = new Date().getFullYear();
  const years = [];
  for (let year = thisYear; year >= thisYear - 8; year -= 1) years.push(year);
  const form = h('form', { class: 'controls', onsubmit: (event) => event.preventDefault() },
    h('label', {}, '下级地区 ', h('select', { id: 'child-region' },
      h('option', { value: '' }, children.length ? '— 选择下级地区 —' : '（无下级地区）'),
      children.map((place) => h('option', { value: place.code }, place.name)))),
    h('label', {}, '年度 ', h('select', { id: 'year' }, years.map((year) =>
      h('option', { value: year, selected: year === state.year }, `${year}年`)))),
    h('label', {}, '指标 ', indicatorSelect(state)),
    h('label', {}, '口径 ', h('select', { id: 'basis' },
      h('option', { value: 'official', selected: state.basis === 'official' }, '审核通过的版本'),
      h('option', { value: 'latest', selected: state.basis === 'latest' }, '最新提交的版本'))));
  form.addEventListener('change', (event) => {
    const target = event.target;
    if (target.id === 'child-region' && target.value) location.hash = link(state, { region: target.value });
    if (target.id === 'year') location.hash = link(state, { year: target.value });
    if (target.id === 'indicator') location.hash = link(state, { indicator: target.value });
    if (target.id === 'basis') location.hash = link(state, { basis: target.value });
  });
  return h('div', {}, await breadcrumb(me, state), form);
}

function exports(state, query) {
  const button = (label, path, name) => {
    const element = h('button', { type: 'button' }, label);
    element.addEventListener('click', () => busy(element, () => download(path, name)));
    return element;
  };
  const figures = `/analytics/regions/${state.region}/figures/export?${query}`;
  const totals = `/analytics/regions/${state.region}/totals?${query}`;
  return h('div', { class: 'exports' },
    button('导出汇总 CSV', `${totals}&format=csv`, 'totals.csv'),
    button('导出汇总 XLSX', `${totals}&format=xlsx`, 'totals.xlsx'),
    button('导出乡镇数字 CSV', `${figures}&format=csv`, 'figures.csv'),
    button('导出乡镇数字 XLSX', `${figures}&format=xlsx`, 'figures.xlsx'));
}

function passageLink(figure, label = '查看原文出处') {
  if (!figure.reportId) return '—';
  const params = { v: figure.version };
  if (figure.evidence) Object.assign(params, { start: figure.evidence.start, end: figure.evidence.end });
  return h('a', { href: routeLink(`/report/${figure.reportId}`, params), class: 'passage-link' }, label);
}

function summary(total, definition) {
  const region = total.region;
  const unit = definition?.unit || total.unit;
  const coverage = region.coverage;
  return section(`${region.regionName || region.regionCode} · ${total.year}年 · ${total.name}`,
    h('p', { class: 'big', id: 'region-value' }, region.value === null ? '—' : `${number(region.value)} ${unit}`),
    total.method === 'RATE_FROM_PARTS' && region.numerator !== null
      ? h('p', {}, `按各乡镇所述分子、分母重新计算：${number(region.numerator)} ÷ ${number(region.denominator)}`) : null,
    total.method === 'DISTRIBUTION_ONLY' && region.distribution
      ? h('p', {}, `该比率无可汇总的分子分母，各乡镇数值：最小 ${number(region.distribution.min)}，中位 ${number(region.distribution.median)}，最大 ${number(region.distribution.max)}`) : null,
    h('p', { class: 'coverage', id: 'coverage' }, `由 ${number(coverage.expected)} 个乡镇中的 ${number(coverage.stated)} 个填报`),
    region.engineOnly > 0 ? h('p', { class: 'hint' }, `其中 ${region.engineOnly} 个数字为系统识别、尚未经填报员确认`) : null);
}

function childrenPart(state, total, unit) {
  const children = total.children || [];
  if (children.length === 0) return null;
  const names = children.map((child) => child.regionName || child.regionCode);
  const table = h('table', { class: 'data', id: 'children' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '地区'), h('th', { scope: 'col' }, `数值（${unit}）`), h('th', { scope: 'col' }, '填报覆盖'))),
    h('tbody', {}, children.map((child) => h('tr', {},
      h('td', {}, h('a', { href: link(state, { region: child.regionCode }) }, child.regionName || child.regionCode)),
      h('td', { class: 'num' }, number(child.value)),
      h('td', {}, `${child.coverage.stated} / ${child.coverage.expected}`)))));
  const bars = chart(`下级地区${total.name}柱状图`, {
    grid: { left: 60, right: 20, top: 30, bottom: 110 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: names, axisLabel: { rotate: names.length > 6 ? 40 : 0, interval: 0 } },
    yAxis: { type: 'value', name: unit },
    series: [{ type: 'bar', data: children.map((child) => child.value), itemStyle: { color: '#b0413e' } }],
  }, (event) => { location.hash = link(state, { region: children[event.dataIndex].regionCode }); },
  (i) => `${names[i]}：${number(children[i].value)} ${unit}，进入${names[i]}`);
  return section(`下级地区（点击柱形或名称进入；键盘用 Tab 逐个选中柱形，回车进入）`, bars, table);
}

async function townshipPart(state, query, unit) {
  const page = await get(`/analytics/regions/${state.region}/figures?${query}`);
  const figures = page.items || [];
  return section('本乡镇填报的数字', figures.length === 0 ? h('p', {}, '该年度没有这项数字。')
    : h('table', { class: 'data', id: 'township-figures' },
      h('thead', {}, h('tr', {}, ['数值', '来源', '报告版本', '原文'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, figures.map((figure) => h('tr', {},
        h('td', { class: 'num' }, `${number(figure.value)} ${unit}`),
        h('td', {}, figure.source === 'CLERK' ? '填报员确认' : '系统识别'),
        h('td', {}, `第${figure.version}版`),
        h('td', {}, passageLink(figure)))))));
}

async function rankingPart(state, query, unit) {
  const ranking = await getIfAllowed(`/analytics/regions/${state.region}/rankings?${query}&limit=10`);
  if (!ranking) return null;
  const rows = ranking.townships || [];
  return section('乡镇排名（前10）', rows.length === 0 ? h('p', {}, '暂无乡镇填报这项数字。')
    : h('table', { class: 'data', id: 'ranking' },
      h('thead', {}, h('tr', {}, ['名次', '乡镇', `数值（${unit}）`, '原文'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows.map((row) => h('tr', {},
        h('td', { class: 'num' }, row.rank ?? ''),
        h('td', {}, h('a', { href: link(state, { region: row.townshipCode }) }, row.townshipName || row.townshipCode)),
        h('td', { class: 'num' }, number(row.value)),
        h('td', {}, passageLink(row)))))));
}

async function trendPart(state, unit) {
  const from = state.year - 4;
  const trend = await get(`/analytics/regions/${state.region}/trends?${new URLSearchParams({
    indicator: state.indicator, from, to: state.year, basis: state.basis })}`);
  const points = trend.totals || [];
  return section('历年趋势', chart(`${from}至${state.year}年趋势折线图`, {
    grid: { left: 60, right: 20, top: 30, bottom: 30 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: points.map((p) => `${p.year}`) },
    yAxis: { type: 'value', name: unit },
    // a year no township stated the figure for has no point (not a zero)
    series: [{ type: 'line', data: points.map((p) => (p.region.coverage.stated > 0 ? p.region.value : null)), connectNulls: false, itemStyle: { color: '#b0413e' } }],
  }));
}

async function completenessPart(state) {
  const completeness = await getIfAllowed(`/analytics/regions/${state.region}/completeness?year=${state.year}`);
  if (!completeness) return section('报送完成情况', h('p', { class: 'hint' }, '报送完成情况仅对审核员和管理员开放。'));
  const region = completeness.region;
  const rows = completeness.children?.length ? completeness.children : [region];
  const names = rows.map((row) => row.regionName || row.regionCode);
  const series = [['按时提交', 'onTime', '#3b7d3b'], ['逾期提交', 'late', '#d08b20'], ['未提交', 'missing', '#b0413e']]
    .map(([name, key, color]) => ({ name, type: 'bar', stack: 'all', data: rows.map((row) => row[key]), itemStyle: { color } }));
  const townships = completeness.townships || [];
  return section('报送完成情况',
    h('p', { id: 'completeness-summary' }, `应报 ${region.expected} 个乡镇：已提交 ${region.submitted}（逾期 ${region.late}），审核中 ${region.inReview}，已退回 ${region.returned}，已通过 ${region.approved}，已公开 ${region.published}，未提交 ${region.missing}`),
    chart('各下级地区报送完成情况堆叠柱状图', {
      legend: { top: 0 }, tooltip: { trigger: 'axis' }, grid: { left: 50, right: 20, top: 50, bottom: 110 },
      xAxis: { type: 'category', data: names, axisLabel: { rotate: names.length > 6 ? 40 : 0, interval: 0 } },
      yAxis: { type: 'value', name: '乡镇数' }, series,
    }),
    h('details', {}, h('summary', {}, `未提交和逾期的乡镇（${townships.length}）`),
      h('ul', { class: 'plain', id: 'missing-late' }, townships.slice(0, 500).map((t) => h('li', {},
        `${t.townshipName || t.townshipCode}（${t.townshipCode}）：${t.completeness === 'MISSING' ? '未提交' : '逾期提交'}`,
        t.reportId ? [' ', h('a', { href: routeLink(`/report/${t.reportId}`, { v: t.version }) }, '查看报告')] : null)))));
}

export async function dashboard(me) {
  const state = defaults(me);
  mount(h('h1', {}, '指标仪表盘'), loading());
  catalog ??= await get('/indicators/catalog');
  const definition = catalog.indicators.find((indicator) => indicator.code === state.indicator);
  const unit = definition?.unit || '';
  const query = new URLSearchParams({ indicator: state.indicator, year: state.year, basis: state.basis }).toString();
  const header = await controls(me, state);
  const body = h('div', { class: 'dashboard-body' }, loading('正在汇总数字…'));
  mount(h('h1', {}, '指标仪表盘'), header, exports(state, query), body);
  if (!state.region) {
    body.replaceChildren(h('p', {}, '请先选择地区。'));
    return;
  }
  try {
    const totals = await get(`/analytics/regions/${state.region}/totals?${query}`);
    const total = totals.totals[0];
    const parts = [summary(total, definition)];
    if (levelOf(state.region) === 'TOWNSHIP') {
      parts.push(await townshipPart(state, query, unit));
    } else {
      parts.push(childrenPart(state, total, unit));
      parts.push(await rankingPart(state, query, unit));
    }
    parts.push(await trendPart(state, unit));
    if (levelOf(state.region) !== 'TOWNSHIP') parts.push(await completenessPart(state));
    body.replaceChildren(...parts.filter(Boolean));
    body.prepend(h('p', { class: 'hint' }, `${LEVEL[levelOf(state.region)] || ''}视图`));
  } catch (error) {
    body.replaceChildren(errorBox(error));
  }
}
