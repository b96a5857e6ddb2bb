// The map: country shapes from Natural Earth (world-atlas TopoJSON, bundled), an equirectangular projection drawn
// as SVG, story-level events as circles sized by casualties, and a drill-down into one country (Indonesia first)
// where events are grouped by province (admin1). No province shapes are bundled, so a province is a circle at the
// mean position of its events.

import * as api from './api.js';
import {h, s, replace} from './dom.js';
import {t, typeName, countryName, numericCode, alpha3Of, formatNumber} from './i18n.js';
import {link, filtersOf} from './route.js';
import {colourOf, eventCard, placeText} from './events.js';
import {errorBox, activeFilters} from './search.js';

const WORLD = {west: -180, east: 180, north: 84, south: -58};
const WIDTH_PX = 1000;
// the most events a map reads (a few megabytes of JSON); past that it says so and asks for narrower filters
const MAX_EVENTS = 5000;
const atlases = new Map();

/** A TopoJSON file's countries as [{id, name, rings: [[[lon, lat]...]...]}] (rings of all its polygons). */
function decode(topo) {
  const tr = topo.transform;
  const arcs = topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      if (!tr) return p;
      x += p[0];
      y += p[1];
      return [x * tr.scale[0] + tr.translate[0], y * tr.scale[1] + tr.translate[1]];
    });
  });
  const ring = (ids) => {
    const pts = [];
    for (const i of ids) {
      const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      for (let k = pts.length ? 1 : 0; k < a.length; k++) pts.push(a[k]);
    }
    // a ring that crosses the antimeridian jumps from +180 to -180: unwrapped, it runs past the map's edge (where
    // the SVG clips it) instead of drawing a stripe across the whole map
    for (let k = 1; k < pts.length; k++) {
      const d = pts[k][0] - pts[k - 1][0];
      if (d > 180 || d < -180) {
        const shift = d > 180 ? -360 : 360;
        for (let j = k; j < pts.length; j++) pts[j] = [pts[j][0] + shift, pts[j][1]];
      }
    }
    return pts;
  };
  return topo.objects.countries.geometries.map((g) => {
    const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    return {id: g.id ?? null, name: (g.properties || {}).name || '', rings: polys.flatMap((p) => p.map(ring))};
  });
}

async function atlas(file) {
  if (!atlases.has(file)) {
    atlases.set(file, fetch('data/' + file).then((r) => {
      if (!r.ok) throw new Error('data/' + file + ': HTTP ' + r.status);
      return r.json();
    }).then(decode));
  }
  return atlases.get(file);
}

function pathOf(rings, digits) {
  let d = '';
  for (const r of rings) {
    if (r.length < 3) continue;
    d += 'M' + r.map(([lon, lat]) => lon.toFixed(digits) + ',' + (-lat).toFixed(digits)).join('L') + 'Z';
  }
  return d;
}

function boundsOf(rings) {
  const b = {west: 180, east: -180, north: -90, south: 90};
  for (const r of rings) {
    for (const [lon, lat] of r) {
      b.west = Math.min(b.west, lon);
      b.east = Math.max(b.east, lon);
      b.north = Math.max(b.north, lat);
      b.south = Math.min(b.south, lat);
    }
  }
  const pad = Math.max(1, (b.east - b.west) * 0.04);
  return {west: b.west - pad, east: b.east + pad, north: b.north + pad, south: b.south - pad};
}

function casualties(ev) {
  return (ev.killed || 0) + (ev.injured || 0);
}

function located(ev) {
  const loc = ev.location;
  return loc && Number.isFinite(loc.lat) && Number.isFinite(loc.lon);
}

