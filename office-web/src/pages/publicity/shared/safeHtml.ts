/**
 * The allow-list the service applies to bodies (publicity-service `RichText`, jsoup), applied again before the
 * console renders any HTML: a body typed but not yet saved has not been cleaned by the service, and what the
 * service sent is rendered only through the same list. Text of removed elements stays, scripts and styles go
 * whole, links keep http/https only, images https only.
 */
const ALLOWED_TAGS = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'blockquote', 'pre', 'code', 'ul', 'ol', 'li', 'a', 'em',
  'strong', 'b', 'i', 'u', 's', 'sub', 'sup', 'span', 'img', 'figure', 'figcaption', 'table', 'caption', 'thead',
  'tbody', 'tfoot', 'tr', 'th', 'td',
]);

const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan'],
  ol: ['start'],
};

const PROTOCOLS: Record<string, string[]> = {
  href: ['http:', 'https:'],
  src: ['https:'],
};

/** Elements whose content is code or foreign markup, never text to keep. */
const DROPPED_WHOLE = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'head', 'title', 'textarea', 'select']);

function allowedAddress(attribute: string, value: string): boolean {
  const protocols = PROTOCOLS[attribute];
  if (!protocols) return true;
  try {
    return protocols.includes(new URL(value.trim()).protocol);
  } catch {
    return false;
  }
}

function clean(parent: Node): void {
  for (const child of Array.from(parent.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) continue;
    if (child.nodeType !== Node.ELEMENT_NODE) {
      parent.removeChild(child);
      continue;
    }
    const element = child as Element;
    const tag = element.tagName.toLowerCase();
    if (DROPPED_WHOLE.has(tag)) {
      parent.removeChild(element);
      continue;
    }
    clean(element);
    if (!ALLOWED_TAGS.has(tag)) {
      while (element.firstChild) parent.insertBefore(element.firstChild, element);
      parent.removeChild(element);
      continue;
    }
    const allowed = ALLOWED_ATTRIBUTES[tag] ?? [];
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (!allowed.includes(name) || !allowedAddress(name, attribute.value)) element.removeAttribute(attribute.name);
    }
    if (tag === 'a') element.setAttribute('rel', 'noopener noreferrer nofollow');
  }
}

export function safeHtml(html: string | undefined | null): string {
  if (!html || html.trim() === '') return '';
  // DOMParser builds an inert document: nothing in it loads or runs while it is cleaned.
  const document = new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  clean(document.body);
  return document.body.innerHTML;
}
