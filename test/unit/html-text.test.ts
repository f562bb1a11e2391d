import { describe, expect, it } from 'vitest';
import { htmlToText, readHtml } from '../../ingest/html-text.js';

describe('htmlToText', () => {
  it('decodes entities, turns NBSP into a space and collapses whitespace as a browser does', () => {
    const html = '<p>Byr&aring;det &amp; &Oslash;konomiudvalget&nbsp;&nbsp;m&oslash;des\n   kl.&#160;16.00 &ndash; &quot;Sal&nbsp;1&quot; &lt;3&gt;</p>';
    expect(htmlToText(html)).toBe('Byrådet & Økonomiudvalget mødes kl. 16.00 – "Sal 1" <3>');
  });

  it('ends a line after each block, leaves a blank line after a paragraph and breaks lines at <br>', () => {
    const html = `<div>Punkt 1</div><div>Godkendelse af dagsorden</div>
      <h3>Beslutning</h3><p>Godkendt.<br>Fraværende: Lone Mortensen</p><p>&nbsp;</p><p>Næste afsnit</p>
      <section><article>Lukket punkt</article></section>`;
    expect(htmlToText(html)).toBe(
      'Punkt 1\nGodkendelse af dagsorden\nBeslutning\n\nGodkendt.\nFraværende: Lone Mortensen\n\nNæste afsnit\n\nLukket punkt',
    );
  });

  it('starts list items with a bullet, also when the item wraps its text in a paragraph', () => {
    const html = '<p>Administrationen indstiller,</p><ul><li>at sagen godkendes, og</li>\n  <li>\n <p>at udgiften på 250.000 kr. finansieres af puljen.</p></li><li></li></ul><ol><li>Første</li></ol>';
    expect(htmlToText(html)).toBe(
      'Administrationen indstiller,\n\n• at sagen godkendes, og\n• at udgiften på 250.000 kr. finansieres af puljen.\n\n• Første',
    );
  });

  it('joins the cells of a table row with " | ", one row per line, ignoring the paragraphs Word puts in cells', () => {
    const html = `<table>
      <tr><th>Pkt.</th><th>Tekst</th><th>Side</th></tr>
      <tr><td><p class="MsoNormal">1</p></td><td><p>Godkendelse af dagsorden</p></td><td>3</td></tr>
      <tr><td>2</td><td></td><td><p>Budget 2025</p><p>(Lukket)</p></td></tr>
    </table>`;
    expect(htmlToText(html)).toBe('Pkt. | Tekst | Side\n1 | Godkendelse af dagsorden | 3\n2 | Budget 2025\n\n(Lukket)');
  });

  it('joins a label cell to its value with a space', () => {
    const html = '<table><tr><th>Mødested:</th><td>Byrådssalen</td></tr><tr><td>Dato: </td><td><b>24-04-2019</b></td><td>kl. 17.00</td></tr></table>';
    expect(htmlToText(html)).toBe('Mødested: Byrådssalen\nDato: 24-04-2019 | kl. 17.00');
  });

  it('drops scripts, styles, noscript, templates, SVG and comments, and keeps collapsed item text', () => {
    const html = `<script>document.write("<p>nej</p>")</script><style>p { color: red }</style>
      <noscript>Slå JavaScript til</noscript><template><p>Skabelon</p></template><svg><text>Ikon</text></svg>
      <!-- kommentar --><p>Synlig tekst</p><div hidden>Sagsfremstilling</div><div style="display:none">Åbn/luk punkt</div>`;
    expect(htmlToText(html)).toBe('Synlig tekst\n\nSagsfremstilling\nÅbn/luk punkt');
  });

  it('keeps preformatted line breaks', () => {
    expect(htmlToText('<pre>Punkt 1\n  Punkt 2</pre>')).toBe('Punkt 1\nPunkt 2');
  });
});

describe('readHtml', () => {
  const page = (head: string, body: string) => `<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

  it('puts the title first and drops the site chrome and cookie banner outside <main>', () => {
    const html = page(
      '<title>Referat - Byrådet - 24-04-2019</title>',
      `<div id="CybotCookiebotDialog"><p>Vi bruger cookies</p><button>Tillad alle</button></div>
       <header><a href="/">Forside</a><nav><ul><li>Politik</li><li>Borger</li></ul></nav></header>
       <nav aria-label="Brødkrumme"><a href="/politik">Politik</a></nav>
       <main><header><h1>Byrådet</h1></header><p>Mødedato: 24-04-2019</p><nav>Punkt 1 · Punkt 2</nav></main>
       <footer>Rådhuset · Tlf. 87 87 87 87</footer>`,
    );
    expect(readHtml(html)).toEqual({ text: 'Referat - Byrådet - 24-04-2019\n\nByrådet\n\nMødedato: 24-04-2019\n\nPunkt 1 · Punkt 2', sourceUrl: null });
  });

  it('keeps <header> and <footer> on a page without <main> or <article>, where they may hold the minutes', () => {
    const html = page('', '<nav>Menu</nav><header><h1>Økonomiudvalget</h1></header><p>Referat</p><footer>Underskrifter</footer>');
    expect(readHtml(html).text).toBe('Økonomiudvalget\n\nReferat\n\nUnderskrifter');
  });

  it('states the page address from the canonical link first, then og:url, then base href', () => {
    const canonical = '<link rel="canonical" href="https://www.example.dk/dagsorden?id=1&amp;punkt=2"><meta property="og:url" content="https://og.example.dk/">';
    expect(readHtml(page(canonical, '<p>x</p>')).sourceUrl).toBe('https://www.example.dk/dagsorden?id=1&punkt=2');
    expect(readHtml(page('<meta property="og:url" content="https://og.example.dk/referat">', '<p>x</p>')).sourceUrl).toBe('https://og.example.dk/referat');
    expect(readHtml(page('<base href="https://base.example.dk/moeder/">', '<p>x</p>')).sourceUrl).toBe('https://base.example.dk/moeder/');
  });

  it('resolves a relative canonical link against <base> and ignores addresses that are not absolute http(s)', () => {
    const relative = '<base href="https://www.example.dk/politik/"><link rel="canonical" href="referat-2019.htm">';
    expect(readHtml(page(relative, '<p>x</p>')).sourceUrl).toBe('https://www.example.dk/politik/referat-2019.htm');
    expect(readHtml(page('<link rel="canonical" href="/referat">', '<p>x</p>')).sourceUrl).toBeNull();
    expect(readHtml(page('<meta property="og:url" content="javascript:alert(1)">', '<p>x</p>')).sourceUrl).toBeNull();
  });
});
