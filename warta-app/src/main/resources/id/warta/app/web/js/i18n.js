// Interface text in Indonesian and English. The language comes from the user's choice (kept in localStorage), else
// from the browser's first preferred language: Indonesian for id-*, English otherwise.

const TEXT = {
  id: {
    'nav.search': 'Cari', 'nav.article': 'Artikel', 'nav.story': 'Cerita',
    'nav.timeline': 'Linimasa', 'nav.map': 'Peta', 'nav.analyze': 'Analisis teks',
    'lang.label': 'Bahasa antarmuka',
    'tagline': 'Berita menjadi artikel bersih, entitas, dan peristiwa',
    'search.placeholder': 'Cari berita, mis. unjuk rasa Jakarta', 'search.button': 'Cari',
    'search.total': (n) => `${n} artikel`, 'search.none': 'Tidak ada artikel yang cocok.',
    'search.empty': 'Belum ada artikel di penyimpanan. Masukkan berita dengan "warta ingest" atau POST /ingest.',
    'search.tryAnalyze': 'Sementara itu, coba analisis sebuah teks berita tanpa menyimpannya →',
    'search.prev': '← Sebelumnya', 'search.next': 'Berikutnya →', 'search.page': (p, n) => `Halaman ${p} dari ${n}`,
    'filters': 'Saring', 'filters.clear': 'Hapus semua saringan', 'filters.remove': 'Hapus saringan',
    'facet.country': 'Negara', 'facet.type': 'Jenis peristiwa', 'facet.entity': 'Entitas', 'facet.site': 'Situs',
    'facet.language': 'Bahasa', 'facet.date': 'Tanggal terbit', 'facet.from': 'Dari', 'facet.to': 'Sampai',
    'facet.apply': 'Terapkan', 'facet.more': 'lainnya', 'q': 'Kata kunci',
    'hit.story': 'Cerita',
    'article.back': '← Kembali ke hasil', 'article.source': 'Sumber',
    'article.story': 'Lihat cerita ini dari semua media', 'article.duplicate': 'Salinan dari',
    'article.entities': 'Entitas', 'article.events': 'Peristiwa', 'article.noEvents': 'Tidak ada peristiwa terdeteksi.',
    'article.byline': 'Penulis', 'article.notFound': 'Artikel tidak ditemukan.',
    'legend': 'Sorotan', 'layer.person': 'Orang', 'layer.org': 'Organisasi', 'layer.loc': 'Tempat',
    'layer.other': 'Entitas lain', 'layer.evidence': 'Bukti peristiwa', 'layer.quantity': 'Jumlah',
    'layer.time': 'Waktu', 'layer.quote': 'Kutipan',
    'event.actor': 'Pelaku', 'event.target': 'Sasaran', 'event.place': 'Tempat', 'event.date': 'Tanggal',
    'event.killed': 'tewas', 'event.injured': 'luka', 'event.arrested': 'ditangkap', 'event.size': 'massa',
    'event.negated': 'disangkal', 'event.planned': 'direncanakan', 'event.hypothetical': 'pengandaian', 'event.reported': 'dilaporkan', 'event.confidence': 'keyakinan',
    'event.articles': (n) => `dari ${n} artikel`, 'event.show': 'Tunjukkan bukti di teks',
    'story.title': 'Cerita', 'story.outlets': (n) => `Diberitakan oleh ${n} media`, 'story.articles': 'Artikel',
    'story.events': 'Peristiwa tingkat cerita', 'story.span': 'Rentang', 'story.notFound': 'Cerita tidak ditemukan.',
    'timeline.title': 'Peristiwa per hari menurut jenis', 'timeline.interval': 'Interval', 'timeline.by': 'Menurut',
    'interval.day': 'hari', 'interval.week': 'minggu', 'interval.month': 'bulan', 'by.type': 'jenis', 'by.country': 'negara',
    'timeline.none': 'Tidak ada peristiwa bertanggal untuk saringan ini.', 'timeline.count': 'Jumlah peristiwa',
    'timeline.hint': 'Klik sebuah batang untuk mencari artikel jenis itu yang terbit pada periode tersebut.',
    'map.title': 'Peta peristiwa', 'map.world': 'Dunia', 'map.drill': (c) => `Perbesar ke ${c}`,
    'map.legend': 'Satu lingkaran per tempat; ukurannya = korban (tewas + luka), yang terkecil tanpa korban. ' +
      'Klik untuk melihat peristiwanya.',
    'map.none': 'Tidak ada peristiwa dengan koordinat untuk saringan ini.',
    'map.truncated': (n) => `Hanya ${n} peristiwa pertama yang dibaca; persempit dengan saringan (tanggal, negara, jenis) untuk melihat sisanya.`,
    'map.provinces': 'Provinsi', 'map.events': (n) => `${n} peristiwa`,
    'map.provinceNote': 'Batas provinsi tidak digambar: belum ada data bentuk provinsi yang boleh disertakan. ' +
      'Setiap provinsi ditandai lingkaran di titik rata-rata lokasi peristiwanya (admin1 dari geocoder).',
    'map.casualties': 'korban', 'map.casualtiesHead': 'Korban', 'map.province': 'Provinsi', 'map.unknownProvince': '(provinsi tidak diketahui)',
    'map.attribution': 'Bentuk negara: Natural Earth (domain publik) melalui world-atlas.',
    'analyze.title': 'Analisis teks langsung', 'analyze.hint': 'Tempel HTML atau teks berita. Hasil diperbarui saat Anda mengetik; tidak ada yang disimpan.',
    'analyze.button': 'Analisis', 'analyze.format': 'Format', 'format.auto': 'otomatis', 'format.html': 'HTML', 'format.text': 'teks',
    'analyze.working': 'Menganalisis…', 'analyze.quantities': 'Jumlah', 'analyze.times': 'Waktu', 'analyze.quotes': 'Kutipan',
    'analyze.failed': 'Dokumen tidak dapat diproses', 'analyze.empty': 'Hasil analisis akan muncul di sini.',
    'analyze.language': 'Bahasa', 'analyze.example': 'Coba contoh',
    'error': 'Terjadi kesalahan', 'loading': 'Memuat…', 'none': '—', 'unknown': 'tidak diketahui',
  },
  en: {
    'nav.search': 'Search', 'nav.article': 'Article', 'nav.story': 'Story',
    'nav.timeline': 'Timeline', 'nav.map': 'Map', 'nav.analyze': 'Analyze text',
    'lang.label': 'Interface language',
    'tagline': 'News turned into clean articles, entities and events',
    'search.placeholder': 'Search the news, e.g. protest Jakarta', 'search.button': 'Search',
    'search.total': (n) => `${n} article${n === 1 ? '' : 's'}`, 'search.none': 'No article matches.',
    'search.empty': 'The store has no articles yet. Add news with "warta ingest" or POST /ingest.',
    'search.tryAnalyze': 'Meanwhile, try analysing a news text without storing it →',
    'search.prev': '← Previous', 'search.next': 'Next →', 'search.page': (p, n) => `Page ${p} of ${n}`,
    'filters': 'Filters', 'filters.clear': 'Clear all filters', 'filters.remove': 'Remove filter',
    'facet.country': 'Country', 'facet.type': 'Event type', 'facet.entity': 'Entity', 'facet.site': 'Site',
    'facet.language': 'Language', 'facet.date': 'Published', 'facet.from': 'From', 'facet.to': 'To',
    'facet.apply': 'Apply', 'facet.more': 'more', 'q': 'Keywords',
    'hit.story': 'Story',
    'article.back': '← Back to results', 'article.source': 'Source',
    'article.story': 'See this story across outlets', 'article.duplicate': 'Copy of',
    'article.entities': 'Entities', 'article.events': 'Events', 'article.noEvents': 'No events detected.',
    'article.byline': 'By', 'article.notFound': 'Article not found.',
    'legend': 'Highlights', 'layer.person': 'People', 'layer.org': 'Organisations', 'layer.loc': 'Places',
    'layer.other': 'Other entities', 'layer.evidence': 'Event evidence', 'layer.quantity': 'Quantities',
    'layer.time': 'Times', 'layer.quote': 'Quotes',
    'event.actor': 'Actor', 'event.target': 'Target', 'event.place': 'Place', 'event.date': 'Date',
    'event.killed': 'killed', 'event.injured': 'injured', 'event.arrested': 'arrested', 'event.size': 'crowd',
    'event.negated': 'negated', 'event.planned': 'planned', 'event.hypothetical': 'hypothetical', 'event.reported': 'reported', 'event.confidence': 'confidence',
    'event.articles': (n) => `from ${n} article${n === 1 ? '' : 's'}`, 'event.show': 'Show evidence in the text',
    'story.title': 'Story', 'story.outlets': (n) => `Reported by ${n} outlet${n === 1 ? '' : 's'}`, 'story.articles': 'Articles',
    'story.events': 'Story-level events', 'story.span': 'Span', 'story.notFound': 'Story not found.',
    'timeline.title': 'Events per day by type', 'timeline.interval': 'Interval', 'timeline.by': 'By',
    'interval.day': 'day', 'interval.week': 'week', 'interval.month': 'month', 'by.type': 'type', 'by.country': 'country',
    'timeline.none': 'No dated events for these filters.', 'timeline.count': 'Events',
    'timeline.hint': 'Click a bar to search the articles of that kind published in that period.',
    'map.title': 'Event map', 'map.world': 'World', 'map.drill': (c) => `Zoom to ${c}`,
    'map.legend': 'One circle per place, sized by casualties (killed + injured); the smallest have none. ' +
      'Click one to list its events.',
    'map.none': 'No events with coordinates for these filters.',
    'map.truncated': (n) => `Only the first ${n} events were read; narrow the filters (dates, country, type) to see the rest.`,
    'map.provinces': 'Provinces', 'map.events': (n) => `${n} event${n === 1 ? '' : 's'}`,
    'map.provinceNote': 'Province borders are not drawn: no province shapes we may ship yet. ' +
      'Each province is a circle at the mean position of its events (admin1 from the geocoder).',
    'map.casualties': 'casualties', 'map.casualtiesHead': 'Casualties', 'map.province': 'Province', 'map.unknownProvince': '(province unknown)',
    'map.attribution': 'Country shapes: Natural Earth (public domain) via world-atlas.',
    'analyze.title': 'Live text analysis', 'analyze.hint': 'Paste news HTML or text. Results update as you type; nothing is stored.',
    'analyze.button': 'Analyze', 'analyze.format': 'Format', 'format.auto': 'automatic', 'format.html': 'HTML', 'format.text': 'text',
    'analyze.working': 'Analyzing…', 'analyze.quantities': 'Quantities', 'analyze.times': 'Times', 'analyze.quotes': 'Quotes',
    'analyze.failed': 'The document could not be processed', 'analyze.empty': 'The analysis will appear here.',
    'analyze.language': 'Language', 'analyze.example': 'Try an example',
    'error': 'Something went wrong', 'loading': 'Loading…', 'none': '—', 'unknown': 'unknown',
  },
};

