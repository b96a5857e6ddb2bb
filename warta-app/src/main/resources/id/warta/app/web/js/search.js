// The search page: query box, facet filters, date range, result list with marked snippets, paging.

import * as api from './api.js';
import {h, replace} from './dom.js';
import {snippet} from './highlight.js';
import {t, countryName, languageName, formatDate, formatNumber} from './i18n.js';
import {link, filtersOf, go} from './route.js';
import {typeBadge} from './events.js';

const FACETS = ['country', 'type', 'entity', 'site', 'language'];
// the facet's name in the response and its filter's name in the request differ for language only
const PARAM = {country: 'country', type: 'type', entity: 'entity', site: 'site', language: 'lang'};
const SHOWN = 8;
const SIZE = 10;

let lastSearch = '#/search';

/** The hash of the last search shown, for the article page's way back. */
export function lastSearchLink() {
  return lastSearch;
}

function facetLabel(facet, value) {
  if (facet === 'country') {
    const name = countryName(value);
    return name === value ? value : name + ' (' + value + ')';
  }
  if (facet === 'language') return languageName(value);
  return value;
}

export async function renderSearch(view, params) {
  const filters = filtersOf(params);
  const page = Math.max(1, parseInt(params.page || '1', 10) || 1);
  lastSearch = link('search', null, {...filters, page: page > 1 ? page : null});

  const input = h('input', {type: 'search', name: 'q', id: 'q', value: filters.q || '',
    placeholder: t('search.placeholder'), 'aria-label': t('q'), autocomplete: 'off'});
  const form = h('form', {class: 'search-form', role: 'search'}, input,
    h('button', {type: 'submit', class: 'primary'}, t('search.button')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go('search', null, {...filters, q: input.value.trim(), page: null});
  });

  const results = h('section', {class: 'results', 'aria-live': 'polite'}, h('p', {class: 'loading'}, t('loading')));
  const facets = h('aside', {class: 'facets', 'aria-label': t('filters')});
  replace(view, h('section', {class: 'search-page'}, form, activeFilters(filters),
    h('div', {class: 'search-layout'}, facets, results)));

  let res;
  try {
    res = await api.search({...filters, page, size: SIZE});
  } catch (e) {
    replace(results, errorBox(e));
    return;
  }
  replace(facets, dateRange(filters, (res.facets || {}).day || []),
    FACETS.map((f) => facetBlock(f, (res.facets || {})[f] || [], filters)));
  replace(results, resultList(res, filters));
}

/**
 * The filters in force as chips, each a link to the same page without it. On the search page the query stays in
 * the box, not in a chip; the timeline and the map show it as a chip too. keep: parameters of the page itself.
 */
export function activeFilters(filters, page = 'search', arg = null, keep = {}) {
  const chips = [];
  for (const [k, v] of Object.entries(filters)) {
    if (k === 'q' && page === 'search') continue;
    const facet = k === 'lang' ? 'language' : k;
    const kind = k === 'from' || k === 'to' ? t('facet.date') : k === 'q' ? t('q') : t('facet.' + facet);
    const label = k === 'from' || k === 'to' ? t('facet.' + k) + ' ' + formatDate(v) : k === 'q' ? v : facetLabel(facet, v);
    const rest = {...filters, ...keep};
    delete rest[k];
    chips.push(h('a', {class: 'chip', href: link(page, arg, rest), title: t('filters.remove'), 'data-filter': k},
      h('span', {class: 'chip-kind'}, kind + ': '), label, h('span', {class: 'chip-x', 'aria-hidden': 'true'}, ' ×')));
  }
  if (chips.length === 0) return null;
  const cleared = page === 'search' ? {q: filters.q} : keep;
  return h('div', {class: 'active-filters'}, chips,
    chips.length > 1 ? h('a', {class: 'chip clear', href: link(page, arg, cleared)}, t('filters.clear')) : null);
}

/** The publication days of the matches as a strip of small bars; a bar is a link to that day alone. */
function dayStrip(days, filters) {
  const sorted = days.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.value)).sort((a, b) => a.value.localeCompare(b.value));
  if (sorted.length < 2) return null;
  const max = Math.max(...sorted.map((d) => d.count));
  return h('div', {class: 'day-strip', 'aria-hidden': 'true'}, sorted.slice(-60).map((d) => {
    const bar = h('a', {class: 'day-bar', href: link('search', null, {...filters, from: d.value, to: d.value}),
      title: formatDate(d.value) + ': ' + formatNumber(d.count), 'data-day': d.value});
    bar.style.height = Math.max(8, Math.round(100 * d.count / max)) + '%';
    return bar;
  }));
}

