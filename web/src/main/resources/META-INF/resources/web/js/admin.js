// The admin's extras: the campaigns (open one, change its deadline or approval chain), the
// register's amendments (add, rename, merge, abolish a place from a day on), the work stuck between
// the services and the dead letters (replay one, replay all of a topic, discard one with a reason).
// Every action goes through the public API; what it refuses is shown as its problem's `detail`,
// next to the form it came from. Each part reloads on its own after an action.
import { get, getIfAllowed, post, put } from './api.js';
import { LEVEL, busy, errorBox, flash, h, loading, mount, routeLink, routeParams, section, when } from './ui.js';

const CHAIN_LEVELS = ['COUNTY', 'CITY', 'PROVINCE'];
const AMENDMENT_KIND = { ADD: '新增', RENAME: '更名', MERGE: '合并', ABOLISH: '撤销' };
const DEAD_STATUS = { WAITING: '待处理', REPLAYED: '已重放', DISCARDED: '已丢弃' };

function table(id, headers, rows) {
  if (rows.length === 0) return h('p', { id }, '无。');
  // a narrow screen scrolls a wide table, not the page
  return h('div', { class: 'table-wrap' }, h('table', { class: 'data', id },
    h('thead', {}, h('tr', {}, headers.map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((cell) => h('td', {}, cell)))))));
}

/** A part of the page that draws itself and can be drawn again after an action. */
function part(title, draw) {
  const body = h('div', {}, loading());
  const refresh = async () => {
    try {
      body.replaceChildren(...[await draw(refresh)].flat().filter(Boolean));
    } catch (error) {
      body.replaceChildren(errorBox(error));
    }
  };
  refresh();
  return section(title, body);
}

/** The problem's `detail` shown in a form, or nothing. */
function formError(id) {
  const box = h('p', { class: 'error', role: 'alert', id, hidden: true });
  return {
    element: box,
    show(error) { box.textContent = error.message; box.hidden = false; },
    clear() { box.textContent = ''; box.hidden = true; },
  };
}

/** "2025-03-31T15:59:59Z" → "2025-03-31T23:59" (the value of a datetime-local in Beijing time). */
function beijingInput(timestamp) {
  if (!timestamp) return '';
  const shifted = new Date(new Date(timestamp).getTime() + 8 * 3600_000);
  return shifted.toISOString().slice(0, 16);
}

/** A deadline as people in China read it, whatever the browser's time zone. */
function beijing(timestamp) {
  return timestamp ? `${beijingInput(timestamp).replace('T', ' ')}` : '';
}

function campaignForm(campaign, done, cancel) {
  const editing = Boolean(campaign);
  const year = h('input', {
    id: 'campaign-year', type: 'number', value: String(campaign?.year ?? new Date().getFullYear() - 1), disabled: editing,
  });
  const deadline = h('input', { id: 'campaign-deadline', type: 'datetime-local', value: beijingInput(campaign?.deadline) });
  const chosen = campaign?.approvalChain || ['COUNTY', 'PROVINCE'];
  const levels = CHAIN_LEVELS.map((level) => h('label', { class: 'check' },
    h('input', { type: 'checkbox', name: 'chain', value: level, checked: chosen.includes(level) }), ` ${LEVEL[level]}`));
  const error = formError('campaign-error');
  const save = h('button', { type: 'submit', class: 'primary', id: 'campaign-save' }, editing ? '保存修改' : '开启报告工作');
  const form = h('form', { class: 'form-grid', id: 'campaign-form', novalidate: true, 'aria-label': editing ? `修改${campaign.year}年度的报告工作` : '开启新一年度的报告工作' },
    h('label', { for: 'campaign-year' }, '年度'), year,
    h('label', { for: 'campaign-deadline' }, '截止时间（北京时间）'), deadline,
    h('span', { id: 'campaign-chain-label' }, '审批链（由低到高）'), h('span', { role: 'group', 'aria-labelledby': 'campaign-chain-label', id: 'campaign-chain' }, levels),
    h('span', {}), h('span', {}, save, editing ? [' ', h('button', { type: 'button', onclick: cancel }, '取消')] : null),
    h('span', {}), error.element);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.clear();
    const request = {
      year: year.value === '' ? null : Number(year.value),
      // the API says what is missing: an empty deadline is sent as none
      deadline: deadline.value ? `${deadline.value}:00+08:00` : null,
      approvalChain: [...form.querySelectorAll('input[name=chain]:checked')].map((box) => box.value),
    };
    busy(save, async () => {
      try {
        if (editing) await put(`/campaigns/${campaign.year}`, request);
        else await post('/campaigns', request);
      } catch (failure) {
        error.show(failure);
        throw failure;
      }
      flash(editing ? `${campaign.year}年度的报告工作已修改。` : `${request.year}年度的报告工作已开启。`);
      done();
    }).catch(() => {});
  });
  return form;
}