// PLOVER event categories, named for readers.
const TYPES = {
  id: {
    AGREE: 'Sepakat', CONSULT: 'Konsultasi', SUPPORT: 'Dukungan', CONCEDE: 'Mengalah', COOPERATE: 'Kerja sama',
    AID: 'Bantuan', RETREAT: 'Mundur', REQUEST: 'Permintaan', ACCUSE: 'Tuduhan', REJECT: 'Penolakan',
    THREATEN: 'Ancaman', PROTEST: 'Unjuk rasa', SANCTION: 'Sanksi', MOBILIZE: 'Pengerahan', COERCE: 'Pemaksaan',
    ASSAULT: 'Serangan',
  },
  en: {
    AGREE: 'Agree', CONSULT: 'Consult', SUPPORT: 'Support', CONCEDE: 'Concede', COOPERATE: 'Cooperate', AID: 'Aid',
    RETREAT: 'Retreat', REQUEST: 'Request', ACCUSE: 'Accuse', REJECT: 'Reject', THREATEN: 'Threaten',
    PROTEST: 'Protest', SANCTION: 'Sanction', MOBILIZE: 'Mobilize', COERCE: 'Coerce', ASSAULT: 'Assault',
  },
};

const STORE_KEY = 'warta.lang';
let current = initial();

