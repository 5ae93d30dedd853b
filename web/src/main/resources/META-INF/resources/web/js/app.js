// The pages' entry: logs the person in, draws the navigation their roles allow and routes the
// hash (#/dashboard?region=…, #/clerk, #/review, #/report/{id}?v=…) to a view. A view's URL can be
// shared: everything it shows is in its hash.
import { completeLogin, loadConfig, loggedIn, login, logout, person } from './auth.js';
import { errorBox, h, mount } from './ui.js';
import { dashboard } from './dashboard.js';
import { clerk } from './clerk.js';
import { reviewQueue } from './review.js';
import { reportPage } from './report.js';
import { admin } from './admin.js';

const VIEWS = [
  { path: '/dashboard', label: '指标仪表盘', roles: ['viewer', 'reviewer', 'admin'], view: dashboard },
  { path: '/clerk', label: '填报工作台', roles: ['reporter'], view: clerk },
  { path: '/review', label: '审核工作台', roles: ['reviewer', 'admin'], view: reviewQueue },
  { path: '/admin', label: '管理', roles: ['admin'], view: admin },
];

function allowed(me, roles) {
  return roles.some((role) => me.roles.includes(role));
}

function home(me) {
  if (me.roles.includes('reporter')) return '/clerk';
  if (me.roles.includes('reviewer')) return '/review';
  return '/dashboard';
}

async function route() {
  const me = person();
  const path = location.hash.replace(/^#/, '').split('?')[0];
  const nav = document.getElementById('nav');
  nav.replaceChildren(...VIEWS.filter((v) => allowed(me, v.roles)).map((v) => h('a', {
    href: `#${v.path}`, 'aria-current': path.startsWith(v.path) ? 'page' : false,
  }, v.label)));
  try {
    const report = /^\/report\/([0-9a-f-]{36})$/.exec(path);
    if (report) {
      await reportPage(me, report[1]);
      return;
    }
    const view = VIEWS.find((v) => v.path === path && allowed(me, v.roles));
    if (!view) {
      location.replace(`#${home(me)}`);
      return;
    }
    await view.view(me);
  } catch (error) {
    mount(errorBox(error));
  }
  document.getElementById('main').focus({ preventScroll: true });
}

async function start() {
  try {
    await loadConfig();
    await completeLogin();
  } catch (error) {
    mount(errorBox(error));
    return;
  }
  if (!loggedIn()) {
    await login();
    return;
  }
  const me = person();
  const who = document.getElementById('who');
  who.textContent = `${me.name}（${me.orgCode || '全部地区'}）`;
  const button = document.getElementById('logout');
  button.hidden = false;
  button.addEventListener('click', logout);
  window.addEventListener('hashchange', route);
  await route();
}

// back from Keycloak through the browser's history: start afresh rather than from a page that was leaving
window.addEventListener('pageshow', (event) => { if (event.persisted) location.reload(); });
start();
