// Finding elements by role and accessible name inside a page, for the Firefox lane: the part of
// Playwright's getByRole / getByText / getByLabel that the shared steps use, run in the page by
// Puppeteer (which offers only exact ARIA names). The role and name rules are the W3C's, reduced
// to what the extension's markup uses: https://www.w3.org/TR/html-aam-1.0/ (implicit roles) and
// https://www.w3.org/TR/accname-1.2/ (names). `queryAll` is serialized into the page, so it refers
// to nothing outside itself.

/** A string (case-insensitive substring, or whole and case-sensitive when exact) or a RegExp. */
export type Matcher = { text: string; exact: boolean } | { source: string; flags: string };

export type Query =
  | { kind: 'role'; role: string; name?: Matcher }
  | { kind: 'text'; text: Matcher }
  | { kind: 'label'; text: Matcher }
  | { kind: 'css'; selector: string; has?: Query[] }
  | { kind: 'filter'; hasText: Matcher };

export function matcherOf(value: string | RegExp, exact = false): Matcher {
  return typeof value === 'string' ? { text: value, exact } : { source: value.source, flags: value.flags };
}

/** Every element the chain of queries finds from the document, in document order. */
export function queryAll(chain: Query[]): Element[] {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const matches = (m: Matcher, value: string) => {
    const v = norm(value);
    if ('source' in m) return new RegExp(m.source, m.flags).test(v);
    return m.exact ? v === norm(m.text) : v.toLowerCase().includes(norm(m.text).toLowerCase());
  };
  const hidden = (el: Element): boolean =>
    !el.checkVisibility({ visibilityProperty: true }) || el.closest('[aria-hidden="true"]') !== null;

  const implicitRole = (el: Element, named = true): string => {
    const tag = el.localName;
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (tag === 'button') return 'button';
    if (tag === 'a') return el.hasAttribute('href') ? 'link' : '';
    if (tag === 'input') {
      if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
      if (type === 'checkbox' || type === 'radio') return type;
      if (type === 'search') return el.hasAttribute('list') ? 'combobox' : 'searchbox';
      if (['text', 'email', 'tel', 'url', 'password'].includes(type)) return el.hasAttribute('list') ? 'combobox' : 'textbox';
      return '';
    }
    if (tag === 'textarea') return 'textbox';
    if (tag === 'select') return el.hasAttribute('multiple') || Number(el.getAttribute('size')) > 1 ? 'listbox' : 'combobox';
    if (tag === 'option') return 'option';
    if (/^h[1-6]$/.test(tag)) return 'heading';
    // A form or section is a landmark only with a name.
    if (tag === 'form') return !named || name(el) ? 'form' : '';
    if (tag === 'section') return !named || name(el) ? 'region' : '';
    const simple: Record<string, string> = {
      article: 'article', dialog: 'dialog', fieldset: 'group', ul: 'list', ol: 'list', li: 'listitem', dt: 'term',
      dd: 'definition', nav: 'navigation', main: 'main', output: 'status', img: 'img', table: 'table', p: 'paragraph',
    };
    return simple[tag] ?? '';
  };
  const roleOf = (el: Element) => (el.getAttribute('role') ?? '').trim().split(/\s+/)[0] || implicitRole(el);

  const fromContent = new Set(['button', 'link', 'heading', 'tab', 'option', 'radio', 'checkbox', 'menuitem', 'cell', 'term', 'switch']);
  const textOf = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element) || hidden(node)) return '';
    const label = node.getAttribute('aria-label');
    if (label?.trim()) return label;
    if (node.localName === 'img') return node.getAttribute('alt') ?? '';
    const inner = [...node.childNodes].map(textOf).join('');
    const display = getComputedStyle(node).display;
    return display === 'inline' ? inner : ` ${inner} `;
  };
  function name(el: Element): string {
    const ids = el.getAttribute('aria-labelledby');
    if (ids) return norm(ids.split(/\s+/).map((id) => { const ref = document.getElementById(id); return ref ? [...ref.childNodes].map(textOf).join('') : ''; }).join(' '));
    const label = el.getAttribute('aria-label');
    if (label?.trim()) return norm(label);
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length > 0) return norm([...labels].map((l) => [...l.childNodes].map(textOf).join('')).join(' '));
    if (el.localName === 'fieldset') {
      const legend = el.querySelector(':scope > legend');
      if (legend) return norm(textOf(legend));
    }
    if (el.localName === 'input' && ['button', 'submit', 'reset'].includes((el as HTMLInputElement).type)) return norm((el as HTMLInputElement).value);
    if (el.localName === 'img') return norm(el.getAttribute('alt') ?? '');
    const role = (el.getAttribute('role') ?? '').trim() || implicitRole(el, false);
    if (fromContent.has(role)) {
      const content = norm([...el.childNodes].map(textOf).join(''));
      if (content) return content;
    }
    return norm(el.getAttribute('title') ?? el.getAttribute('placeholder') ?? '');
  }

  const below = (root: Element) => [...root.querySelectorAll('*')];
  const step = (roots: Element[], q: Query): Element[] => {
    if (q.kind === 'filter') return roots.filter((el) => matches(q.hasText, el.textContent ?? ''));
    const found = new Set<Element>();
    for (const root of roots) {
      if (q.kind === 'css') {
        for (const el of root.querySelectorAll(q.selector)) {
          if (!q.has || q.has.reduce<Element[]>((r, hq) => step(r, hq), [el]).length > 0) found.add(el);
        }
      } else if (q.kind === 'role') {
        for (const el of below(root)) {
          if (roleOf(el) === q.role && !hidden(el) && (!q.name || matches(q.name, name(el)))) found.add(el);
        }
      } else if (q.kind === 'label') {
        for (const el of below(root)) {
          if (['input', 'select', 'textarea'].includes(el.localName) || el.hasAttribute('role')) {
            const labelled = el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') || ((el as HTMLInputElement).labels?.length ?? 0) > 0;
            if (labelled && matches(q.text, name(el))) found.add(el);
          }
        }
      } else {
        // The innermost elements whose text matches, as Playwright's getByText (the scope included).
        for (const el of [root, ...below(root)]) {
          if (['script', 'style', 'head'].includes(el.localName) || !matches(q.text, el.textContent ?? '')) continue;
          if (![...el.children].some((child) => matches(q.text, child.textContent ?? ''))) found.add(el);
        }
      }
    }
    return [...found];
  };
  return chain.reduce<Element[]>((roots, q) => step(roots, q), [document.documentElement]);
}
