// Event records as readers see them: type, actor → target, place, date, casualties.

import {h} from './dom.js';
import {t, typeName, countryName, formatDate, formatNumber} from './i18n.js';

// One colour per PLOVER category, neighbours in the ontology told apart: cooperation in greens and blues, verbal
// conflict in yellows and oranges, material conflict in reds and browns.
const TYPE_COLOURS = {
  AGREE: '#2e7d32', CONSULT: '#00838f', SUPPORT: '#9ccc65', CONCEDE: '#c0ca33', COOPERATE: '#039be5',
  AID: '#80deea', RETREAT: '#8d6e63', REQUEST: '#3949ab', ACCUSE: '#fbc02d', REJECT: '#ef6c00',
  THREATEN: '#f06292', PROTEST: '#8e24aa', SANCTION: '#5d4037', MOBILIZE: '#546e7a', COERCE: '#e53935',
  ASSAULT: '#7f0000',
};
const OTHER_COLOURS = ['#3949ab', '#00897b', '#f4511e', '#6d4c41', '#c0ca33', '#8e24aa', '#039be5', '#e53935'];

/** The colour of a series key: a PLOVER type's own colour, else one picked from the key so it stays the same. */
export function colourOf(key) {
  if (TYPE_COLOURS[key]) return TYPE_COLOURS[key];
  let hash = 0;
  for (const ch of String(key)) hash = (hash * 31 + ch.charCodeAt(0)) | 0;
  return OTHER_COLOURS[Math.abs(hash) % OTHER_COLOURS.length];
}

/** Whether dark text reads better than white on this #rrggbb colour (relative luminance above about 0.45). */
function light(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.45;
}

export function typeBadge(type) {
  const el = h('span', {class: 'type-badge', 'data-type': type, title: type}, typeName(type));
  const colour = colourOf(type);
  el.style.backgroundColor = colour;
  el.style.color = light(colour) ? '#1d1d1f' : '#fff';
  return el;
}

function party(p, role) {
  if (!p || !p.name) return h('span', {class: 'party none', title: t(role)}, t('unknown'));
  const members = Array.isArray(p.members) && p.members.length ? ' (' + p.members.join(', ') + ')' : '';
  return h('span', {class: 'party', title: t(role)}, p.name + members,
    p.country ? h('span', {class: 'country-code', title: countryName(p.country)}, ' ' + p.country) : null,
    p.sector ? h('span', {class: 'sector'}, ' ' + p.sector) : null);
}

/** The place of an event as one line: name, province, country. */
export function placeText(loc) {
  if (!loc) return null;
  const parts = [];
  if (loc.name) parts.push(loc.name);
  if (loc.admin1 && loc.admin1 !== loc.name) parts.push(loc.admin1);
  if (loc.country) parts.push(countryName(loc.country));
  return parts.length ? parts.join(', ') : null;
}

/** Killed, injured, arrested and crowd size as short phrases; empty when none is known. */
export function casualtyText(ev) {
  const out = [];
  const approx = ev.approximate ? '±' : '';
  if (ev.killed != null) out.push(formatNumber(ev.killed) + ' ' + t('event.killed'));
  if (ev.injured != null) out.push(formatNumber(ev.injured) + ' ' + t('event.injured'));
  if (ev.arrested != null) out.push(formatNumber(ev.arrested) + ' ' + t('event.arrested'));
  if (ev.size != null) out.push(t('event.size') + ' ' + approx + formatNumber(ev.size));
  return out;
}

/** An event record as a list item; onShow(ev, index) makes the card a button that shows its evidence. */
export function eventCard(ev, index, onShow) {
  const flags = [];
  if (ev.negated) flags.push(t('event.negated'));
  if (ev.reported) flags.push(t('event.reported'));
  if (ev.modality === 'planned' || ev.modality === 'hypothetical') flags.push(t('event.' + ev.modality));
  const place = placeText(ev.location);
  const casualties = casualtyText(ev);
  const card = h('li', {class: 'event', 'data-index': index, 'data-type': ev.type},
    h('div', {class: 'event-head'}, typeBadge(ev.type),
      ev.mode ? h('span', {class: 'mode'}, ev.mode) : null,
      flags.length ? h('span', {class: 'flags'}, flags.join(' · ')) : null,
      typeof ev.confidence === 'number'
        ? h('span', {class: 'confidence', title: t('event.confidence')}, Math.round(ev.confidence * 100) + '%') : null),
    h('div', {class: 'who'}, party(ev.actor, 'event.actor'), h('span', {class: 'arrow', 'aria-hidden': 'true'}, ' → '),
      ev.target ? party(ev.target, 'event.target') : h('span', {class: 'party none'}, t('none'))),
    h('dl', {class: 'event-facts'},
      h('dt', null, t('event.place')), h('dd', {class: 'place'}, place || t('unknown')),
      h('dt', null, t('event.date')), h('dd', {class: 'date'}, ev.date ? formatDate(ev.date) : t('unknown'))),
    casualties.length ? h('div', {class: 'casualties'}, casualties.join(' · ')) : null,
    Array.isArray(ev.articles) && ev.articles.length
      ? h('div', {class: 'from-articles'}, t('event.articles', ev.articles.length)) : null);
  if (onShow) {
    card.classList.add('clickable');
    card.tabIndex = 0;
    card.title = t('event.show');
    card.addEventListener('click', () => onShow(ev, index));
    card.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onShow(ev, index);
      }
    });
  }
  return card;
}