function campaignsPart() {
  let editing = null;
  return part('报告工作（年度、截止时间、审批链）', async (refresh) => {
    const answer = await get('/campaigns');
    const campaigns = Array.isArray(answer) ? answer : answer.items || [];
    const edit = (campaign) => h('button', {
      type: 'button', class: 'small', 'aria-label': `修改${campaign.year}年度`,
      onclick: () => { editing = campaign; refresh().then(() => document.getElementById('campaign-deadline')?.focus()); },
    }, '修改');
    const done = () => { editing = null; refresh(); };
    return [
      table('campaigns', ['年度', '截止时间（北京时间）', '审批链', '开启人', '最近修改', ''], campaigns.map((c) => [
        c.year, beijing(c.deadline), c.approvalChain.map((l) => LEVEL[l] || l).join(' → '), c.openedBy || '',
        when(c.updatedAt || c.openedAt), edit(c)])),
      h('h3', {}, editing ? `修改${editing.year}年度` : '开启新一年度'),
      campaignForm(editing, done, done),
    ];
  });
}

function amendmentForm(done) {
  const kind = h('select', { id: 'amendment-kind' }, Object.entries(AMENDMENT_KIND).map(([value, label]) =>
    h('option', { value }, `${label}（${value}）`)));
  const code = h('input', { id: 'amendment-code', type: 'text', inputmode: 'numeric', maxlength: '9', size: '12', placeholder: '如 320614108' });
  const name = h('input', { id: 'amendment-name', type: 'text', maxlength: '100' });
  const mergedInto = h('input', { id: 'amendment-merged-into', type: 'text', inputmode: 'numeric', maxlength: '9', size: '12' });
  const effectiveFrom = h('input', { id: 'amendment-from', type: 'date' });
  const reason = h('input', { id: 'amendment-reason', type: 'text', maxlength: '500', size: '40', placeholder: '如 批复文号' });
  const nameRow = [h('label', { for: 'amendment-name' }, '名称（新增、更名）'), name];
  const mergeRow = [h('label', { for: 'amendment-merged-into' }, '并入地区代码'), mergedInto];
  const showFields = () => {
    const needsName = ['ADD', 'RENAME'].includes(kind.value);
    nameRow.forEach((element) => { element.hidden = !needsName; });
    mergeRow.forEach((element) => { element.hidden = kind.value !== 'MERGE'; });
  };
  kind.addEventListener('change', showFields);
  showFields();
  const error = formError('amendment-error');
  const save = h('button', { type: 'submit', class: 'primary', id: 'amendment-save' }, '记录变更');
  const form = h('form', { class: 'form-grid', id: 'amendment-form', novalidate: true, 'aria-label': '变更地区名录' },
    h('label', { for: 'amendment-kind' }, '变更类型'), kind,
    h('label', { for: 'amendment-code' }, '地区代码'), code,
    nameRow, mergeRow,
    h('label', { for: 'amendment-from' }, '生效日期'), effectiveFrom,
    h('label', { for: 'amendment-reason' }, '依据或说明'), reason,
    h('span', {}), h('span', {}, save),
    h('span', {}), error.element);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.clear();
    const blank = (input) => (input.hidden || input.value.trim() === '' ? null : input.value.trim());
    const request = {
      kind: kind.value, code: blank(code), name: blank(name), mergedInto: blank(mergedInto),
      effectiveFrom: effectiveFrom.value || null, reason: blank(reason),
    };
    busy(save, async () => {
      try {
        await post('/places/amendments', request);
      } catch (failure) {
        error.show(failure);
        throw failure;
      }
      flash(`已记录：${AMENDMENT_KIND[request.kind]} ${request.code}`);
      done();
    }).catch(() => {});
  });
  return form;
}

function amendmentsPart() {
  return part('区划名录的修订', async (refresh) => {
    const amendments = await get('/places/amendments?size=50');
    return [
      table('amendments', ['类型', '代码', '名称', '原名称', '并入', '生效日期', '理由', '修订人'],
        (amendments.items || []).map((a) => [AMENDMENT_KIND[a.kind] || a.kind, a.code, a.name || '', a.formerName || '',
          a.mergedInto || '', a.effectiveFrom || '', a.reason || '', a.actor])),
      h('h3', {}, '记录一项变更'),
      amendmentForm(refresh),
    ];
  });
}

