// Lessons mode: one example script per family, the signs explained for teenagers or for older
// people, a "spot the signs" exercise compared with the checker's spans, a printable handout.
import { loadChecker, safeCheck } from "./lib/engine.js";
import { renderReport, highlightInto, el } from "./lib/render.js";
import { REPORT_STRINGS, HELP, langFromUrl, setLangInUrl, applyStrings } from "./lib/i18n.js";
import { FAMILIES } from "./lib/examples.js";
import { FAMILY_INFO, GENERAL_ADVICE } from "./lib/families-data.js";
import { adoptReportCss } from "./lib/report-css.js";

const engineLoad = loadChecker();
adoptReportCss(document);

const STRINGS = {
  zh: {
    skip: "跳到课程内容", brand: "反诈课堂", navLabel: "页面", navCheck: "检测", navLessons: "课堂", navCounter: "柜台",
    title: "反诈课堂：认识每一种骗局的套路",
    lead: "每种骗局一段示例话术，危险的地方标了出来，并用大白话解释。先自己找一找，再和检查器对答案。",
    galleryHeading: "选择一种骗局", audienceLegend: "讲给谁听", audTeen: "学生", audElder: "长辈",
    handout: "反诈讲义", scriptHeading: "骗子的话术（示例），危险之处已标出",
    exHeading: "练一练：找出可疑的地方",
    exHint: "点一下你觉得可疑的句子或短语（再点一下取消），然后点“对答案”。",
    exCheck: "对答案", exReset: "重来", reveal: "不做练习，直接看讲解",
    checkerHeading: "检查器怎么说", adviceHeading: "记住这几条", print: "打印这一课的讲义",
    footer: "示例话术为本项目编写，人名、号码、链接均为虚构。检查在浏览器里完成，不联网、不保存。",
    langButton: "English",
    loading: "检查器加载中……",
    exNone: "你还没有标记任何地方。先点一点你觉得可疑的句子吧。",
    exScore: (hit, total, extra) => `你找到了 ${hit} / ${total} 处可疑的地方` + (extra ? `，另有 ${extra} 处其实没问题` : "") + "。",
    exAll: "全部找到了，真厉害！",
    exMissedHead: "漏掉的地方：",
    hitLabel: "（找对了）", missLabel: "（漏掉了）", extraLabel: "（不算可疑）",
    checkerAlso: "检查器还标出：",
    pageTitle: "反诈课堂 · scamcheck",
  },
  en: {
    skip: "Skip to the lesson", brand: "Scam lessons", navLabel: "Pages", navCheck: "Check", navLessons: "Lessons", navCounter: "Bank counter",
    title: "Scam lessons: learn the tricks of each scam",
    lead: "One example script per scam, with the dangerous parts marked and explained in plain words. Find them yourself first, then compare with the checker.",
    galleryHeading: "Pick a scam", audienceLegend: "Explain for", audTeen: "Students", audElder: "Older people",
    handout: "Anti-scam handout", scriptHeading: "The scammer's script (example), dangerous parts marked",
    exHeading: "Exercise: spot the signs",
    exHint: "Tap each sentence or phrase you find suspicious (tap again to undo), then press \"Check my answers\".",
    exCheck: "Check my answers", exReset: "Start again", reveal: "Skip the exercise and show the explanation",
    checkerHeading: "What the checker says", adviceHeading: "Remember", print: "Print this lesson's handout",
    footer: "The example scripts were written for this project; names, numbers and links are made up. Checks run in your browser; nothing is sent or saved.",
    langButton: "中文",
    loading: "Loading the checker…",
    exNone: "You have not marked anything yet. Tap the sentences you find suspicious first.",
    exScore: (hit, total, extra) => `You found ${hit} of ${total} warning signs` + (extra ? `, and marked ${extra} that are fine` : "") + ".",
    exAll: "You found them all. Well done!",
    exMissedHead: "What you missed:",
    hitLabel: " (found)", missLabel: " (missed)", extraLabel: " (not a warning sign)",
    checkerAlso: "The checker also marked:",
    pageTitle: "Scam lessons · scamcheck",
  },
};

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
let lang = langFromUrl();
let family = FAMILIES.some((f) => f.id === params.get("family")) ? params.get("family") : FAMILIES[0].id;
let audience = params.get("audience") === "elder" ? "elder" : "teen";
let checker = null;
let answered = false;

const t = () => STRINGS[lang];
const fam = () => FAMILIES.find((f) => f.id === family);

function saveToUrl() {
  setLangInUrl(lang);
  const u = new URL(location.href);
  u.searchParams.set("family", family);
  if (audience === "elder") u.searchParams.set("audience", "elder"); else u.searchParams.delete("audience");
  history.replaceState(null, "", u);
}

