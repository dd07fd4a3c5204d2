import { mdxToMdast } from 'satteri';
import { LOCALE_CODES } from '../../i18n/locales.ts';
import { UNSLUGGED_ROUTES, measureAnchor, pathTo, type SluggedKind } from '../urls.ts';

/** A problem in an MDX body, with its line in the body (1-based). */
export interface BodyProblem {
  line: number;
  message: string;
  /** Errors unless said otherwise. */
  severity?: 'warning';
}

/** `{/* … *\/}`: an MDX comment renders nothing, so it is the one expression content may hold. */
const COMMENT_ONLY = /^\s*(?:\/\*[\s\S]*?\*\/\s*)+$/;

/**
 * Why a link address may not be published, or undefined when it may. Only
 * `https:`, `mailto:`, site paths and `#` anchors pass; `http:` is a warning.
 * Browsers ignore tabs, line breaks and case in a scheme, so the check does too.
 */
export function unsafeAddress(url: string, kind: 'link' | 'image'): { message: string; severity?: 'warning' } | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are what browsers strip from addresses
  const address = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address)?.[1]?.toLowerCase();
  if (kind === 'image') {
    // Each page must arrive in one round trip, and nothing is loaded from other hosts: pictures are not part of content.
    const where = address.startsWith('/') && !address.startsWith('//') ? '' : '; the site loads nothing from other hosts';
    return {
      message: `image ${url}: pictures are not used in content pages (each page must fit one network round trip${where}); describe it in words, or link to it`,
    };
  }
  if (address.startsWith('#')) return undefined;
  if (address.startsWith('//')) return { message: `link to ${url}: write the whole address, starting with https://` };
  if (address.startsWith('/')) return undefined;
  if (scheme === 'mailto')
    return /^mailto:[^@\s]+@[^@\s]+$/i.test(address) ? undefined : { message: `link to ${url}: a mailto: link needs an e-mail address` };
  if (scheme === 'https')
    return URL.canParse(address) && new URL(address).hostname
      ? undefined
      : { message: `link to ${url}: not a whole address (https://host/…)` };
  if (scheme === 'http')
    return { message: `link to ${url}: use https:// if the site offers it (an http:// link is not private)`, severity: 'warning' };
  if (scheme)
    return { message: `link to ${url}: "${scheme}:" links are not allowed; use https:, mailto:, a site path (/en/…) or a #anchor` };
  return { message: `link to ${url}: a relative address breaks in other languages; write the site path, e.g. /en/strategies/` };
}

interface MdNode {
  type: string;
  url?: string;
  value?: string;
  depth?: number;
  position?: { start: { line: number } };
  children?: MdNode[];
}

/** What a site-relative link in content may point at. */
export interface KnownTargets {
  /** Every page path of the site. */
  paths: Set<string>;
  /** Anchors that exist on a page, by path (measure anchors on strategy pages). */
  anchors: Map<string, Set<string>>;
}

/** Every page of the site, derived from the content's slugs, in every locale. */
export function knownTargets(slugs: {
  directions: string[];
  /** Strategies with their measure IDs; `measures` is unknown for a file that failed to load. */
  strategies: { slug: string; measures?: string[] }[];
  updates: string[];
  pages: string[];
}): KnownTargets {
  const paths = new Set<string>(['/']);
  const anchors = new Map<string, Set<string>>();
  // A Record, so a page family added to urls.ts fails to type-check here until the check knows its slugs.
  const slugsOf: Record<SluggedKind, string[]> = {
    direction: slugs.directions,
    strategy: slugs.strategies.map((s) => s.slug),
    update: slugs.updates,
    page: slugs.pages,
  };
  for (const locale of LOCALE_CODES) {
    for (const route of UNSLUGGED_ROUTES) paths.add(pathTo(locale, route));
    for (const [kind, list] of Object.entries(slugsOf) as [SluggedKind, string[]][]) {
      for (const slug of list) paths.add(pathTo(locale, { kind, slug }));
    }
    for (const s of slugs.strategies) {
      if (s.measures) anchors.set(pathTo(locale, { kind: 'strategy', slug: s.slug }), new Set(s.measures.map(measureAnchor)));
    }
  }
  return { paths, anchors };
}

function textOf(node: MdNode): string {
  return (node.value ?? '') + (node.children ?? []).map(textOf).join('');
}

function walk(node: MdNode, visit: (n: MdNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/**
 * Checks an MDX body: that it compiles (no unclosed tag or expression), that
 * headings start at `##` and do not skip a level, and that every site-relative
 * link points at a page (and anchor) that exists.
 */
export function checkBody(body: string, targets: KnownTargets): BodyProblem[] {
  let tree: MdNode;
  try {
    tree = mdxToMdast(body) as MdNode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = Number(/^(\d+):\d+/.exec(message)?.[1] ?? 1);
    // The parser's own positions count from the body; the file line is given instead.
    const reason = message
      .replace(/^\d+:\d+:\s*/, '')
      .replace(/\s*\([\w:-]+\)$/, '')
      .replace(/\s*\(\d+:\d+\)/g, '');
    if (/create a comment in MDX/.test(reason)) {
      return [{ line, message: 'broken MDX: an HTML comment ("<!--") is not MDX; write a comment as {/* like this */}' }];
    }
    const hint = /expression|brace/i.test(reason) ? '; curly braces run code in MDX: to show a brace in text, write \\{ and \\}' : '';
    return [{ line, message: `broken MDX: ${reason}${hint}` }];
  }
  const problems: BodyProblem[] = [];
  let previousDepth = 1;
  walk(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'heading' && node.depth && !/[\p{L}\p{N}]/u.test(textOf(node))) {
      problems.push({ line, message: 'a heading needs words: its anchor in the contents list is made from them' });
    }
    if (node.type === 'heading' && node.depth) {
      if (node.depth === 1) problems.push({ line, message: 'a "#" heading: the page title is the only level-1 heading; start at "##"' });
      else if (node.depth > previousDepth + 1) {
        problems.push({ line, message: `heading level ${node.depth} follows level ${previousDepth}; do not skip a level` });
      }
      previousDepth = node.depth;
    }
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !COMMENT_ONLY.test(node.value ?? '')) {
      problems.push({ line, message: 'curly braces run code in MDX; to show a brace in text, write \\{ and \\}' });
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' || node.type === 'mdxjsEsm') {
      problems.push({ line, message: 'HTML tags, components and imports are not used in content; write Markdown instead' });
    }
    if ((node.type === 'link' || node.type === 'definition' || node.type === 'image') && node.url !== undefined) {
      const unsafe = unsafeAddress(node.url, node.type === 'image' ? 'image' : 'link');
      if (unsafe) {
        problems.push({ line, ...unsafe });
        if (!unsafe.severity) return;
      }
    }
    if ((node.type === 'link' || node.type === 'definition') && node.url?.startsWith('/')) {
      const [pathPart = '', hash] = node.url.split('#');
      const path = pathPart.split('?')[0]!;
      if (!targets.paths.has(path)) {
        const hint = targets.paths.has(`${path}/`) ? ` (did you mean ${path}/?)` : '';
        problems.push({ line, message: `link to ${node.url}: no such page${hint}` });
      } else if (hash && targets.anchors.has(path) && hash.toLowerCase().startsWith('measure-') && !targets.anchors.get(path)!.has(hash)) {
        problems.push({ line, message: `link to ${node.url}: that page has no #${hash}` });
      }
    }
  });
  return problems;
}
