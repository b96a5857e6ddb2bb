// The analyze page: paste HTML or text, see POST /analyze's record as you type (nothing is stored).

import * as api from './api.js';
import {h, replace} from './dom.js';
import {t, languageName, formatDate} from './i18n.js';
import {eventCard} from './events.js';
import {textView, entityList} from './textview.js';
import {errorBox} from './search.js';

const WAIT_MS = 700;
let draft = '';

// A short article of our own, so a first visit shows what the analysis finds without pasting anything.
const EXAMPLE = 'Nelayan Demak Tolak Reklamasi Pantai\n\n'
  + 'DEMAK - Sekitar 200 nelayan dari Kecamatan Sayung, Demak, Jawa Tengah, berunjuk rasa di depan kantor bupati '
  + 'pada Kamis (16/1/2025). Mereka menolak rencana reklamasi pantai seluas 40 hektare yang dinilai merusak '
  + 'tempat mencari ikan.\n\n'
  + '"Kalau pantai diurug, kami mau melaut di mana?" kata Ketua Kelompok Nelayan Sayung, Slamet Riyadi.\n\n'
  + 'Polisi mengamankan dua orang yang mencoba menerobos pagar kantor. Wakil Bupati Demak berjanji menemui '
  + 'perwakilan nelayan pekan depan.';

export function renderAnalyze(view) {
  const area = h('textarea', {id: 'analyze-input', rows: 14, spellcheck: 'false', 'aria-label': t('analyze.title')});
  area.value = draft;
  const format = h('select', {name: 'format', 'aria-label': t('analyze.format')},
    ['auto', 'html', 'text'].map((f) => h('option', {value: f}, t('format.' + f))));
  const button = h('button', {type: 'submit', class: 'primary'}, t('analyze.button'));
  const status = h('span', {class: 'status muted', 'aria-live': 'polite'});
  const example = h('button', {type: 'button', class: 'example'}, t('analyze.example'));
  example.addEventListener('click', () => {
    area.value = EXAMPLE;
    format.value = 'text';
    run();
  });
  const out = h('div', {class: 'analysis'}, h('p', {class: 'muted'}, t('analyze.empty')));
  const form = h('form', {class: 'analyze-form'}, area,
    h('div', {class: 'controls'}, h('label', {class: 'control'}, t('analyze.format') + ' ', format), button, example, status));
  replace(view, h('section', {class: 'analyze-page'}, h('h1', null, t('analyze.title')),
    h('p', {class: 'muted'}, t('analyze.hint')), form, out));

  let timer = null;
  let running = null;
  async function run() {
    clearTimeout(timer);
    const body = area.value;
    draft = body;
    if (body.trim() === '') {
      replace(out, h('p', {class: 'muted'}, t('analyze.empty')));
      return;
    }
    if (running) running.abort();
    const mine = new AbortController();
    running = mine;
    const html = format.value === 'html' || (format.value === 'auto' && /^\s*</.test(body));
    status.textContent = t('analyze.working');
    try {
      const rec = await api.analyze(body, html ? 'text/html' : 'text/plain', mine.signal);
      if (running !== mine) return;
      replace(out, result(rec));
      status.textContent = '';
    } catch (e) {
      if (e.name === 'AbortError' || running !== mine) return;
      status.textContent = '';
      replace(out, errorBox(e));
    }
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run();
  });
  area.addEventListener('input', () => {
    draft = area.value;
    clearTimeout(timer);
    timer = setTimeout(run, WAIT_MS);
  });
  format.addEventListener('change', run);
  if (draft.trim() !== '') run();
}

function result(rec) {
  if (rec.status && rec.status !== 'ok') {
    return h('div', {class: 'error', role: 'alert'}, h('strong', null, t('analyze.failed') + ': '),
      rec.errorCode ? h('code', null, rec.errorCode + ' ') : null, rec.error || '');
  }
  const tv = textView(rec, ['person', 'org', 'loc', 'other', 'quantity', 'time', 'quote', 'evidence']);
  const events = rec.events || [];
  const list = h('ol', {class: 'events'}, events.map((ev, i) => eventCard(ev, i, (e, index) => {
    for (const c of list.children) c.classList.toggle('active', c.dataset.index === String(index));
    tv.showEvent(index);
  })));
  const quantities = rec.quantities || [];
  const times = rec.times || [];
  const quotes = rec.quotes || [];
  return h('div', {class: 'article-layout'},
    h('div', {class: 'article-main'},
      h('h2', {class: 'article-title'}, rec.title || t('none')),
      h('div', {class: 'article-meta'},
        rec.language ? h('span', {class: 'language'}, t('analyze.language') + ': ' + languageName(rec.language)) : null,
        rec.published ? h('span', {class: 'date'}, formatDate(rec.published, true)) : null),
      tv.legend, tv.body),
    h('aside', {class: 'article-side'},
      h('h2', null, t('article.events') + ' (' + events.length + ')'),
      events.length ? list : h('p', {class: 'muted'}, t('article.noEvents')),
      h('h2', null, t('article.entities') + ' (' + (rec.entities || []).length + ')'), entityList(rec),
      quantities.length ? [h('h2', null, t('analyze.quantities') + ' (' + quantities.length + ')'),
        h('ul', {class: 'plain-list quantities'}, quantities.map((q) =>
          h('li', null, h('span', {class: 'quantity'}, q.text), ' = ' + q.value + (q.kind ? ' (' + q.kind + ')' : ''))))] : null,
      times.length ? [h('h2', null, t('analyze.times') + ' (' + times.length + ')'),
        h('ul', {class: 'plain-list times'}, times.map((tm) =>
          h('li', null, h('span', {class: 'time'}, tm.text), ' = ' + (tm.value || t('unknown')))))] : null,
      quotes.length ? [h('h2', null, t('analyze.quotes') + ' (' + quotes.length + ')'),
        h('ul', {class: 'plain-list quotes'}, quotes.map((q) =>
          h('li', null, h('q', null, q.text), q.speaker ? ' — ' + q.speaker + (q.role ? ', ' + q.role : '') : null)))]
        : null));
}