// ---- the key: lesson signs (found in the script) and the checker's spans -----------------

/** The lesson's signs with their place in the script (UTF-16 offsets). */
function lessonSigns(lesson) {
  const out = [];
  for (const [phrase, teen, elder] of lesson.signs) {
    const at = lesson.script.indexOf(phrase);
    if (at >= 0) out.push({ phrase, teen, elder, start16: at, end16: at + phrase.length });
  }
  return out;
}

function checkerReport(text) {
  return checker ? safeCheck(checker, text, "auto", lang) : null;
}

/** Places to find: every lesson sign and every span the checker reports. */
function keySpans(signs, report) {
  const spans = signs.map((s) => ({ start16: s.start16, end16: s.end16 }));
  if (report && !report.error) {
    for (const s of report.signals) for (const sp of s.spans) spans.push({ start16: sp.start16, end16: sp.end16 });
  }
  return spans;
}

/** Cuts the script into clauses at punctuation, the units a learner can mark. */
export function clauses(text) {
  const out = [];
  let start = 0;
  const re = /[，。！？；：、,.!?;:…）)\n]+/g;
  let m;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    // Keep "3.5", "1,000" and similar numbers whole.
    if (/[.,]/.test(m[0]) && /\d/.test(text[m.index - 1] || "") && /\d/.test(text[end] || "")) continue;
    if (end - start >= 2) { out.push({ start, end }); start = end; }
  }
  if (start < text.length) {
    if (text.length - start < 2 && out.length) out[out.length - 1].end = text.length;
    else out.push({ start, end: text.length });
  }
  return out.filter((c) => text.slice(c.start, c.end).trim());
}

// ---- rendering ------------------------------------------------------------------------------

function renderGallery() {
  const box = $("gallery");
  box.replaceChildren();
  for (const f of FAMILIES) {
    const b = el(document, "button", "chip", f.name[lang]);
    b.type = "button";
    b.dataset.family = f.id;
    b.setAttribute("aria-pressed", String(f.id === family));
    b.addEventListener("click", () => {
      family = f.id;
      answered = false;
      render();
      $("lesson").focus();
    });
    box.append(b);
  }
}

function renderExercise(lesson) {
  const box = $("exercise");
  box.replaceChildren();
  for (const c of clauses(lesson.script)) {
    const b = el(document, "button", "clause", lesson.script.slice(c.start, c.end));
    b.type = "button";
    b.dataset.start = String(c.start);
    b.dataset.end = String(c.end);
    b.setAttribute("aria-pressed", "false");
    b.addEventListener("click", () => {
      b.setAttribute("aria-pressed", String(b.getAttribute("aria-pressed") !== "true"));
    });
    box.append(b);
  }
  $("ex-result").textContent = "";
  $("ex-missed").replaceChildren();
  box.dataset.state = "open";
}

function gradeExercise() {
  const lesson = fam()[lang];
  const signs = lessonSigns(lesson);
  const report = checkerReport(lesson.script);
  const key = keySpans(signs, report);
  const s = t();
  const buttons = [...$("exercise").querySelectorAll(".clause")];
  const marked = buttons.filter((b) => b.getAttribute("aria-pressed") === "true");
  if (!marked.length) { $("ex-result").textContent = s.exNone; return; }
  let hit = 0, total = 0, extra = 0;
  const missed = [];
  for (const b of buttons) {
    const a = Number(b.dataset.start), z = Number(b.dataset.end);
    const isKey = key.some((k) => k.start16 < z && k.end16 > a);
    const on = b.getAttribute("aria-pressed") === "true";
    b.querySelector(".verdict")?.remove();
    let verdict = null;
    if (isKey) total++;
    if (isKey && on) { hit++; verdict = "hit"; }
    else if (isKey) { verdict = "miss"; missed.push({ a, z }); }
    else if (on) { extra++; verdict = "extra"; }
    if (verdict) {
      b.dataset.verdict = verdict;
      b.append(el(document, "span", "verdict", s[`${verdict}Label`]));
    } else delete b.dataset.verdict;
  }
  const box = $("exercise");
  box.dataset.state = "graded";
  box.dataset.hits = String(hit);
  box.dataset.misses = String(total - hit);
  box.dataset.extra = String(extra);
  $("ex-result").textContent = s.exScore(hit, total, extra) + (hit === total ? ` ${s.exAll}` : "");
  // Explain what was missed, in the audience's words (the checker's words where no sign fits).
  const ul = $("ex-missed");
  ul.replaceChildren();
  if (missed.length) {
    ul.append(el(document, "li", "missed-head", s.exMissedHead));
    for (const m of missed) {
      const sign = signs.find((g) => g.start16 < m.z && g.end16 > m.a);
      const sig = !sign && report && !report.error &&
        report.signals.find((x) => x.spans.some((sp) => sp.start16 < m.z && sp.end16 > m.a));
      const li = el(document, "li");
      li.append(el(document, "q", null, lesson.script.slice(m.a, m.z).trim()), document.createTextNode(" "));
      li.append(document.createTextNode(sign ? sign[audience] : sig ? sig.explanation : ""));
      ul.append(li);
    }
  }
  reveal();
}

