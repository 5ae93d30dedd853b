// Login through Keycloak: authorization code with PKCE (S256) on the realm's public client
// fazhi-web. Tokens live in sessionStorage (this tab only), are refreshed with the refresh token
// shortly before they expire, and a refresh that fails sends the person back to the login form.
// Where Keycloak is comes from the gateway (/web/config.json), so the page works on any port.

const STORE = 'fazhi.tokens';
const PENDING = 'fazhi.pending';
let config;
let refreshing;
/** Set once the page leaves for Keycloak (login or logout): a view still loading must not leave again. */
let leaving = false;
const never = () => new Promise(() => {});

export async function loadConfig() {
  const response = await fetch('/web/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error('无法读取平台配置');
  config = await response.json();
  return config;
}

export function apiBase() {
  return config.api;
}

const endpoint = (name) => `${config.authServerUrl}/protocol/openid-connect/${name}`;
const redirectUri = () => `${location.origin}/web/`;

function base64url(bytes) {
  let text = '';
  for (const b of new Uint8Array(bytes)) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString(size) {
  return base64url(crypto.getRandomValues(new Uint8Array(size)));
}

/** Leaves for Keycloak's login form; comes back to the same view after logging in. */
export async function login() {
  if (leaving) return never();
  leaving = true;
  const verifier = randomString(48);
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const state = randomString(16);
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, hash: location.hash }));
  sessionStorage.removeItem(STORE);
  const params = new URLSearchParams({
    client_id: config.clientId, response_type: 'code', scope: 'openid', redirect_uri: redirectUri(),
    code_challenge: challenge, code_challenge_method: 'S256', state, ui_locales: 'zh-Hans',
  });
  location.assign(`${endpoint('auth')}?${params}`);
  return never();
}

function store(tokens) {
  const now = Date.now();
  sessionStorage.setItem(STORE, JSON.stringify({
    access: tokens.access_token, refresh: tokens.refresh_token, id: tokens.id_token,
    expiresAt: now + tokens.expires_in * 1000,
  }));
}

function stored() {
  const text = sessionStorage.getItem(STORE);
  return text ? JSON.parse(text) : null;
}

async function tokenRequest(form) {
  const response = await fetch(endpoint('token'), {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: config.clientId, ...form }),
  });
  if (!response.ok) throw new Error(`登录服务拒绝了请求（${response.status}）`);
  return response.json();
}

/** After Keycloak sent the browser back with ?code=…: trades the code for tokens. */
export async function completeLogin() {
  const query = new URLSearchParams(location.search);
  if (!query.has('code') && !query.has('error')) return false;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', `/web/${pending?.hash || ''}`);
  if (query.has('error') || !pending || pending.state !== query.get('state')) {
    return false;
  }
  store(await tokenRequest({
    grant_type: 'authorization_code', code: query.get('code'), redirect_uri: redirectUri(),
    code_verifier: pending.verifier,
  }));
  return true;
}

export function loggedIn() {
  return stored() !== null;
}

/** The refresh token for a new access token; null when the session is over. */
export async function refresh() {
  const tokens = stored();
  if (!tokens?.refresh) return null;
  refreshing ??= tokenRequest({ grant_type: 'refresh_token', refresh_token: tokens.refresh })
    .then((fresh) => { store(fresh); return fresh.access_token; })
    .catch(() => { sessionStorage.removeItem(STORE); return null; })
    .finally(() => { refreshing = undefined; });
  return refreshing;
}

/** A valid access token, refreshed when it is about to expire; a lapsed session logs in again. */
export async function accessToken() {
  const tokens = stored();
  if (!tokens) return login();
  if (Date.now() < tokens.expiresAt - 30_000) return tokens.access;
  return (await refresh()) ?? login();
}

/** Who is logged in, read from the access token: name, org_code and realm roles. */
export function person() {
  const tokens = stored();
  if (!tokens) return null;
  const payload = tokens.access.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(payload), (c) => c.charCodeAt(0));
  const claims = JSON.parse(new TextDecoder().decode(bytes));
  return {
    name: claims.preferred_username || claims.sub,
    orgCode: claims.org_code || '',
    roles: claims.realm_access?.roles || [],
  };
}

/** Ends the Keycloak session too (end-session endpoint), then comes back to the login. */
export function logout() {
  if (leaving) return;
  leaving = true;
  const tokens = stored();
  sessionStorage.removeItem(STORE);
  const params = new URLSearchParams({ client_id: config.clientId, post_logout_redirect_uri: redirectUri() });
  if (tokens?.id) params.set('id_token_hint', tokens.id);
  location.assign(`${endpoint('logout')}?${params}`);
}