export async function renderMap(view, params, drill) {
  const filters = filtersOf(params);
  const country = drill ? drill.toUpperCase() : null;
  const holder = h('div', {class: 'map-holder'}, h('p', {class: 'loading'}, t('loading')));
  const side = h('aside', {class: 'map-side'});
  const below = h('div', {class: 'map-below'});
  replace(view, h('section', {class: 'map-page', 'data-country': country},
    h('h1', null, t('map.title') + (country ? ' · ' + countryName(country) : '')),
    h('nav', {class: 'controls map-nav'},
      h('a', {class: country ? 'button' : 'button selected', href: link('map', null, filters)}, t('map.world')),
      h('a', {class: country === 'IDN' ? 'button selected' : 'button', href: link('map', 'IDN', filters)},
        t('map.drill', countryName('IDN'))),
      country && country !== 'IDN' ? h('span', {class: 'button selected'}, countryName(country)) : null),
    activeFilters(filters, 'map', country),
    h('div', {class: 'map-layout'}, holder, side), below));

  let shapes;
  let events;
  let truncated;
  try {
    let answer;
    [shapes, answer] = await Promise.all([
      atlas(country ? 'countries-50m.json' : 'countries-110m.json'),
      api.events(country ? {...filters, country} : filters, MAX_EVENTS),
    ]);
    events = answer.events.filter(located);
    truncated = answer.truncated;
  } catch (e) {
    replace(holder, errorBox(e));
    return;
  }
  if (country) events = events.filter((ev) => ev.location.country === country);

  const target = country ? shapes.find((c) => c.id === numericCode(country)) : null;
  const box = target ? boundsOf(target.rings) : WORLD;
  const unit = (box.east - box.west) / WIDTH_PX; // map units per CSS pixel at the nominal width
  const svg = s('svg', {class: 'world-map', role: 'img', 'aria-label': t('map.title'),
    viewBox: `${box.west} ${-box.north} ${box.east - box.west} ${box.north - box.south}`,
    preserveAspectRatio: 'xMidYMid meet'});
  svg.appendChild(s('rect', {class: 'sea', x: box.west, y: -box.north, width: box.east - box.west,
    height: box.north - box.south}));

  const perCountry = new Map();
  for (const ev of events) {
    const c = ev.location.country;
    if (c) perCountry.set(c, (perCountry.get(c) || 0) + 1);
  }
  const maxCount = Math.max(1, ...perCountry.values());
  const shapeGroup = s('g', {class: 'countries'});
  for (const c of shapes) {
    if (c.id === '010') continue; // Antarctica: nothing happens there that news codes, and it takes a third of the map
    const a3 = c.id ? alpha3Of(c.id) : null;
    const n = a3 ? perCountry.get(a3) || 0 : 0;
    const path = s('path', {class: 'country' + (n ? ' has-events' : '') + (a3 === country ? ' focus' : ''),
      d: pathOf(c.rings, country ? 3 : 2), 'data-id': c.id, 'data-country': a3},
    s('title', null, (a3 ? countryName(a3) : c.name) + (n ? ' · ' + t('map.events', n) : '')));
    if (n && !country) path.style.fillOpacity = String(0.25 + 0.6 * (n / maxCount));
    if (a3 && !country) {
      path.addEventListener('click', () => {
        location.hash = link('map', a3, filters);
      });
    }
    shapeGroup.appendChild(path);
  }
  svg.appendChild(shapeGroup);

  // one circle per place: a store of many articles has many events at the same town, and one element each would
  // make the map slow without showing more
  const radius = (n) => Math.min(26, 3.5 + 2.2 * Math.sqrt(n));
  const markers = s('g', {class: 'markers'});
  for (const place of byPlace(events)) {
    const types = new Map();
    for (const ev of place.events) types.set(ev.type, (types.get(ev.type) || 0) + 1);
    const main = [...types].sort((a, b) => b[1] - a[1])[0][0];
    const m = s('circle', {class: 'marker', cx: place.lon, cy: -place.lat, r: radius(place.casualties) * unit,
      fill: colourOf(main), 'data-type': main, 'data-casualties': place.casualties, 'data-events': place.events.length,
      tabindex: 0},
    s('title', null, [placeText(place.events[0].location), t('map.events', place.events.length),
      place.casualties ? formatNumber(place.casualties) + ' ' + t('map.casualties') : null,
      [...types].map(([ty, n]) => typeName(ty) + (n > 1 ? ' ×' + n : '')).join(', ')].filter(Boolean).join(' · ')));
    m.style.strokeWidth = String(unit);
    const show = () => showEvents(below, placeText(place.events[0].location) || t('unknown'), place.events);
    m.addEventListener('click', show);
    m.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') show();
    });
    markers.appendChild(m);
  }
  svg.appendChild(markers);

  const provinces = country ? byProvince(events) : [];
  if (country) {
    const labels = s('g', {class: 'provinces'});
    const named = provinces.filter((p) => p.name);
    const rOf = (p) => (5 + 3 * Math.sqrt(p.events.length)) * unit;
    const placed = [];
    for (const p of named) {
      const r = rOf(p);
      // a label goes above its circle, or below it when that would cover another province's circle or a label
      // already drawn (neighbours such as Jakarta and West Java sit a few pixels apart)
      const half = p.name.length * 3.4 * unit;
      const clash = (y) => placed.some((b) => Math.abs(b.x - p.lon) < b.half + half && Math.abs(b.y - y) < 14 * unit)
        || named.some((o) => o !== p && Math.abs(o.lon - p.lon) < half + rOf(o)
          && -o.lat + rOf(o) > y - 12 * unit && -o.lat - rOf(o) < y + 2 * unit);
      let ly = -p.lat - r - 3 * unit;
      if (clash(ly) && !clash(-p.lat + r + 12 * unit)) ly = -p.lat + r + 12 * unit;
      placed.push({x: p.lon, y: ly, half});
      const ring = s('circle', {class: 'province', cx: p.lon, cy: -p.lat, r, 'data-province': p.name},
        s('title', null, p.name + ' · ' + t('map.events', p.events.length)));
      ring.style.strokeWidth = String(1.5 * unit);
      ring.addEventListener('click', () => showEvents(below, p.name, p.events));
      const text = s('text', {class: 'province-label', x: p.lon, y: ly,
        'text-anchor': 'middle'}, p.name);
      text.style.fontSize = String(12 * unit);
      text.style.strokeWidth = String(3 * unit);
      labels.append(ring, text);
    }
    // under the places' circles, which stay clickable
    svg.insertBefore(labels, markers);
  }

  const types = [...new Set(events.map((ev) => ev.type))].sort();
  replace(holder, svg,
    events.length === 0 ? h('p', {class: 'no-results overlay'}, t('map.none')) : null,
    truncated ? h('p', {class: 'note truncated'}, t('map.truncated', formatNumber(MAX_EVENTS))) : null,
    h('ul', {class: 'chart-legend'}, types.map((ty) => {
      const sw = h('span', {class: 'swatch round'});
      sw.style.backgroundColor = colourOf(ty);
      return h('li', {'data-key': ty}, sw, typeName(ty));
    })),
    h('p', {class: 'muted'}, t('map.legend')),
    country ? h('p', {class: 'note province-note'}, t('map.provinceNote')) : null,
    h('p', {class: 'muted attribution'}, t('map.attribution')));

  if (country) {
    replace(side, h('h2', null, t('map.provinces')), provinceTable(provinces, below));
  } else {
    replace(side, h('h2', null, t('facet.country')), countryTable(perCountry, filters));
  }
}

