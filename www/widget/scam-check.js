// <scam-check>: the embeddable checker. One script tag and one element:
//
//   <script type="module" src="https://YOUR-HOST/widget/scam-check.js"></script>
//   <scam-check lang="zh" theme="light" accent="#0b57b0" kinds="auto,message,url" hotline="95588"></scam-check>
//
// Everything lives in a Shadow DOM with constructed stylesheets (no <style>, no style
// attributes: it runs under a strict CSP). The engine (../pkg) is loaded relative to this
// file. Each result is announced to the host page as a `scamcheck-result` event (bubbles,
// composed) whose `detail` is the Report. The user's text never leaves the element except as
// that Report; nothing is stored and nothing is sent. See ../EMBED.md.
import { loadChecker, safeCheck } from "../lib/engine.js";
import { renderReport, el } from "../lib/render.js";
import { REPORT_STRINGS } from "../lib/i18n.js";
import { reportSheet } from "../lib/report-css.js";

const KINDS = ["auto", "message", "url", "qr", "pitch"];

const STRINGS = {
  zh: {
    title: "防诈骗检查",
    label: "粘贴收到的短信、聊天、网址或二维码内容",
    placeholder: "例如对方发来的消息或链接",
    kind: "内容类型",
    kinds: { auto: "自动判断", message: "聊天 / 短信", url: "网址", qr: "二维码内容", pitch: "投资推荐" },
    loading: "正在加载……",
    ready: "粘贴内容后自动检查，内容不会上传。",
    failed: "检查功能加载失败。",
    summary: (r) => `${r.level_label}（${r.score} 分）` + (r.families.length ? `：${r.families.map((f) => f.name).join("、")}` : ""),
    help: "拿不准？拨打 96110 反诈专线；已转账请立即拨打 110。",
    hotline: (n) => `本机构客服：${n}（请自己拨打核实）`,
    privacy: "检查在本机完成，不上传、不保存。",
  },
  en: {
    title: "Scam check",
    label: "Paste the text, chat, link or QR content you received",
    placeholder: "e.g. the message or link someone sent you",
    kind: "Kind of content",
    kinds: { auto: "Detect", message: "Chat / SMS", url: "Link", qr: "QR content", pitch: "Investment offer" },
    loading: "Loading…",
    ready: "Checked as you type; nothing is uploaded.",
    failed: "The checker failed to load.",
    summary: (r) => `${r.level_label} (${r.score})` + (r.families.length ? `: ${r.families.map((f) => f.name).join(", ")}` : ""),
    help: "Not sure? In China call the 96110 anti-fraud line; if you have paid, call 110 at once.",
    hotline: (n) => `Our helpline: ${n} (dial it yourself to check)`,
    privacy: "Checked on this device; nothing is uploaded or saved.",
  },
};

const WIDGET_CSS = `
:host { all: initial; display: block; contain: content;
  font: 15px/1.55 system-ui, -apple-system, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
  --sc-bg: #ffffff; --sc-fg: #1a1a1a; --sc-muted: #4a4f57; --sc-panel: #f6f7f9; --sc-border: #c9ced6;
  --sc-accent: #b3261e; --sc-accent-fg: #ffffff; --sc-focus: #0b57b0;
  --sc-low-bg: #e7f6ec; --sc-low-fg: #14532d; --sc-medium-bg: #fff4d6; --sc-medium-fg: #7a4100;
  --sc-high-bg: #fde8e7; --sc-high-fg: #8c1d18;
  --sc-mark-bg: #ffe27a; --sc-mark-fg: #1a1a1a; --sc-mark-line: #a15c00; }
:host([theme="dark"]) {
  --sc-bg: #1d2026; --sc-fg: #eceff3; --sc-muted: #b7bdc7; --sc-panel: #262a31; --sc-border: #4a505a;
  --sc-accent: #ff8a80; --sc-accent-fg: #1a1a1a; --sc-focus: #8ab4f8;
  --sc-low-bg: #15301f; --sc-low-fg: #9be3b1; --sc-medium-bg: #3a2c0c; --sc-medium-fg: #ffd27a;
  --sc-high-bg: #3d1614; --sc-high-fg: #ffb4ab; }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.box { background: var(--sc-bg); color: var(--sc-fg); border: 1px solid var(--sc-border);
  border-top: 4px solid var(--sc-accent); border-radius: 10px; padding: 1rem; }
h2 { font-size: 1.15rem; margin: 0 0 .6rem; }
h3 { font-size: 1rem; margin: .7rem 0 .3rem; }
label { display: block; font-weight: 600; margin: .4rem 0 .3rem; }
textarea, select { font: inherit; color: var(--sc-fg); background: var(--sc-bg); width: 100%;
  border: 2px solid var(--sc-border); border-radius: 8px; padding: .5rem .6rem; }
textarea { min-height: 6rem; resize: vertical; }
select { width: auto; min-height: 40px; }
textarea:focus-visible, select:focus-visible { outline: 3px solid var(--sc-focus); outline-offset: 1px; border-color: var(--sc-focus); }
.status { font-weight: 600; margin: .6rem 0; }
.out:empty { display: none; }
.foot { color: var(--sc-muted); font-size: .88rem; margin: .6rem 0 0; }
.foot p { margin: .15rem 0; }
.hotline { color: var(--sc-fg); font-weight: 600; }
:host([compact]) .box { padding: .7rem; }
:host([compact]) h2 { font-size: 1rem; }
:host([compact]) .sc-text, :host([compact]) .sc-signals, :host([compact]) .sc-family-summary,
:host([compact]) .sc-notes, :host([compact]) .privacy { display: none; }
:host([compact]) .sc-gauge { padding: .5rem .7rem; }
:host([compact]) .sc-level { font-size: 1.2rem; }
`;