function stuckPart() {
  return part('积压的工作', async () => {
    const [stuckVersions, stuckReviews] = await Promise.all([
      getIfAllowed('/admin/stuck-versions'), getIfAllowed('/admin/stuck-reviews')]);
    const stuck = [...(stuckVersions || []), ...(stuckReviews || [])];
    return table('stuck', ['报告', '版本', '乡镇', '年度', '等待', '自'], stuck.map((s) => [
      h('a', { href: routeLink(`/report/${s.reportId}`, { v: s.version }) }, String(s.reportId).slice(0, 8)),
      s.version, s.townshipCode, s.year, s.waitingFor, when(s.since)]));
  });
}

function deadLetterActions(letter, refresh) {
  if (letter.status !== 'WAITING') {
    return [DEAD_STATUS[letter.status] || letter.status, letter.resolvedBy ? `（${letter.resolvedBy}）` : '',
      letter.discardReason ? h('div', { class: 'hint' }, `原因：${letter.discardReason}`) : null];
  }
  const replay = h('button', { type: 'button', class: 'small replay' }, '重放');
  replay.addEventListener('click', () => busy(replay, async () => {
    await post(`/admin/dead-letters/${letter.id}/replay`);
    flash('已重放，事件已送回原主题。');
    refresh();
  }).catch(() => {}));
  const discard = h('button', { type: 'button', class: 'small discard', 'aria-expanded': 'false' }, '丢弃');
  const reason = h('input', { type: 'text', class: 'discard-reason', 'aria-label': '丢弃的原因（必填）', placeholder: '丢弃的原因（必填）', required: true, maxlength: '2000' });
  const error = formError(null);
  const confirm = h('button', { type: 'submit', class: 'small primary confirm-discard' }, '确认丢弃');
  const form = h('form', { class: 'inline-form', hidden: true, novalidate: true }, reason, confirm, error.element);
  discard.addEventListener('click', () => {
    form.hidden = !form.hidden;
    discard.setAttribute('aria-expanded', String(!form.hidden));
    if (!form.hidden) reason.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.clear();
    busy(confirm, async () => {
      try {
        await post(`/admin/dead-letters/${letter.id}/discard`, { reason: reason.value });
      } catch (failure) {
        error.show(failure);
        throw failure;
      }
      flash('已丢弃，原因已记录。');
      refresh();
    }).catch(() => {});
  });
  return [replay, ' ', discard, form];
}

function deadLettersPart() {
  const params = routeParams();
  const status = DEAD_STATUS[params.dead] ? params.dead : 'WAITING';
  return part('死信', async (refresh) => {
    const page = await getIfAllowed(`/admin/dead-letters?size=100&status=${status}`);
    if (!page) return h('p', { class: 'hint' }, '死信仅对管理员开放。');
    const letters = page.items || [];
    const filter = h('label', {}, '状态 ', h('select', { id: 'dead-status', onchange: (event) => {
      location.hash = routeLink('/admin', { ...routeParams(), dead: event.target.value });
    } }, Object.entries(DEAD_STATUS).map(([key, label]) => h('option', { value: key, selected: key === status }, label))));
    const topics = status === 'WAITING' ? [...new Set(letters.map((letter) => letter.topic))] : [];
    const replayTopic = (topic) => {
      const count = letters.filter((letter) => letter.topic === topic).length;
      const button = h('button', { type: 'button', class: 'replay-topic', dataset: { topic } }, `重放 ${topic} 的全部死信（${count}）`);
      button.addEventListener('click', () => busy(button, async () => {
        const answer = await post(`/admin/dead-letters/replay?topic=${encodeURIComponent(topic)}`);
        flash(`已重放 ${answer.replayed} 条 ${topic} 的死信。`);
        refresh();
      }).catch(() => {}));
      return button;
    };
    return [
      h('p', { class: 'controls' }, filter, topics.map(replayTopic)),
      table('dead-letters', ['事件', '主题', '消费方', '原因', '次数', '时间', '处理'], letters.map((d) => [
        h('code', { class: 'event-id' }, d.eventId || '（无法读取）'), d.topic, d.consumer || '', d.reason, d.attempts ?? '',
        when(d.deadLetteredAt), deadLetterActions(d, refresh)])),
    ];
  });
}

export async function admin() {
  mount(h('h1', {}, '管理'), campaignsPart(), amendmentsPart(), stuckPart(), deadLettersPart());
}
