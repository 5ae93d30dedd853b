// The public API with the person's own token. A 401 is retried once with a refreshed token, then
// the person logs in again; any other refusal is an Error carrying the problem+json `detail`.
import { accessToken, apiBase, login, refresh } from './auth.js';

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function problem(response) {
  let detail = '';
  try {
    const body = await response.json();
    detail = body.detail || body.title || '';
  } catch (ignored) { /* not problem+json */ }
  return new ApiError(response.status, detail || `请求失败（HTTP ${response.status}）`);
}

async function send(path, options = {}, retried = false) {
  const token = await accessToken();
  const headers = { Accept: 'application/json', ...(options.headers || {}), Authorization: `Bearer ${token}` };
  let body = options.body;
  if (body !== undefined && !(body instanceof FormData) && typeof body !== 'string') {
    body = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(apiBase() + path, { ...options, headers, body });
  if (response.status === 401 && !retried) {
    if (await refresh()) return send(path, options, true);
    return login();
  }
  if (!response.ok) throw await problem(response);
  return response;
}

export async function get(path) {
  return (await send(path)).json();
}

export async function post(path, body) {
  const response = await send(path, { method: 'POST', body: body ?? {} });
  return response.status === 204 ? null : response.json();
}

export async function put(path, body) {
  return (await send(path, { method: 'PUT', body })).json();
}

/** GET that yields null instead of failing with 403/404: for parts a role may not see. */
export async function getIfAllowed(path) {
  try {
    return await get(path);
  } catch (error) {
    if (error.status === 403 || error.status === 404) return null;
    throw error;
  }
}

/** Downloads a file (an export) with the token and hands it to the browser under its name. */
export async function download(path, fallbackName) {
  const response = await send(path, { headers: { Accept: '*/*' } });
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename\*=UTF-8''([^;]+)/i.exec(disposition) || /filename="?([^";]+)"?/i.exec(disposition);
  const name = match ? decodeURIComponent(match[1]) : fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A multipart upload through XMLHttpRequest, for its upload progress (0..1 to onProgress). */
export async function upload(path, form, onProgress) {
  const token = await accessToken();
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiBase() + path);
    xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress?.(event.loaded / event.total);
    xhr.onerror = () => reject(new ApiError(0, '网络错误，上传未完成'));
    xhr.onload = () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch (ignored) { /* empty */ }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress?.(1);
        resolve(body);
      } else if (xhr.status === 401) {
        login();
      } else {
        reject(new ApiError(xhr.status, body?.detail || body?.title || `上传失败（HTTP ${xhr.status}）`));
      }
    };
    xhr.send(form);
  });
}
