// Styles of a rendered Report (lib/render.js), as one constructed stylesheet shared by the
// pages (document.adoptedStyleSheets) and the widget (its shadow root). Constructed sheets are
// allowed under the strict CSP (style-src 'self'), unlike <style> elements or style attributes.
// Colours come from custom properties the surrounding page or widget theme sets.

export const REPORT_CSS = `
.sc-gauge { border-radius: 10px; padding: .75rem 1rem; margin: 0 0 1rem;
  background: var(--sc-low-bg); color: var(--sc-low-fg); border: 2px solid var(--sc-low-fg); }
.sc-gauge[data-level="medium"] { background: var(--sc-medium-bg); color: var(--sc-medium-fg); border-color: var(--sc-medium-fg); }
.sc-gauge[data-level="high"] { background: var(--sc-high-bg); color: var(--sc-high-fg); border-color: var(--sc-high-fg); }
.sc-gauge-label { margin: 0 0 .5rem; font-size: 1.05rem; }
.sc-level { font-size: 1.5rem; margin-right: .5rem; }
.sc-score { white-space: nowrap; }
.sc-bar { position: relative; display: flex; height: .75rem; border-radius: 6px; overflow: visible; }
.sc-band { display: block; height: 100%; }
.sc-band-low { flex: 40; background: #3f9f5f; border-radius: 6px 0 0 6px; }
.sc-band-medium { flex: 30; background: #e0a020; }
.sc-band-high { flex: 30; background: #d0342c; border-radius: 0 6px 6px 0; }
.sc-needle { position: absolute; top: -.3rem; bottom: -.3rem; width: .3rem; margin-left: -.15rem;
  left: calc(var(--score, 0) * 1%); background: var(--sc-fg); border: 1px solid var(--sc-bg); border-radius: 2px; }
.sc-families ul, .sc-advice ul, .sc-signals ol { margin: .25rem 0 1rem; padding-left: 1.4rem; }
.sc-families li, .sc-signals li, .sc-advice li { margin: .35rem 0; line-height: 1.55; }
.sc-family-summary { display: block; color: var(--sc-muted); }
.sc-highlighted { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.8; padding: .75rem;
  border: 1px solid var(--sc-border); border-radius: 8px; background: var(--sc-panel); margin-bottom: 1rem; }
mark { background: var(--sc-mark-bg); color: var(--sc-mark-fg); border-bottom: 2px solid var(--sc-mark-line);
  padding: 0 .05em; border-radius: 2px; }
.sc-quotes { display: block; color: var(--sc-muted); font-size: .95em; }
.sc-quotes q { color: var(--sc-fg); }
.sc-notes { color: var(--sc-muted); font-size: .9em; }
.sc-advice li::marker { color: var(--sc-accent); }
@media print {
  .sc-gauge { border-width: 3px; }
  mark { background: none; color: inherit; border-bottom: 2px solid #000; font-weight: bold; }
}
`;

let sheet = null;
/** The shared CSSStyleSheet (built once). */
export function reportSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(REPORT_CSS);
  }
  return sheet;
}

/** Adds the report styles to a document or shadow root (once). */
export function adoptReportCss(root) {
  const s = reportSheet();
  if (!root.adoptedStyleSheets.includes(s)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, s];
}
