// Building DOM without HTML strings: every text given here becomes a text node or an attribute value, so text
// from articles (titles, bodies, entity names, URLs) can never turn into markup or script.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An HTML element: h('a', {class: 'x', href: safeHref(url)}, 'text', child). Null attributes and children are skipped. */
export function h(tag, attrs, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

/** An SVG element, same shape as h(). */
export function s(tag, attrs, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

function fill(el, attrs, children) {
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (name.startsWith('on')) {
        // event handlers are functions attached here, never attribute strings
        el.addEventListener(name.slice(2), value);
      } else if ((name === 'href' || name === 'src' || name === 'xlink:href') && !isSafeHref(value)) {
        continue;
      } else {
        el.setAttribute(name, value === true ? '' : String(value));
      }
    }
  }
  append(el, children);
  return el;
}

/** Appends children: strings and numbers as text nodes, nodes as they are, arrays flattened. */
export function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
  return el;
}

/** Replaces everything inside el. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** Links inside the app (#/...) and absolute http(s) URLs pass; javascript:, data: and the rest do not. */
export function isSafeHref(value) {
  const v = String(value);
  if (v.startsWith('#')) return true;
  return webUrl(v) !== null;
}

/** The URL when it is absolute http: or https:, else null (for showing an article's address as a link or as text). */
export function webUrl(value) {
  if (typeof value !== 'string') return null;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch (e) {
    return null;
  }
}

/** A link to an outside page when the URL is http(s), else the URL as plain text. */
export function outsideLink(url, label) {
  const safe = webUrl(url);
  if (safe === null) return h('span', {class: 'url'}, label ?? url ?? '');
  return h('a', {class: 'url', href: safe, rel: 'noopener noreferrer nofollow', target: '_blank'}, label ?? url);
}