function byProvince(events) {
  const m = new Map();
  for (const ev of events) {
    const key = ev.location.admin1 || '';
    if (!m.has(key)) m.set(key, {name: key, events: [], lat: 0, lon: 0, casualties: 0});
    const p = m.get(key);
    p.events.push(ev);
    p.lat += ev.location.lat;
    p.lon += ev.location.lon;
    p.casualties += casualties(ev);
  }
  const out = [...m.values()];
  for (const p of out) {
    p.lat /= p.events.length;
    p.lon /= p.events.length;
  }
  return out.sort((a, b) => b.events.length - a.events.length || a.name.localeCompare(b.name));
}

function provinceTable(provinces, below) {
  if (provinces.length === 0) return h('p', {class: 'muted'}, t('map.none'));
  return h('table', {class: 'province-table'},
    h('thead', null, h('tr', null, h('th', null, t('map.province')), h('th', {class: 'num'}, t('article.events')),
      h('th', {class: 'num'}, t('map.casualtiesHead')))),
    h('tbody', null, provinces.map((p) => {
      const row = h('tr', {class: 'clickable', 'data-province': p.name, tabIndex: 0},
        h('td', null, p.name || t('map.unknownProvince')), h('td', {class: 'num'}, formatNumber(p.events.length)),
        h('td', {class: 'num'}, formatNumber(p.casualties)));
      row.addEventListener('click', () => showEvents(below, p.name || t('map.unknownProvince'), p.events));
      row.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') showEvents(below, p.name || t('map.unknownProvince'), p.events);
      });
      return row;
    })));
}

/** Events of one place, biggest toll first (the larger circles drawn first, so the small stay clickable). */
function byPlace(events) {
  const m = new Map();
  for (const ev of events) {
    const key = ev.location.lat.toFixed(3) + ',' + ev.location.lon.toFixed(3);
    if (!m.has(key)) m.set(key, {lat: ev.location.lat, lon: ev.location.lon, events: [], casualties: 0});
    const p = m.get(key);
    p.events.push(ev);
    p.casualties += casualties(ev);
  }
  return [...m.values()].sort((a, b) => b.casualties - a.casualties);
}

function showEvents(below, title, events) {
  replace(below, h('h2', null, title + ' · ' + t('map.events', events.length)),
    h('ol', {class: 'events grid'}, events.map((ev, i) => {
      const card = eventCard(ev, i, null);
      if (ev.story) {
        card.appendChild(h('a', {class: 'story-link', href: link('story', ev.story)}, t('story.title') + ' →'));
      }
      return card;
    })));
  below.scrollIntoView({block: 'start', behavior: 'smooth'});
}

function countryTable(perCountry, filters) {
  const rows = [...perCountry].sort((a, b) => b[1] - a[1]);
  if (rows.length === 0) return h('p', {class: 'muted'}, t('none'));
  return h('table', {class: 'country-table'},
    h('tbody', null, rows.map(([a3, n]) => h('tr', {'data-country': a3},
      h('td', null, h('a', {href: link('map', a3, filters)}, countryName(a3))),
      h('td', {class: 'num'}, formatNumber(n))))));
}
