// DOM building shared by the page, the widget, lessons and counter mode.
// User text is only ever put into the DOM as Text nodes (createTextNode / textContent):
// never innerHTML, so a pasted "<img onerror=…>" stays visible text.

/** Creates an element with a class and optional text (as a Text node). */
export function el(doc, tag, cls, text) {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = String(text);
  return e;
}

/**
 * Cuts [0, length) at every span boundary and says which spans cover each piece.
 * `spans` are `{ start16, end16, tag }`; returns `[{ start, end, tags: [] }]` covering the text.
 */
export function segments(length, spans) {
  const cuts = new Set([0, length]);
  const ok = [];
  for (const s of spans) {
    const a = Math.max(0, Math.min(length, s.start16 | 0));
    const b = Math.max(0, Math.min(length, s.end16 | 0));
    if (b > a) { ok.push({ a, b, tag: s.tag }); cuts.add(a); cuts.add(b); }
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i], end = points[i + 1];
    const tags = [];
    for (const s of ok) if (s.a <= start && end <= s.b && !tags.includes(s.tag)) tags.push(s.tag);
    out.push({ start, end, tags });
  }
  return out;
}

/**
 * Fills `target` with `text`, wrapping the spanned parts in <mark> elements.
 * `spans`: `{ start16, end16, tag }`; `describe(tags)` gives a mark's tooltip (optional);
 * `markClass(tags)` its extra class (optional).
 */
export function highlightInto(target, text, spans, { describe, markClass } = {}) {
  const doc = target.ownerDocument;
  target.replaceChildren();
  for (const seg of segments(text.length, spans)) {
    const piece = text.slice(seg.start, seg.end);
    if (!seg.tags.length) { target.append(doc.createTextNode(piece)); continue; }
    const m = doc.createElement("mark");
    m.append(doc.createTextNode(piece));
    m.dataset.tags = seg.tags.join(" ");
    m.dataset.start = String(seg.start);
    m.dataset.end = String(seg.end);
    const extra = markClass && markClass(seg.tags);
    if (extra) m.className = extra;
    const tip = describe && describe(seg.tags);
    if (tip) m.title = tip;
    target.append(m);
  }
}

/** Every span of a Report, tagged with the index of its signal. */
export function reportSpans(report) {
  const out = [];
  (report.signals || []).forEach((s, i) => {
    for (const sp of s.spans || []) out.push({ start16: sp.start16, end16: sp.end16, tag: String(i + 1) });
  });
  return out;
}

/** The distinct pieces of text a signal points at, for quoting next to its explanation. */
export function signalQuotes(text, signal) {
  const seen = [];
  for (const sp of signal.spans || []) {
    const q = text.slice(sp.start16, sp.end16).trim();
    if (q && !seen.includes(q)) seen.push(q);
  }
  return seen;
}

const LEVELS = { low: 0, medium: 1, high: 2 };
/** Orders risk levels. */
export function levelRank(level) { return LEVELS[level] ?? 0; }

/**
 * Renders a Report into `root` (replacing its children): gauge, families, highlighted input,
 * signals with explanations, advice. `t` holds the UI strings of the current language.
 * Returns the element that holds the highlighted text.
 */
export function renderReport(root, report, text, t, { headingLevel = 3, showText = true } = {}) {
  const doc = root.ownerDocument;
  root.replaceChildren();
  const h = (s) => el(doc, `h${headingLevel}`, null, s);

  // Gauge: a bar of three bands with the score as a needle, plus the level as words.
  const gauge = el(doc, "div", "sc-gauge");
  gauge.dataset.level = report.level;
  const label = el(doc, "p", "sc-gauge-label");
  label.append(el(doc, "strong", "sc-level", report.level_label));
  label.append(doc.createTextNode(" "));
  label.append(el(doc, "span", "sc-score", t.score(report.score)));
  const bar = el(doc, "div", "sc-bar");
  bar.setAttribute("aria-hidden", "true");
  for (const band of ["low", "medium", "high"]) bar.append(el(doc, "span", `sc-band sc-band-${band}`));
  const needle = el(doc, "span", "sc-needle");
  needle.style.setProperty("--score", String(Math.max(0, Math.min(100, report.score))));
  bar.append(needle);
  gauge.append(label, bar);
  root.append(gauge);

  if (report.families && report.families.length) {
    const sec = el(doc, "section", "sc-families");
    sec.append(h(t.families));
    const ul = el(doc, "ul");
    for (const f of report.families) {
      const li = el(doc, "li");
      li.dataset.family = f.id;
      li.append(el(doc, "strong", null, f.name), el(doc, "span", "sc-family-summary", f.summary));
      ul.append(li);
    }
    sec.append(ul);
    root.append(sec);
  }

  let textBox = null;
  if (showText && text) {
    const sec = el(doc, "section", "sc-text");
    sec.append(h((report.signals || []).some((s) => s.spans && s.spans.length) ? t.highlighted : t.yourText));
    textBox = el(doc, "div", "sc-highlighted");
    const expl = (tags) => tags.map((n) => report.signals[Number(n) - 1]?.explanation).filter(Boolean).join("\n");
    highlightInto(textBox, text, reportSpans(report), { describe: expl });
    sec.append(textBox);
    root.append(sec);
  }

  if (report.signals && report.signals.length) {
    const sec = el(doc, "section", "sc-signals");
    sec.append(h(t.signals));
    const ol = el(doc, "ol");
    for (const s of report.signals) {
      const li = el(doc, "li");
      li.dataset.rule = s.rule;
      li.append(el(doc, "span", "sc-expl", s.explanation));
      const quotes = signalQuotes(text || "", s);
      if (quotes.length) {
        const q = el(doc, "span", "sc-quotes");
        quotes.slice(0, 6).forEach((x, i) => {
          if (i) q.append(doc.createTextNode(t.listSep));
          q.append(el(doc, "q", null, x));
        });
        li.append(q);
      }
      ol.append(li);
    }
    sec.append(ol);
    root.append(sec);
  }

  if (report.notes && report.notes.length) {
    const ul = el(doc, "ul", "sc-notes");
    for (const n of report.notes) ul.append(el(doc, "li", null, n));
    root.append(ul);
  }

  if (report.advice && report.advice.length) {
    const sec = el(doc, "section", "sc-advice");
    sec.append(h(t.advice));
    const ul = el(doc, "ul");
    for (const a of report.advice) ul.append(el(doc, "li", null, a));
    sec.append(ul);
    root.append(sec);
  }
  return textBox;
}