function initial() {
  let saved = null;
  try {
    saved = localStorage.getItem(STORE_KEY);
  } catch (e) {
    // storage can be disabled; the browser's language decides then
  }
  if (saved === 'id' || saved === 'en') return saved;
  const nav = ((navigator.languages && navigator.languages[0]) || navigator.language || 'en').toLowerCase();
  return nav === 'id' || nav.startsWith('id-') || nav === 'in' ? 'id' : 'en';
}

export function lang() {
  return current;
}

export function setLang(value) {
  if (value !== 'id' && value !== 'en') return;
  current = value;
  try {
    localStorage.setItem(STORE_KEY, value);
  } catch (e) {
    // not kept across visits then
  }
  document.documentElement.lang = value;
}

/** The interface text for key, called with args when it is a function. */
export function t(key, ...args) {
  const v = TEXT[current][key] ?? TEXT.en[key] ?? key;
  return typeof v === 'function' ? v(...args) : v;
}

/** A PLOVER type's name in the interface language (the code itself when unknown). */
export function typeName(code) {
  return TYPES[current][code] ?? code;
}

let iso = {};
const names = new Map();

/** Loads the alpha-3 to alpha-2 table used for country names. */
export async function loadCountries() {
  const res = await fetch('data/iso3166.json');
  if (res.ok) iso = await res.json();
}