function dateRange(filters, days) {
  const from = h('input', {type: 'date', name: 'from', value: filters.from || '', 'aria-label': t('facet.from')});
  const to = h('input', {type: 'date', name: 'to', value: filters.to || '', 'aria-label': t('facet.to')});
  const form = h('form', {class: 'date-range'},
    h('label', null, t('facet.from'), from), h('label', null, t('facet.to'), to),
    h('button', {type: 'submit'}, t('facet.apply')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go('search', null, {...filters, from: from.value, to: to.value, page: null});
  });
  return h('div', {class: 'facet', 'data-facet': 'date'}, h('h3', null, t('facet.date')), dayStrip(days, filters), form);
}

function facetBlock(facet, values, filters) {
  if (values.length === 0) return null;
  const param = PARAM[facet];
  const list = h('ul', {class: 'facet-values'});
  values.forEach((fc, i) => {
    const selected = filters[param] === fc.value;
    const next = {...filters, [param]: selected ? null : fc.value};
    const label = facet === 'type' ? typeBadge(fc.value) : facetLabel(facet, fc.value);
    list.appendChild(h('li', {class: i >= SHOWN ? 'extra' : null},
      h('a', {href: link('search', null, next), class: selected ? 'facet-value selected' : 'facet-value',
        'data-value': fc.value, 'aria-pressed': selected ? 'true' : 'false'},
      h('span', {class: 'facet-label'}, label), h('span', {class: 'count'}, formatNumber(fc.count)))));
  });
  const block = h('div', {class: 'facet', 'data-facet': facet}, h('h3', null, t('facet.' + facet)), list);
  if (values.length > SHOWN) {
    const more = h('button', {type: 'button', class: 'link more'}, '+ ' + (values.length - SHOWN) + ' ' + t('facet.more'));
    more.addEventListener('click', () => {
      list.classList.add('all');
      more.remove();
    });
    block.appendChild(more);
  }
  return block;
}

function resultList(res, filters) {
  const total = res.total || 0;
  const anyFilter = Object.keys(filters).length > 0;
  if (total === 0) {
    if (anyFilter) return h('p', {class: 'no-results'}, t('search.none'));
    return h('div', {class: 'no-results'}, h('p', null, t('search.empty')),
      h('p', null, h('a', {href: link('analyze')}, t('search.tryAnalyze'))));
  }
  const hits = h('ol', {class: 'hits'}, (res.hits || []).map(hitItem));
  const size = res.size || SIZE;
  const page = res.page || 1;
  const pages = Math.max(1, Math.ceil(total / size));
  return [h('p', {class: 'total'}, t('search.total', formatNumber(total))), hits,
    pages > 1 ? h('nav', {class: 'pager'},
      page > 1 ? h('a', {href: link('search', null, {...filters, page: page - 1}), class: 'prev'}, t('search.prev')) : null,
      h('span', null, t('search.page', page, pages)),
      page < pages ? h('a', {href: link('search', null, {...filters, page: page + 1}), class: 'next'}, t('search.next')) : null)
      : null];
}

function hitItem(hit) {
  const types = new Map();
  for (const ev of hit.events || []) types.set(ev.type, (types.get(ev.type) || 0) + 1);
  return h('li', {class: 'hit', 'data-id': hit.id},
    h('a', {class: 'hit-title', href: link('article', hit.id)}, hit.title || hit.id),
    h('div', {class: 'hit-meta'},
      hit.site ? h('span', {class: 'site'}, hit.site) : null,
      hit.published ? h('span', {class: 'date'}, formatDate(hit.published)) : null,
      hit.language ? h('span', {class: 'language'}, languageName(hit.language)) : null,
      hit.story ? h('a', {class: 'story-link', href: link('story', hit.story)}, t('hit.story')) : null),
    h('p', {class: 'snippet'}, snippet(hit.snippet)),
    types.size ? h('div', {class: 'hit-events'}, [...types].map(([type, n]) =>
      h('span', {class: 'hit-event'}, typeBadge(type), n > 1 ? h('span', {class: 'times'}, '×' + n) : null))) : null);
}

export function errorBox(e) {
  return h('div', {class: 'error', role: 'alert'}, h('strong', null, t('error') + ': '),
    e && e.message ? e.message : String(e), e && e.code ? h('code', null, ' ' + e.code) : null);
}
