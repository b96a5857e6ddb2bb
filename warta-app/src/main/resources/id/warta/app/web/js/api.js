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
/**
 * Story-level events, read line by line from the streamed JSON Lines answer and cut off after `cap` of them (the
 * rest of the stream is cancelled): a big store can hold more events than a page can parse and draw.
 * @returns {events, truncated}
 */
export async function events(params, cap) {
  const res = await fetch('events' + query({...params, level: 'story', format: 'jsonl'}),
    {headers: {Accept: 'application/x-ndjson'}});
  if (!res.ok || !res.body) {
    await answer(res);
    return {events: [], truncated: false};
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const out = [];
  let rest = '';
  for (;;) {
    const {done, value} = await reader.read();
    rest += done ? decoder.decode() : decoder.decode(value, {stream: true});
    const lines = rest.split('\n');
    rest = done ? '' : lines.pop();
    for (const line of lines) {
      if (line.trim() === '') continue;
      if (out.length === cap) {
        await reader.cancel();
        return {events: out, truncated: true};
      }
      out.push(JSON.parse(line));
    }
    if (done) return {events: out, truncated: false};
  }
}

/** POST /analyze with a body of the given media type; signal aborts an analysis overtaken by newer input. */
export async function analyze(body, mediaType, signal) {
  return answer(await fetch('analyze', {
    method: 'POST',
    headers: {'Content-Type': mediaType + '; charset=utf-8', Accept: 'application/json'},
    body,
    signal,
  }));
}
