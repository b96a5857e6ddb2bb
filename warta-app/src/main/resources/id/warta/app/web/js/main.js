// The single-page app: header with navigation and language switch, and the page for the current hash route.

import {h, replace} from './dom.js';
import {t, lang, setLang, loadCountries} from './i18n.js';
import {current, link, filtersOf} from './route.js';
import {renderSearch} from './search.js';
import {renderArticle, renderStory} from './article.js';
import {renderTimeline} from './timeline.js';
import {renderMap} from './map.js';
import {renderAnalyze} from './analyze.js';

const view = document.getElementById('view');
const header = document.getElementById('top');

function renderHeader(route) {
  const filters = route.page === 'search' || route.page === 'timeline' || route.page === 'map'
    ? filtersOf(route.params) : {};
  const nav = [['search', t('nav.search')], ['timeline', t('nav.timeline')], ['map', t('nav.map')],
    ['analyze', t('nav.analyze')]].map(([page, label]) => h('a', {href: link(page, null, page === 'analyze' ? {} : filters),
    class: route.page === page ? 'current' : null, 'data-page': page,
    'aria-current': route.page === page ? 'page' : null}, label));
  const select = h('select', {id: 'ui-lang', 'aria-label': t('lang.label')},
    h('option', {value: 'id', selected: lang() === 'id'}, 'Bahasa Indonesia'),
    h('option', {value: 'en', selected: lang() === 'en'}, 'English'));
  select.addEventListener('change', () => {
    setLang(select.value);
    render();
  });
  replace(header, h('a', {class: 'brand', href: '#/search'}, 'Warta'),
    h('span', {class: 'tagline'}, t('tagline')), h('nav', {class: 'main-nav'}, nav), select);
}

let rendering = 0;

async function render() {
  const route = current();
  const mine = ++rendering;
  renderHeader(route);
  const known = ['search', 'article', 'story', 'timeline', 'map', 'analyze'].includes(route.page);
  document.title = 'Warta · ' + t('nav.' + (known ? route.page : 'search'));
  view.dataset.page = route.page;
  view.dataset.route = location.hash;
  view.dataset.ready = 'false';
  switch (route.page) {
    case 'article':
      await renderArticle(view, route.arg);
      break;
    case 'story':
      await renderStory(view, route.arg);
      break;
    case 'timeline':
      await renderTimeline(view, route.params);
      break;
    case 'map':
      await renderMap(view, route.params, route.arg);
      break;
    case 'analyze':
      renderAnalyze(view);
      break;
    default:
      await renderSearch(view, route.params);
  }
  // tests can tell a finished page from one still loading, and which address it was drawn for
  if (mine === rendering) view.dataset.ready = 'true';
}

setLang(lang());
window.addEventListener('hashchange', () => {
  window.scrollTo(0, 0);
  render();
});
loadCountries().catch(() => null).then(render);