/** The ISO 3166 numeric code of an alpha-3 code (as the map's shapes are keyed), or null. */
export function numericCode(alpha3) {
  return iso[alpha3] ? iso[alpha3][1] : null;
}

/** The alpha-3 code of an ISO 3166 numeric code, or null. */
export function alpha3Of(numeric) {
  for (const [a3, [, num]] of Object.entries(iso)) if (num === numeric) return a3;
  return null;
}

/** A country's name in the interface language, from its alpha-3 code (the browser's CLDR names). */
export function countryName(alpha3) {
  if (!alpha3) return t('unknown');
  const key = current + ':' + alpha3;
  if (!names.has(key)) {
    let name = alpha3;
    const a2 = iso[alpha3] ? iso[alpha3][0] : null;
    if (a2) {
      try {
        name = new Intl.DisplayNames([current], {type: 'region'}).of(a2) || alpha3;
      } catch (e) {
        name = alpha3;
      }
    }
    names.set(key, name);
  }
  return names.get(key);
}

/** A language's name in the interface language, from its ISO 639-1 code. */
export function languageName(code) {
  if (!code) return t('unknown');
  try {
    return new Intl.DisplayNames([current], {type: 'language'}).of(code) || code;
  } catch (e) {
    return code;
  }
}

/**
 * A date or date-time string as the interface language writes it, on the calendar and clock of the record (a
 * publication at 00:30+07:00 is shown on its own day, not on the previous UTC day); the input when unparseable.
 */
export function formatDate(value, withTime) {
  if (!value) return t('none');
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::[\d.]+)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(String(value));
  if (!m) return String(value);
  const d = new Date(m[1] + 'T00:00:00Z');
  if (isNaN(d.getTime())) return String(value);
  const day = new Intl.DateTimeFormat(current === 'id' ? 'id-ID' : 'en-GB',
    {year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC'}).format(d);
  if (!withTime || !m[2]) return day;
  const zone = !m[3] ? '' : m[3] === 'Z' ? ' UTC' : ' (UTC' + m[3] + ')';
  return day + ', ' + m[2] + zone;
}

export function formatNumber(n) {
  return new Intl.NumberFormat(current === 'id' ? 'id-ID' : 'en-GB').format(n);
}
