// The timeline: story-level events per day (or week, month) stacked by type (or country), drawn as SVG bars.

import * as api from './api.js';
import {h, s, replace} from './dom.js';
import {t, typeName, countryName, formatDate, formatNumber} from './i18n.js';
import {filtersOf, go} from './route.js';
import {colourOf} from './events.js';
import {errorBox, activeFilters} from './search.js';

const W = 1000;
const H = 380;
const PAD = {left: 48, right: 12, top: 12, bottom: 40};
const DAY = 86400000;

export async function renderTimeline(view, params) {
  const filters = filtersOf(params);
  const interval = ['day', 'week', 'month'].includes(params.interval) ? params.interval : 'day';
  const by = params.by === 'country' ? 'country' : 'type';
  const chart = h('div', {class: 'chart'}, h('p', {class: 'loading'}, t('loading')));
  replace(view, h('section', {class: 'timeline-page'},
    h('h1', null, t('timeline.title')),
    h('div', {class: 'controls'},
      choice('interval', t('timeline.interval'), ['day', 'week', 'month'], interval, (v) => `interval.${v}`,
        (v) => go('timeline', null, {...filters, interval: v, by})),
      choice('by', t('timeline.by'), ['type', 'country'], by, (v) => `by.${v}`,
        (v) => go('timeline', null, {...filters, interval, by: v}))),
    activeFilters(filters, 'timeline', null, {interval, by}),
    chart));
  let res;
  try {
    res = await api.timeline({...filters, interval, by});
  } catch (e) {
    replace(chart, errorBox(e));
    return;
  }
  const series = (res.series || []).filter((sr) => (sr.points || []).length > 0);
  if (series.length === 0) {
    replace(chart, h('p', {class: 'no-results'}, t('timeline.none')));
    return;
  }
  replace(chart, draw(series, interval, by, filters), h('p', {class: 'muted hint'}, t('timeline.hint')));
}

function choice(name, label, values, selected, key, onChange) {
  const sel = h('select', {name, 'aria-label': label},
    values.map((v) => h('option', {value: v, selected: v === selected}, t(key(v)))));
  sel.addEventListener('change', () => onChange(sel.value));
  return h('label', {class: 'control'}, label + ' ', sel);
}

function parseDay(d) {
  return Date.parse(d + 'T00:00:00Z');
}

function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

function nextBucket(ms, interval) {
  if (interval === 'day') return ms + DAY;
  if (interval === 'week') return ms + 7 * DAY;
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

function lastDayOf(day, interval) {
  return isoDay(nextBucket(parseDay(day), interval) - DAY);
}

/** Every bucket from the first to the last date in the series, so empty days show as gaps. */
function buckets(series, interval) {
  let min = Infinity;
  let max = -Infinity;
  for (const sr of series) {
    for (const p of sr.points) {
      const ms = parseDay(p.date);
      if (!isNaN(ms)) {
        min = Math.min(min, ms);
        max = Math.max(max, ms);
      }
    }
  }
  const out = [];
  // a bounded walk: at most ten years of days
  for (let ms = min; ms <= max && out.length < 3660; ms = nextBucket(ms, interval)) out.push(isoDay(ms));
  return out;
}

function niceStep(max) {
  const raw = max / 5;
  const mag = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
  for (const m of [1, 2, 5, 10]) if (m * mag >= raw) return Math.max(1, m * mag);
  return 10 * mag;
}

function draw(series, interval, by, filters) {
  const days = buckets(series, interval);
  const index = new Map(days.map((d, i) => [d, i]));
  const totals = series.map((sr) => ({key: sr.key, total: sr.points.reduce((a, p) => a + p.count, 0), sr}))
    .sort((a, b) => b.total - a.total);
  const stack = days.map(() => 0);
  const segments = [];
  for (const {key, sr} of totals) {
    for (const p of sr.points) {
      const i = index.get(p.date);
      if (i === undefined || !(p.count > 0)) continue;
      segments.push({key, date: p.date, i, y0: stack[i], count: p.count});
      stack[i] += p.count;
    }
  }
  const maxY = Math.max(1, ...stack);
  const step = niceStep(maxY);
  const top = Math.ceil(maxY / step) * step;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const bw = plotW / days.length;
  const y = (v) => PAD.top + plotH - (v / top) * plotH;
  const label = (key) => (by === 'type' ? typeName(key) : countryName(key));

  const svg = s('svg', {class: 'timeline-chart', viewBox: `0 0 ${W} ${H}`, role: 'img',
    'aria-label': t('timeline.title')});
  for (let v = 0; v <= top; v += step) {
    svg.appendChild(s('line', {class: 'grid', x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v)}));
    svg.appendChild(s('text', {class: 'tick', x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end'}, formatNumber(v)));
  }
  svg.appendChild(s('text', {class: 'axis-title', x: 12, y: PAD.top + plotH / 2, 'text-anchor': 'middle',
    transform: `rotate(-90 12 ${PAD.top + plotH / 2})`}, t('timeline.count')));
  const every = Math.max(1, Math.ceil(days.length / 8));
  days.forEach((d, i) => {
    if (i % every !== 0) return;
    const x = PAD.left + (i + 0.5) * bw;
    svg.appendChild(s('line', {class: 'tick-mark', x1: x, x2: x, y1: PAD.top + plotH, y2: PAD.top + plotH + 4}));
    svg.appendChild(s('text', {class: 'tick', x, y: H - PAD.bottom + 18, 'text-anchor': 'middle'}, formatDate(d)));
  });
  const gap = bw > 6 ? Math.min(4, bw * 0.15) : 0;
  for (const sg of segments) {
    const rect = s('rect', {class: 'bar', 'data-key': sg.key, 'data-date': sg.date, 'data-count': sg.count,
      x: PAD.left + sg.i * bw + gap / 2, width: Math.max(1, bw - gap),
      y: y(sg.y0 + sg.count), height: Math.max(0.5, y(sg.y0) - y(sg.y0 + sg.count)), fill: colourOf(sg.key)},
    s('title', null, `${label(sg.key)} · ${formatDate(sg.date)}: ${formatNumber(sg.count)}`));
    rect.addEventListener('click', () => go('search', null,
      {...filters, [by]: sg.key, from: sg.date, to: lastDayOf(sg.date, interval)}));
    svg.appendChild(rect);
  }
  svg.appendChild(s('line', {class: 'axis', x1: PAD.left, x2: W - PAD.right, y1: PAD.top + plotH, y2: PAD.top + plotH}));

  const legend = h('ul', {class: 'chart-legend'}, totals.map(({key, total}) => {
    const sw = h('span', {class: 'swatch'});
    sw.style.backgroundColor = colourOf(key);
    return h('li', {'data-key': key}, sw, label(key), h('span', {class: 'count'}, formatNumber(total)));
  }));
  return [legend, svg];
}
