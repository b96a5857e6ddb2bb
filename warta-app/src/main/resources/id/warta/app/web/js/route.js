// Hash routes: #/search?q=…, #/article/ID, #/story/ID, #/timeline?…, #/map?…, #/map/IDN?…, #/analyze.

import {FILTERS} from './api.js';

/** The current route: {page, arg, params} from location.hash. */
export function current() {
  const hash = location.hash.replace(/^#\/?/, '');
  const q = hash.indexOf('?');
  const path = q < 0 ? hash : hash.slice(0, q);
  const params = Object.fromEntries(new URLSearchParams(q < 0 ? '' : hash.slice(q + 1)));
  const parts = path.split('/').filter((p) => p !== '');
  const page = parts[0] || 'search';
  const arg = parts.length > 1 ? decodeURIComponent(parts.slice(1).join('/')) : null;
  return {page, arg, params};
}

/** The hash of a route, e.g. link('search', null, {q: 'demo'}) = '#/search?q=demo'. */
export function link(page, arg, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') q.set(k, v);
  }
  const qs = q.toString();
  return '#/' + page + (arg ? '/' + encodeURIComponent(arg) : '') + (qs ? '?' + qs : '');
}

/** Only the shared search filters of a parameter set (what search, timeline and map carry between them). */
export function filtersOf(params) {
  const out = {};
  for (const k of FILTERS) if (params[k]) out[k] = params[k];
  return out;
}

export function go(page, arg, params) {
  location.hash = link(page, arg, params);
}