function reveal() {
  answered = true;
  $("lesson").dataset.revealed = "true";
}

function renderExplained(lesson) {
  const signs = lessonSigns(lesson);
  const report = checkerReport(lesson.script);
  const spans = signs.map((g, i) => ({ start16: g.start16, end16: g.end16, tag: `s${i + 1}` }));
  if (report && !report.error) {
    report.signals.forEach((sig, i) => sig.spans.forEach((sp) => spans.push({ ...sp, tag: `c${i + 1}` })));
  }
  const describe = (tags) => tags.map((tag) => {
    const n = Number(tag.slice(1)) - 1;
    return tag[0] === "s" ? signs[n]?.[audience] : report?.signals?.[n]?.explanation;
  }).filter(Boolean).join("\n");
  highlightInto($("lesson-script"), lesson.script, spans, {
    describe,
    markClass: (tags) => (tags.some((x) => x[0] === "s") ? "sign" : "checker"),
  });
  const ol = $("signs");
  ol.replaceChildren();
  for (const g of signs) {
    const li = el(document, "li");
    li.append(el(document, "q", "sign-phrase", g.phrase), el(document, "span", "sign-expl", g[audience]));
    ol.append(li);
  }
  const box = $("lesson-report");
  if (!report) {
    box.replaceChildren(el(document, "p", "hint", t().loading));
    box.dataset.state = "pending";
  } else if (report.error) {
    box.replaceChildren(el(document, "p", "error", report.error));
    box.dataset.state = "done";
  } else {
    renderReport(box, { ...report, advice: [] }, lesson.script, REPORT_STRINGS[lang], { headingLevel: 4, showText: false });
    box.dataset.level = report.level;
    box.dataset.state = "done";
  }
}

function renderAdvice() {
  const info = FAMILY_INFO.find((f) => f.id === family);
  $("lesson-h").textContent = info ? info.name[lang] : fam().name[lang];
  $("lesson-summary").textContent = info ? info.summary[lang] : "";
  const ul = $("lesson-advice");
  ul.replaceChildren();
  for (const a of [...(info ? info.advice[lang] : []), ...GENERAL_ADVICE[lang]]) ul.append(el(document, "li", null, a));
  const h = HELP[lang];
  $("help-h").textContent = h.title;
  const dl = $("help-list");
  dl.replaceChildren();
  for (const [k, v] of h.items) {
    const d = el(document, "div", "help-item");
    d.append(el(document, "dt", null, k), el(document, "dd", null, v));
    dl.append(d);
  }
}

function render() {
  saveToUrl();
  const s = t();
  applyStrings(document, s);
  document.title = s.pageTitle;
  $("lang").textContent = s.langButton;
  $("lang").lang = lang === "zh" ? "en" : "zh-CN";
  for (const a of document.querySelectorAll("a[data-keep-lang]")) {
    const u = new URL(a.getAttribute("href"), location.href);
    if (lang === "en") u.searchParams.set("lang", "en"); else u.searchParams.delete("lang");
    a.href = u.pathname.split("/").pop() + u.search;
  }
  for (const r of document.querySelectorAll('input[name="audience"]')) r.checked = r.value === audience;
  renderGallery();
  const lesson = fam()[lang];
  $("lesson").dataset.family = family;
  if (!answered) delete $("lesson").dataset.revealed;
  renderAdvice();
  renderExercise(lesson);
  renderExplained(lesson);
}

$("lang").addEventListener("click", () => { lang = lang === "zh" ? "en" : "zh"; answered = false; render(); });
for (const r of document.querySelectorAll('input[name="audience"]')) {
  r.addEventListener("change", () => {
    audience = r.value;
    saveToUrl();
    renderExplained(fam()[lang]);
    if ($("exercise").dataset.state === "graded") gradeExercise();
  });
}
$("ex-check").addEventListener("click", gradeExercise);
$("ex-reset").addEventListener("click", () => { answered = false; delete $("lesson").dataset.revealed; renderExercise(fam()[lang]); });
$("reveal").addEventListener("click", () => { reveal(); $("explained").scrollIntoView({ block: "start" }); });
$("print").addEventListener("click", () => window.print());

render();

engineLoad.then(({ checker: c }) => {
  checker = c;
  renderExplained(fam()[lang]);
  document.documentElement.dataset.ready = "true";
}, () => { document.documentElement.dataset.ready = "error"; });
