// The reviewer's queue: the cases awaiting the reviewer's level, the late ones, by severity of
// their findings, or all in scope. A row opens the report with its findings in the text.
import { get } from './api.js';
import { CASE_STATUS, LEVEL, SEVERITY, errorBox, h, levelOf, loading, mount, routeLink, routeParams, section, when } from './ui.js';

const TABS = [
  ['mine', '待我审核'], ['late', '逾期提交'], ['all', '全部案卷'],
];

export async function reviewQueue(me) {
  const params = routeParams();
  const tab = TABS.some(([key]) => key === params.tab) ? params.tab : 'mine';
  const severity = ['ERROR', 'WARNING', 'INFO'].includes(params.severity) ? params.severity : '';
  const query = new URLSearchParams({ size: '100' });
  const myLevel = levelOf(me.orgCode);
  if (tab === 'mine') {
    query.set('status', 'OPEN');
    if (!me.roles.includes('admin') && myLevel) query.set('level', myLevel);
  }
  if (tab === 'late') query.set('late', 'true');
  if (severity) query.set('severity', severity);

  const tabs = h('nav', { class: 'tabs', 'aria-label': '队列' }, TABS.map(([key, label]) =>
    h('a', { href: routeLink('/review', { tab: key, severity }), 'aria-current': key === tab ? 'page' : false }, label)));
  const filter = h('label', {}, '发现的严重程度 ', h('select', { id: 'severity', onchange: (event) => {
    location.hash = routeLink('/review', { tab, severity: event.target.value });
  } }, h('option', { value: '' }, '全部'), Object.entries(SEVERITY).map(([key, label]) =>
    h('option', { value: key, selected: key === severity }, label))));
  mount(h('h1', {}, '审核工作台'), tabs, filter, loading());
  let cases;
  try {
    cases = (await get(`/reviews?${query}`)).items || [];
  } catch (error) {
    mount(h('h1', {}, '审核工作台'), tabs, filter, errorBox(error));
    return;
  }
  const table = cases.length === 0 ? h('p', {}, '队列为空。') : h('table', { class: 'data', id: 'queue' },
    h('thead', {}, h('tr', {}, ['乡镇', '年度', '标题', '版本', '状态', '审核层级', '发现', '开启时间'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, cases.map((c) => {
      const counts = ['ERROR', 'WARNING', 'INFO'].map((s) => [s, c.findings.filter((f) => f.severity === s).length]).filter(([, n]) => n);
      return h('tr', {},
        h('td', {}, c.townshipCode),
        h('td', {}, c.year),
        h('td', {}, h('a', { href: routeLink(`/report/${c.reportId}`, { v: c.version }) }, c.title)),
        h('td', {}, `第${c.version}版`),
        h('td', {}, CASE_STATUS[c.status] || c.status),
        h('td', {}, LEVEL[c.currentLevel] || c.currentLevel || ''),
        h('td', {}, counts.map(([s, n]) => h('span', { class: `badge sev-${s}` }, `${SEVERITY[s]} ${n}`))),
        h('td', {}, when(c.openedAt)));
    })));
  mount(h('h1', {}, '审核工作台'), tabs, filter, section(`${TABS.find(([k]) => k === tab)[1]}（${cases.length}）`, table));
}
