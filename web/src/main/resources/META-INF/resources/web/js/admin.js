// The admin's extras: the campaigns (open one: year, deadline, approval chain), the register's
// amendments, the work stuck between the services and the dead letters (replay one).
import { get, getIfAllowed, post } from './api.js';
import { LEVEL, busy, errorBox, flash, h, loading, mount, routeLink, section, when } from './ui.js';

function table(id, headers, rows) {
  if (rows.length === 0) return h('p', {}, '无。');
  return h('table', { class: 'data', id },
    h('thead', {}, h('tr', {}, headers.map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((cell) => h('td', {}, cell))))));
}

function campaignForm(reload) {
  const year = h('input', { id: 'campaign-year', type: 'number', min: '2000', value: String(new Date().getFullYear() - 1) });
  const deadline = h('input', { id: 'campaign-deadline', type: 'datetime-local' });
  const chain = h('select', { id: 'campaign-chain' },
    h('option', { value: 'COUNTY,PROVINCE' }, '县级 → 省级'),
    h('option', { value: 'COUNTY' }, '县级'),
    h('option', { value: 'COUNTY,CITY,PROVINCE' }, '县级 → 市级 → 省级'));
  const open = h('button', { type: 'button', class: 'primary' }, '开启报告工作');
  open.addEventListener('click', () => busy(open, async () => {
    if (!deadline.value) {
      flash('请填写截止时间。', 'error');
      return;
    }
    await post('/campaigns', {
      year: Number(year.value), deadline: `${deadline.value}:00+08:00`, approvalChain: chain.value.split(','),
    });
    flash('报告工作已开启。');
    reload();
  }));
  return h('div', { class: 'form-grid' },
    h('label', { for: 'campaign-year' }, '年度'), year,
    h('label', { for: 'campaign-deadline' }, '截止时间（北京时间）'), deadline,
    h('label', { for: 'campaign-chain' }, '审批链'), chain,
    h('span', {}), open);
}

export async function admin() {
  mount(h('h1', {}, '管理'), loading());
  const reload = () => admin();
  try {
    const [campaigns, amendments, stuckVersions, stuckReviews, deadLetters] = await Promise.all([
      get('/campaigns'), get('/places/amendments?size=50'), getIfAllowed('/admin/stuck-versions'),
      getIfAllowed('/admin/stuck-reviews'), getIfAllowed('/admin/dead-letters?size=50')]);
    const replay = (letter) => {
      const button = h('button', { type: 'button', class: 'small' }, '重放');
      button.addEventListener('click', () => busy(button, async () => {
        await post(`/admin/dead-letters/${letter.id}/replay`);
        flash('已重放。');
        reload();
      }));
      return letter.status === 'WAITING' ? button : letter.status;
    };
    const stuck = [...(stuckVersions || []), ...(stuckReviews || [])];
    mount(h('h1', {}, '管理'),
      section('报告工作（年度、截止时间、审批链）',
        table('campaigns', ['年度', '截止时间', '审批链', '开启人'], (Array.isArray(campaigns) ? campaigns : campaigns.items || [])
          .map((c) => [c.year, when(c.deadline), c.approvalChain.map((l) => LEVEL[l] || l).join(' → '), c.openedBy])),
        h('h3', {}, '开启新一年度'), campaignForm(reload)),
      section('区划名录的修订', table('amendments', ['类型', '代码', '名称', '原名称', '生效日期', '理由', '修订人'],
        (amendments.items || []).map((a) => [a.kind, a.code, a.name || '', a.formerName || '', a.effectiveFrom, a.reason || '', a.actor]))),
      section('积压的工作', table('stuck', ['报告', '版本', '乡镇', '年度', '等待', '自'], stuck.map((s) => [
        h('a', { href: routeLink(`/report/${s.reportId}`, { v: s.version }) }, String(s.reportId).slice(0, 8)),
        s.version, s.townshipCode, s.year, s.waitingFor, when(s.since)]))),
      section('死信', table('dead-letters', ['主题', '消费方', '原因', '次数', '时间', '处理'],
        (deadLetters?.items || []).map((d) => [d.topic, d.consumer || '', d.reason, d.attempts ?? '', when(d.deadLetteredAt), replay(d)]))));
  } catch (error) {
    mount(h('h1', {}, '管理'), errorBox(error));
  }
}