let widgetSheet = null;
function sheets() {
  if (!widgetSheet) {
    widgetSheet = new CSSStyleSheet();
    widgetSheet.replaceSync(WIDGET_CSS);
  }
  return [reportSheet(), widgetSheet];
}

let uid = 0;

class ScamCheck extends HTMLElement {
  static get observedAttributes() { return ["lang", "theme", "accent", "compact", "kinds", "hotline"]; }

  #root;
  #els = {};
  #checker = null;
  #timer = 0;
  #last = null;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: "open" });
    this.#root.adoptedStyleSheets = sheets();
    const d = document;
    const id = `sc${++uid}`;
    const box = el(d, "div", "box");
    box.setAttribute("part", "box");
    const title = el(d, "h2");
    title.id = `${id}-t`;
    const section = el(d, "section");
    section.setAttribute("aria-labelledby", title.id);
    const kindLabel = el(d, "label");
    kindLabel.htmlFor = `${id}-k`;
    const kind = el(d, "select");
    kind.id = `${id}-k`;
    const kindWrap = el(d, "div", "kind");
    kindWrap.append(kindLabel, kind);
    const label = el(d, "label");
    label.htmlFor = `${id}-i`;
    const input = el(d, "textarea");
    input.id = `${id}-i`;
    input.spellcheck = false;
    input.autocomplete = "off";
    const status = el(d, "p", "status");
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    status.setAttribute("aria-atomic", "true");
    const out = el(d, "div", "out");
    const foot = el(d, "div", "foot");
    const help = el(d, "p", "help");
    const hotline = el(d, "p", "hotline");
    const privacy = el(d, "p", "privacy");
    foot.append(help, hotline, privacy);
    section.append(title, label, input, kindWrap, status, out, foot);
    box.append(section);
    this.#root.append(box);
    this.#els = { box, title, kindLabel, kind, kindWrap, label, input, status, out, help, hotline, privacy };
    input.addEventListener("input", () => this.#schedule());
    kind.addEventListener("change", () => this.#run());
  }

  get #lang() { return this.getAttribute("lang") === "en" ? "en" : "zh"; }
  get #t() { return STRINGS[this.#lang]; }

  connectedCallback() {
    this.#applyAttributes();
    if (this.#checker) return;
    this.dataset.ready = "loading";
    loadChecker().then(({ checker }) => {
      this.#checker = checker;
      this.dataset.ready = "true";
      if (this.#els.input.value.trim()) this.#run();
      else this.#els.status.textContent = this.#t.ready;
    }, () => {
      this.dataset.ready = "error";
      this.#els.status.textContent = this.#t.failed;
    });
  }

  attributeChangedCallback() {
    if (this.isConnected) {
      this.#applyAttributes();
      if (this.#checker && this.#els.input.value.trim()) this.#run();
    }
  }

  /** The text being checked (settable: checks it at once). */
  get value() { return this.#els.input.value; }
  set value(v) { this.#els.input.value = String(v ?? ""); this.#schedule(); this.#run(); }

  /** The latest Report, or null. */
  get report() { return this.#last; }

  #applyAttributes() {
    const t = this.#t;
    const e = this.#els;
    e.title.textContent = t.title;
    e.label.textContent = t.label;
    e.input.placeholder = t.placeholder;
    e.kindLabel.textContent = t.kind;
    e.help.textContent = t.help;
    e.privacy.textContent = t.privacy;
    const hot = (this.getAttribute("hotline") || "").trim().slice(0, 40);
    e.hotline.textContent = hot ? t.hotline(hot) : "";
    e.hotline.hidden = !hot;
    // Which kinds to offer: a comma list of auto|message|url|qr|pitch (default: all).
    const asked = (this.getAttribute("kinds") || "").split(/[\s,]+/).filter((k) => KINDS.includes(k));
    const kinds = asked.length ? asked : KINDS;
    const current = e.kind.value;
    e.kind.replaceChildren(...kinds.map((k) => {
      const o = el(document, "option", null, t.kinds[k]);
      o.value = k;
      return o;
    }));
    if (kinds.includes(current)) e.kind.value = current;
    e.kindWrap.hidden = kinds.length < 2;
    // Accent colour: only a valid CSS colour, set through the CSSOM (allowed by the CSP).
    const accent = this.getAttribute("accent");
    if (accent && CSS.supports("color", accent)) e.box.style.setProperty("--sc-accent", accent);
    else e.box.style.removeProperty("--sc-accent");
    if (!this.#checker) e.status.textContent = this.dataset.ready === "error" ? t.failed : t.loading;
  }

  #schedule() {
    this.dataset.state = "pending";
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#run(), 150);
  }

  #run() {
    clearTimeout(this.#timer);
    if (!this.#checker) return;
    const e = this.#els;
    const text = e.input.value;
    const t = this.#t;
    if (!text.trim()) {
      e.out.replaceChildren();
      e.status.textContent = t.ready;
      this.#last = null;
      delete this.dataset.level;
      this.dataset.state = "done";
      return;
    }
    const report = safeCheck(this.#checker, text, e.kind.value || "auto", this.#lang);
    if (report.error) {
      e.out.replaceChildren();
      e.status.textContent = report.error;
      this.dataset.state = "done";
      return;
    }
    renderReport(e.out, report, text, REPORT_STRINGS[this.#lang], { headingLevel: 3 });
    e.status.textContent = t.summary(report);
    this.#last = report;
    this.dataset.level = report.level;
    this.dataset.state = "done";
    this.dispatchEvent(new CustomEvent("scamcheck-result", { detail: report, bubbles: true, composed: true }));
  }
}

if (!customElements.get("scam-check")) customElements.define("scam-check", ScamCheck);
