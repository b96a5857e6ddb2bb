// Text with highlighted spans, built from offsets into it (the record's start/end, UTF-16 like JavaScript
// strings). Two layers: outer spans (event evidence, quotes) may overlap each other and become one element per run
// of equal cover; inner spans (entity mentions, quantities, times) nest inside them, and of two inner spans that
// overlap the earlier (then the longer) wins. Everything is text nodes.

import {h} from './dom.js';

/**
 * @param text  the text
 * @param outer [{start, end, cls, id}]: id is written to data-ids of every element the span covers
 * @param inner [{start, end, cls, title, id, tag}]: tag defaults to mark
 */
export function highlight(text, outer = [], inner = []) {
  const len = text.length;
  const valid = (sp) => Number.isInteger(sp.start) && Number.isInteger(sp.end) && sp.start < sp.end
    && sp.start >= 0 && sp.end <= len;
  const outs = outer.filter(valid);
  const ins = chooseInner(inner.filter(valid));

  const cuts = new Set([0, len]);
  for (const sp of outs) cuts.add(sp.start).add(sp.end);
  for (const sp of ins) cuts.add(sp.start).add(sp.end);
  const points = [...cuts].sort((a, b) => a - b);

  const starts = groupBy(outs, (sp) => sp.start);
  const ends = groupBy(outs, (sp) => sp.end);
  const active = new Set();
  let innerAt = 0;

  const frag = document.createDocumentFragment();
  let outerEl = null;
  let outerKey = '';
  let innerEl = null;
  let innerSpan = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    for (const sp of ends.get(a) || []) active.delete(sp);
    for (const sp of starts.get(a) || []) active.add(sp);
    while (innerAt < ins.length && ins[innerAt].end <= a) innerAt++;
    const inSpan = innerAt < ins.length && ins[innerAt].start <= a ? ins[innerAt] : null;

    const key = [...active].map((sp) => outs.indexOf(sp)).sort((x, y) => x - y).join(' ');
    if (key !== outerKey) {
      outerKey = key;
      if (key === '') {
        outerEl = null;
      } else {
        const classes = new Set(['hl-outer']);
        const ids = [];
        for (const sp of active) {
          classes.add(sp.cls);
          if (sp.id !== undefined) ids.push(sp.id);
        }
        outerEl = h('span', {class: [...classes].join(' '), 'data-ids': ids.join(' ')});
        frag.appendChild(outerEl);
      }
      innerEl = null;
      innerSpan = null;
    }
    const parent = outerEl || frag;
    const piece = document.createTextNode(text.slice(a, b));
    if (inSpan) {
      if (inSpan !== innerSpan || innerEl === null) {
        innerEl = h(inSpan.tag || 'mark', {class: inSpan.cls, title: inSpan.title, 'data-id': inSpan.id});
        parent.appendChild(innerEl);
        innerSpan = inSpan;
      }
      innerEl.appendChild(piece);
    } else {
      innerEl = null;
      innerSpan = null;
      parent.appendChild(piece);
    }
  }
  return frag;
}

function chooseInner(spans) {
  const sorted = [...spans].sort((x, y) => x.start - y.start || (y.end - y.start) - (x.end - x.start));
  const kept = [];
  let reach = 0;
  for (const sp of sorted) {
    if (sp.start >= reach) {
      kept.push(sp);
      reach = sp.end;
    }
  }
  return kept;
}

function groupBy(items, key) {
  const m = new Map();
  for (const it of items) {
    const k = key(it);
    if (!m.has(k)) m.set(k, []);
    m.get(k).push(it);
  }
  return m;
}

/** A search snippet: its text with the query's matches as <mark>. */
export function snippet(sn) {
  if (!sn || typeof sn.text !== 'string') return document.createDocumentFragment();
  const marks = (sn.marks || []).map((m) => ({start: m.start, end: m.end, cls: 'q'}));
  return highlight(sn.text, [], marks);
}
