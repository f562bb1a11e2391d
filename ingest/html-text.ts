/**
 * HTML → plain text the way a browser's innerText lays it out, so that the minutes reader sees the page's
 * structure in lines: block elements end lines (a paragraph is followed by a blank line), `<br>` breaks a
 * line, list items start with "• ", the cells of a table row are joined with " | " (a label cell ending in
 * ":" with a space). Scripts, styles and other invisible elements are dropped; so are the site's navigation,
 * page header and footer and cookie banners, but only outside `main`/`article` (docs/formats.md). Collapsed
 * content (`hidden`, `display: none`) is kept: agenda pages fold each item's text away until it is opened.
 */
import { isTag, isText, type ChildNode, type Document, type Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';

export interface HtmlText {
  /** The page title (when there is one) as the first line, then the text. */
  text: string;
  /** The address the page states for itself: canonical link, og:url or base href. */
  sourceUrl: string | null;
}

const INVISIBLE = new Set(['head', 'title', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'pre', 'section', 'summary', 'table',
  'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const CELLS = new Set(['td', 'th']);
const CONTENT_ROOTS = new Set(['main', 'article']);
/** Site chrome when it stands outside main/article: only then, and only on pages that have one of those. */
const PAGE_CHROME = new Set(['header', 'footer']);
const COOKIE = /cookie/i;
const CELL_SEPARATOR = ' | ';
const LIST_BULLET = '• ';

/** Anything that collapses to one space in normal CSS white-space; NBSP is turned into a plain space too. */
const COLLAPSIBLE_SPACE = /[ \t\n\r\f\u00a0]+/g;
/** Soft hyphens and zero-width characters render as nothing. */
const INVISIBLE_CHARACTERS = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g;
const SPACES = /[ \t\u00a0]+/g;

/** Where a list item starts: its bullet goes before the item's first text, past any line breaks. */
const LIST_ITEM = Symbol('list item');
/** A piece of output: text, a request for at least that many line breaks (1: new line, 2: blank line), or a list item's start. */
type Piece = string | number | typeof LIST_ITEM;

export function htmlToText(html: string): string {
  return readHtml(html).text;
}

export function readHtml(html: string): HtmlText {
  const document = parseDocument(html);
  const title = DomUtils.findOne((element) => element.name === 'title', document.children);
  const titleText = title ? collapseSpaces(DomUtils.textContent(title)).trim() : '';
  const pieces: Piece[] = [];
  new TextWriter(pieces, hasContentRoot(document)).children(document.children, false);
  const body = layout(pieces);
  return { text: titleText && body ? `${titleText}\n\n${body}` : titleText || body, sourceUrl: statedAddress(document) };
}

function hasContentRoot(document: Document): boolean {
  return DomUtils.findOne((element) => CONTENT_ROOTS.has(element.name), document.children) !== null;
}

class TextWriter {
  private preformatted = 0;

  constructor(
    private readonly pieces: Piece[],
    private readonly pageHasContentRoot: boolean,
  ) {}

  children(nodes: readonly ChildNode[], insideContent: boolean): void {
    for (const node of nodes) this.node(node, insideContent);
  }

  private node(node: ChildNode, insideContent: boolean): void {
    if (isText(node)) {
      const text = node.data.replace(INVISIBLE_CHARACTERS, '');
      this.pieces.push(this.preformatted > 0 ? text.replace(/\u00a0/g, ' ') : collapseSpaces(text));
      return;
    }
    if (!isTag(node) || INVISIBLE.has(node.name) || (!insideContent && this.isChrome(node))) return;
    const inside = insideContent || CONTENT_ROOTS.has(node.name);

    if (node.name === 'br') this.pieces.push('\n');
    else if (node.name === 'p') this.wrapped(node, inside, 2);
    else if (node.name === 'tr') this.row(node, inside);
    else if (BLOCKS.has(node.name)) this.wrapped(node, inside, 1);
    else this.children(node.children, inside);
  }

  private wrapped(element: Element, insideContent: boolean, breaks: number): void {
    this.pieces.push(breaks);
    const start = this.pieces.length;
    if (element.name === 'li') this.pieces.push(LIST_ITEM);
    if (element.name === 'pre') this.preformatted++;
    this.children(element.children, insideContent);
    if (element.name === 'pre') this.preformatted--;
    if (element.name === 'li' && !this.pieces.slice(start).some(isVisibleText)) this.pieces.splice(start, 1);
    this.pieces.push(breaks);
  }

  /**
   * One line per row, its cells joined; a label cell ("Mødested:") is joined to its value by a space. Line
   * breaks inside a cell stay, those at a cell's edges go.
   */
  private row(row: Element, insideContent: boolean): void {
    this.pieces.push(1);
    let previousCell: Piece[] = [];
    for (const child of row.children) {
      if (!isTag(child) || !CELLS.has(child.name)) {
        this.node(child, insideContent);
        continue;
      }
      const start = this.pieces.length;
      this.children(child.children, insideContent);
      const cell = trimBreaks(this.pieces.splice(start));
      if (cell.length === 0) continue;
      if (previousCell.length > 0) this.pieces.push(isLabel(previousCell) ? ' ' : CELL_SEPARATOR);
      this.pieces.push(...cell);
      previousCell = cell;
    }
    this.pieces.push(1);
  }

  private isChrome(element: Element): boolean {
    if (element.name === 'nav' || DomUtils.getAttributeValue(element, 'role') === 'navigation') return !containsContentRoot(element);
    if (PAGE_CHROME.has(element.name)) return this.pageHasContentRoot && !containsContentRoot(element);
    const marks = `${DomUtils.getAttributeValue(element, 'id') ?? ''} ${DomUtils.getAttributeValue(element, 'class') ?? ''}`;
    return COOKIE.test(marks) && !containsContentRoot(element);
  }
}

function containsContentRoot(element: Element): boolean {
  return DomUtils.findOne((inner) => CONTENT_ROOTS.has(inner.name), element.children) !== null;
}

function isLabel(cell: readonly Piece[]): boolean {
  const last = cell[cell.length - 1];
  return typeof last === 'string' && last.trimEnd().endsWith(':');
}

/** Drops line-break requests and blank text at both ends of a cell's pieces. */
function trimBreaks(pieces: Piece[]): Piece[] {
  const isEdge = (piece: Piece) => !isVisibleText(piece);
  let start = 0;
  let end = pieces.length;
  while (start < end && isEdge(pieces[start])) start++;
  while (end > start && isEdge(pieces[end - 1])) end--;
  return pieces.slice(start, end);
}

function isVisibleText(piece: Piece): piece is string {
  return typeof piece === 'string' && piece.trim().length > 0;
}

/**
 * Joins the pieces: a run of break requests becomes the largest of them (none at either end), spaces at
 * the start of a line go, spaces run together and line ends are trimmed, and no more than one blank line
 * stands in a row.
 */
function layout(pieces: readonly Piece[]): string {
  let text = '';
  let pendingBreaks = 0;
  let pendingBullet = false;
  for (const piece of pieces) {
    if (piece === LIST_ITEM) {
      pendingBullet = true;
    } else if (typeof piece === 'number') {
      if (!pendingBullet) pendingBreaks = Math.max(pendingBreaks, piece);
    } else if (!isVisibleText(piece)) {
      // A collapsible space counts only between words on one line.
      if (pendingBreaks === 0 && !pendingBullet && text.length > 0 && !text.endsWith('\n')) text += piece;
    } else {
      if (pendingBreaks > 0 && text.length > 0) text += '\n'.repeat(pendingBreaks);
      text += pendingBullet ? LIST_BULLET + piece.trimStart() : piece;
      pendingBreaks = 0;
      pendingBullet = false;
    }
  }
  return text
    .split('\n')
    .map((line) => line.replace(SPACES, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function collapseSpaces(text: string): string {
  return text.replace(COLLAPSIBLE_SPACE, ' ');
}

/** The page's own address, when it states an absolute http(s) one. */
function statedAddress(document: Document): string | null {
  const find = (test: (element: Element) => boolean) => DomUtils.findOne(test, document.children);
  const base = find((element) => element.name === 'base' && DomUtils.hasAttrib(element, 'href'));
  const baseUrl = base ? absoluteUrl(DomUtils.getAttributeValue(base, 'href')) : null;
  const canonical = find((element) => element.name === 'link' && relations(element).includes('canonical'));
  const ogUrl = find((element) => element.name === 'meta' && DomUtils.getAttributeValue(element, 'property') === 'og:url');
  return (
    (canonical ? absoluteUrl(DomUtils.getAttributeValue(canonical, 'href'), baseUrl) : null) ??
    (ogUrl ? absoluteUrl(DomUtils.getAttributeValue(ogUrl, 'content')) : null) ??
    baseUrl
  );
}

function relations(element: Element): string[] {
  return (DomUtils.getAttributeValue(element, 'rel') ?? '').toLowerCase().split(/\s+/);
}

function absoluteUrl(address: string | undefined, base: string | null = null): string | null {
  if (!address?.trim()) return null;
  try {
    const url = new URL(address.trim(), base ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
