// The HTTP API of `warta serve` (see API-CONTRACT.md), on the same origin as the page.

/** An answer that is not 2xx: the server's {error, message}, or the HTTP status when the body is not that. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** The search filters the pages share, in the API's parameter names. */
export const FILTERS = ['q', 'from', 'to', 'country', 'type', 'entity', 'site', 'lang'];

async function answer(res) {
  const type = res.headers.get('content-type') || '';
  const body = type.includes('json') ? await res.json().catch(() => null) : null;
  if (!res.ok) {
    throw new ApiError(res.status, body && body.error ? body.error : 'http-' + res.status,
      body && body.message ? body.message : res.statusText || String(res.status));
  }
  return body;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

export async function get(path, params = {}, signal) {
  return answer(await fetch(path + query(params), {headers: {Accept: 'application/json'}, signal}));
}

export const search = (params, signal) => get('search', params, signal);
export const article = (id) => get('articles/' + encodeURIComponent(id));
export const story = (id) => get('stories/' + encodeURIComponent(id));
export const timeline = (params) => get('timeline', params);
export const events = (params) => get('events', {...params, level: 'story', format: 'json'});

/** POST /analyze with a body of the given media type; signal aborts an analysis overtaken by newer input. */
export async function analyze(body, mediaType, signal) {
  return answer(await fetch('analyze', {
    method: 'POST',
    headers: {'Content-Type': mediaType + '; charset=utf-8', Accept: 'application/json'},
    body,
    signal,
  }));
}
