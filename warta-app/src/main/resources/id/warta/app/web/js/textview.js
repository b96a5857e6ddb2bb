// An analysed text with its layers highlighted (entities, event evidence, and on the analyze page quantities, times
// and quotes), a legend whose checkboxes show or hide each layer, and a way to point at one event's evidence.

import {h} from './dom.js';
import {highlight} from './highlight.js';
import {t} from './i18n.js';

const ENTITY_LAYERS = ['person', 'org', 'loc'];

function entityLayer(type) {
  return ENTITY_LAYERS.includes(type) ? type : 'other';
}

/**
 * @param rec    an analysis record (text, entities, events, quantities, times, quotes)
 * @param layers the layers to draw, e.g. ['person','org','loc','other','evidence']
 * @returns {legend, body, showEvent(index)}
 */
export function textView(rec, layers) {
  const text = typeof rec.text === 'string' ? rec.text : '';
  const outer = [];
  const inner = [];
  if (layers.includes('evidence')) {
    (rec.events || []).forEach((ev, i) => {
      for (const e of ev.evidence || []) outer.push({start: e.start, end: e.end, cls: 'evidence', id: i});
    });
  }
  if (layers.includes('quote')) {
    for (const q of rec.quotes || []) outer.push({start: q.start, end: q.end, cls: 'quote'});
  }
  for (const ent of rec.entities || []) {
    const layer = entityLayer(ent.type);
    if (!layers.includes(layer)) continue;
    const title = ent.type + (ent.kind ? ' · ' + ent.kind : '') + (ent.country ? ' · ' + ent.country : '');
    for (const m of ent.mentions || []) {
      inner.push({start: m.start, end: m.end, cls: 'ent ent-' + layer, title, id: ent.text});
    }
  }
  if (layers.includes('quantity')) {
    for (const q of rec.quantities || []) {
      inner.push({start: q.start, end: q.end, cls: 'quantity', title: (q.kind || '') + ' = ' + q.value});
    }
  }
  if (layers.includes('time')) {
    for (const tm of rec.times || []) {
      inner.push({start: tm.start, end: tm.end, cls: 'time', title: tm.value || ''});
    }
  }

  const body = h('div', {class: 'article-text', lang: rec.language || null}, highlight(text, outer, inner));
  // the legend names only the layers this text has
  const present = new Set([...outer, ...inner].map((sp) => sp.cls === 'evidence' || sp.cls === 'quote'
    ? sp.cls : sp.cls.startsWith('ent ') ? sp.cls.slice('ent ent-'.length) : sp.cls));
  const legend = h('div', {class: 'legend', role: 'group', 'aria-label': t('legend')},
    h('span', {class: 'legend-title'}, t('legend') + ':'),
    layers.filter((layer) => present.has(layer)).map((layer) => {
      const box = h('input', {type: 'checkbox', checked: true, 'data-layer': layer});
      box.addEventListener('change', () => body.classList.toggle('hide-' + layer, !box.checked));
      return h('label', {class: 'legend-item'}, box, h('span', {class: 'swatch sw-' + layer}), t('layer.' + layer));
    }));

  function showEvent(index) {
    let first = null;
    for (const el of body.querySelectorAll('.evidence')) {
      const on = el.dataset.ids.split(' ').includes(String(index));
      el.classList.toggle('active', on);
      if (on && first === null) first = el;
    }
    if (first) first.scrollIntoView({block: 'center', behavior: 'smooth'});
  }
  return {legend, body, showEvent};
}

/** The entities of a record as a compact list: name, type, mention count. */
export function entityList(rec) {
  const ents = [...(rec.entities || [])].sort((a, b) => (b.mentions || []).length - (a.mentions || []).length);
  return h('ul', {class: 'entity-list'}, ents.map((ent) =>
    h('li', {class: 'entity', 'data-type': entityLayer(ent.type)},
      h('span', {class: 'swatch sw-' + entityLayer(ent.type)}), h('span', {class: 'name'}, ent.text),
      ent.country ? h('span', {class: 'country-code'}, ent.country) : null,
      h('span', {class: 'count'}, '×' + (ent.mentions || []).length))));
}
