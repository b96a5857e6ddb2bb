// The article page: clean text with entity mentions and event evidence highlighted, the event records beside it.
// The story page: the outlets that reported a story, its articles and its story-level events.

import * as api from './api.js';
import {h, replace, outsideLink} from './dom.js';
import {t, languageName, formatDate} from './i18n.js';
import {link} from './route.js';
import {eventCard} from './events.js';
import {textView, entityList} from './textview.js';
import {lastSearchLink, errorBox} from './search.js';

// Each page draws into its own holder: a page left before its data came fills a holder no longer shown, never the
// page that replaced it.
function holder(view) {
  const el = h('div', {class: 'page'}, h('p', {class: 'loading'}, t('loading')));
  replace(view, el);
  return el;
}

export async function renderArticle(view, id) {
  const page = holder(view);
  let rec;
  try {
    rec = await api.article(id);
  } catch (e) {
    replace(page, e.status === 404 ? h('p', {class: 'not-found'}, t('article.notFound')) : errorBox(e));
    return;
  }
  const tv = textView(rec, ['person', 'org', 'loc', 'evidence']);
  const events = rec.events || [];
  const list = h('ol', {class: 'events'}, events.map((ev, i) => eventCard(ev, i, (e, index) => {
    for (const c of list.children) c.classList.toggle('active', c.dataset.index === String(index));
    tv.showEvent(index);
  })));
  const meta = h('div', {class: 'article-meta'},
    rec.site ? h('span', {class: 'site'}, rec.site) : null,
    rec.published ? h('span', {class: 'date', title: rec.published}, formatDate(rec.published, true)) : null,
    rec.language ? h('span', {class: 'language'}, languageName(rec.language)) : null,
    Array.isArray(rec.authors) && rec.authors.length
      ? h('span', {class: 'authors'}, t('article.byline') + ' ' + rec.authors.join(', ')) : null);
  replace(page, h('article', {class: 'article-page', 'data-id': rec.id || id},
    h('a', {class: 'back', href: lastSearchLink()}, t('article.back')),
    h('div', {class: 'article-layout'},
      h('div', {class: 'article-main'},
        h('h1', {class: 'article-title'}, rec.title || t('none')),
        meta,
        rec.url ? h('div', {class: 'source'}, t('article.source') + ': ', outsideLink(rec.url)) : null,
        h('div', {class: 'article-links'},
          rec.story ? h('a', {class: 'story-link', href: link('story', rec.story)}, t('article.story')) : null,
          rec.duplicateOf ? h('span', {class: 'duplicate'}, t('article.duplicate') + ' ',
            h('a', {href: link('article', rec.duplicateOf)}, rec.duplicateOf)) : null),
        tv.legend, tv.body),
      h('aside', {class: 'article-side'},
        h('h2', null, t('article.events') + ' (' + events.length + ')'),
        events.length ? list : h('p', {class: 'muted'}, t('article.noEvents')),
        h('h2', null, t('article.entities') + ' (' + (rec.entities || []).length + ')'),
        entityList(rec)))));
}

export async function renderStory(view, id) {
  const page = holder(view);
  let st;
  try {
    st = await api.story(id);
  } catch (e) {
    replace(page, e.status === 404 ? h('p', {class: 'not-found'}, t('story.notFound')) : errorBox(e));
    return;
  }
  const sites = st.sites || [];
  const articles = st.articles || [];
  const events = st.events || [];
  replace(page, h('section', {class: 'story-page', 'data-id': st.id},
    h('a', {class: 'back', href: lastSearchLink()}, t('article.back')),
    h('p', {class: 'kicker'}, t('story.title')),
    h('h1', null, st.title || t('none')),
    h('p', {class: 'story-span'}, t('story.span') + ': ' + formatDate(st.first, true) + ' – ' + formatDate(st.last, true)),
    h('div', {class: 'article-layout'},
      h('div', {class: 'article-main'},
        h('h2', null, t('story.outlets', sites.length)),
        h('ul', {class: 'outlets'}, sites.map((s) => h('li', {class: 'outlet'}, s))),
        h('h2', null, t('story.articles') + ' (' + articles.length + ')'),
        h('ol', {class: 'story-articles'}, articles.map((a) => h('li', {class: 'story-article', 'data-id': a.id},
          h('a', {class: 'hit-title', href: link('article', a.id)}, a.title || a.id),
          h('div', {class: 'hit-meta'},
            a.site ? h('span', {class: 'site'}, a.site) : null,
            a.published ? h('span', {class: 'date'}, formatDate(a.published, true)) : null,
            a.url ? outsideLink(a.url) : null))))),
      h('aside', {class: 'article-side'},
        h('h2', null, t('story.events') + ' (' + events.length + ')'),
        events.length ? h('ol', {class: 'events'}, events.map((ev, i) => eventCard(ev, i, null)))
          : h('p', {class: 'muted'}, t('article.noEvents'))))));
}
