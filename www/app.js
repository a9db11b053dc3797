// The public page: paste or type, see the result as you type; QR images decoded on the device.
import { loadChecker, safeCheck } from "./lib/engine.js";
import { renderReport, el, levelRank } from "./lib/render.js";
import { REPORT_STRINGS, HELP, langFromUrl, setLangInUrl, applyStrings } from "./lib/i18n.js";
import { examplesFor } from "./lib/examples.js";
import { adoptReportCss } from "./lib/report-css.js";

// The engine is loading already (lib/engine.js starts it, and index.html runs that early):
// nothing else on the page waits for it, and it waits for nothing.
const engineLoad = loadChecker();
adoptReportCss(document);

const STRINGS = {
  zh: {
    skip: "跳到输入框", brand: "防诈骗检测", navLabel: "页面", navLessons: "课堂", navCounter: "柜台",
    navWidget: "嵌入演示",
    title: "这是诈骗吗？粘贴进来查一查",
    lead: "网址、二维码、聊天或短信、投资推荐都可以。检查只在你的设备上进行，内容不会上传、不会保存。",
    inputHeading: "要检查的内容", kindLegend: "内容类型", kindAuto: "自动判断", kindMessage: "聊天 / 短信",
    kindUrl: "网址", kindQr: "二维码内容", kindPitch: "投资推荐",
    inputLabel: "粘贴或输入内容（边输入边检查）",
    placeholder: "例如：兼职刷单，日赚300，先垫付后返佣金……",
    clear: "清空",
    qrHeading: "二维码图片",
    qrHint: "上传或粘贴（Ctrl+V）二维码截图，或用摄像头扫描；图片也只在本机识别。",
    qrUpload: "上传二维码图片", qrCamera: "用摄像头扫码", qrStop: "停止扫描",
    examplesHeading: "试一试例子",
    examplesHint: "每种常见骗局一个例子（内容为编写的示例），以及几条正常短信作对照。",
    benignTag: "正常",
    resultHeading: "检查结果",
    waiting: "正在加载检查引擎……",
    ready: "可以开始了：粘贴或输入内容。",
    empty: "输入内容后，这里会显示结果。",
    loadFailed: "检查引擎加载失败，请刷新页面重试。",
    privacy: "隐私：检查在你的浏览器里完成，不联网、不上传、不保存任何内容。检查结果仅供参考，不能代替你的判断。",
    rulesLabel: "规则版本",
    chars: (n) => `${n} 字`,
    summary: (r) => `${r.level_label}（${r.score} 分）` + (r.families.length ? `：${r.families.map((f) => f.name).join("、")}` : ""),
    qrLoading: "正在识别二维码……",
    qrUnavailable: "本页暂不能识别二维码图片（识别模块尚未安装）。你可以用手机扫码后，把扫出的文字或网址粘贴到上面的输入框。",
    qrNone: "图片里没有找到二维码。请换一张更清晰、完整的截图。",
    qrLarge: "图片太大，无法识别。请裁剪到只剩二维码后再试。",
    qrImage: "无法读取这张图片。",
    qrCameraFail: "无法打开摄像头（可能未授权或设备不支持）。可以改为上传截图。",
    qrNoCamera: "此浏览器或页面不支持摄像头扫码，可以上传截图。",
    qrScanning: "请把二维码对准摄像头……",
    qrFound: (n) => `找到 ${n} 个二维码，结果见下方。`,
    qrPayload: (i, n) => (n > 1 ? `二维码 ${i} / ${n} 的内容` : "二维码的内容"),
    langButton: "English",
  },
  en: {
    skip: "Skip to the input", brand: "Scam check", navLabel: "Pages", navLessons: "Lessons", navCounter: "Bank counter",
    navWidget: "Widget demo",
    title: "Is this a scam? Paste it here to check",
    lead: "A link, a QR code, a chat or text message, an investment offer. The check runs on your device: nothing is uploaded or saved.",
    inputHeading: "What to check", kindLegend: "Kind of content", kindAuto: "Detect", kindMessage: "Chat / SMS",
    kindUrl: "Link", kindQr: "QR content", kindPitch: "Investment offer",
    inputLabel: "Paste or type (checked as you type)",
    placeholder: "e.g. Remote job, like videos, daily pay, top up your account to unlock commission…",
    clear: "Clear",
    qrHeading: "QR code image",
    qrHint: "Upload or paste (Ctrl+V) a screenshot of a QR code, or scan with the camera; images are read on this device only.",
    qrUpload: "Upload a QR image", qrCamera: "Scan with camera", qrStop: "Stop scanning",
    examplesHeading: "Try an example",
    examplesHint: "One made-up example of each common scam, and a few ordinary messages to compare.",
    benignTag: "normal",
    resultHeading: "Result",
    waiting: "Loading the checker…",
    ready: "Ready: paste or type something.",
    empty: "The result appears here once you type.",
    loadFailed: "The checker failed to load. Please reload the page.",
    privacy: "Privacy: the check runs in your browser. Nothing is sent, uploaded or saved. A result is a guide and cannot replace your own judgement.",
    rulesLabel: "Rules version",
    chars: (n) => `${n} characters`,
    summary: (r) => `${r.level_label} (${r.score})` + (r.families.length ? `: ${r.families.map((f) => f.name).join(", ")}` : ""),
    qrLoading: "Reading the QR code…",
    qrUnavailable: "This page cannot read QR images yet (the decoder module is not installed). Scan the code with your phone and paste the text or link into the box above.",
    qrNone: "No QR code found in that image. Try a sharper screenshot that shows the whole code.",
    qrLarge: "That image is too large to read. Crop it to just the QR code and try again.",
    qrImage: "That image could not be read.",
    qrCameraFail: "The camera could not be opened (permission refused or no camera). You can upload a screenshot instead.",
    qrNoCamera: "This browser or page cannot use the camera; upload a screenshot instead.",
    qrScanning: "Point the camera at the QR code…",
    qrFound: (n) => `Found ${n} QR code${n > 1 ? "s" : ""}; see the result below.`,
    qrPayload: (i, n) => (n > 1 ? `Content of QR code ${i} of ${n}` : "Content of the QR code"),
    langButton: "中文",
  },
};

const $ = (id) => document.getElementById(id);
const input = $("input");
const result = $("result");
const summary = $("summary");
const qrStatus = $("qr-status");

let lang = langFromUrl();
let checker = null;
let timer = 0;
let lastQr = null; // payloads shown from the last QR image, re-rendered on a language switch

const kind = () => document.querySelector('input[name="kind"]:checked').value;
const t = () => STRINGS[lang];

// ---- checking as you type ------------------------------------------------------------------

function schedule() {
  result.dataset.state = "pending";
  $("count").textContent = input.value ? t().chars(input.value.length) : "";
  clearTimeout(timer);
  timer = setTimeout(runCheck, 150);
}

function runCheck() {
  clearTimeout(timer);
  if (!checker) return; // runs again once the engine is ready
  lastQr = null;
  const text = input.value;
  if (!text.trim()) {
    result.replaceChildren();
    delete result.dataset.level;
    summary.textContent = t().empty;
    result.dataset.state = "done";
    return;
  }
  const report = safeCheck(checker, text, kind(), lang);
  showReports([{ text, report }]);
}

function showReports(items) {
  result.replaceChildren();
  let worst = null;
  items.forEach(({ text, report, title }) => {
    const block = el(document, "article", "report");
    if (title) block.append(el(document, "h3", "report-title", title));
    if (report.error) {
      block.append(el(document, "p", "error", report.error));
    } else {
      const body = el(document, "div", "report-body");
      renderReport(body, report, text, REPORT_STRINGS[lang], { headingLevel: title ? 4 : 3 });
      block.dataset.level = report.level;
      block.append(body);
      if (!worst || levelRank(report.level) > levelRank(worst.level) ||
          (report.level === worst.level && report.score > worst.score)) worst = report;
    }
    result.append(block);
  });
  if (worst) {
    result.dataset.level = worst.level;
    summary.textContent = t().summary(worst);
  } else {
    delete result.dataset.level;
    summary.textContent = items[0]?.report?.error || "";
  }
  result.dataset.state = "done";
}

// ---- QR images -----------------------------------------------------------------------------

let qrModule = null;
async function qr() {
  if (!qrModule) qrModule = await import("./lib/qr.js");
  return qrModule;
}

function qrMessage(e) {
  const s = t();
  switch (e && e.code) {
    case "unavailable": return s.qrUnavailable;
    case "none": return s.qrNone;
    case "large": return s.qrLarge;
    case "camera": return s.qrCameraFail;
    default: return s.qrImage;
  }
}

function showQrPayloads(payloads) {
  lastQr = payloads;
  if (!checker) return;
  const n = payloads.length;
  showReports(payloads.map((p, i) => ({
    text: p, report: safeCheck(checker, p, "qr", lang), title: t().qrPayload(i + 1, n),
  })));
}

async function checkImage(blob) {
  qrStatus.dataset.state = "busy";
  qrStatus.textContent = t().qrLoading;
  result.dataset.state = "pending";
  try {
    const { decodeImage } = await qr();
    const payloads = await decodeImage(blob);
    qrStatus.textContent = t().qrFound(payloads.length);
    qrStatus.dataset.state = "found";
    showQrPayloads(payloads);
  } catch (e) {
    qrStatus.textContent = qrMessage(e);
    qrStatus.dataset.state = e && e.code || "error";
    result.dataset.state = "done";
  }
}

$("qr-file").addEventListener("change", (ev) => {
  const f = ev.target.files && ev.target.files[0];
  if (f) checkImage(f);
  ev.target.value = "";
});

document.addEventListener("paste", (ev) => {
  const items = ev.clipboardData ? [...ev.clipboardData.items] : [];
  const img = items.find((i) => i.kind === "file" && i.type.startsWith("image/"));
  if (img) {
    ev.preventDefault();
    checkImage(img.getAsFile());
  }
});

let scanAbort = null;
$("qr-camera").addEventListener("click", async () => {
  const m = await qr();
  if (!m.cameraPossible()) { qrStatus.textContent = t().qrNoCamera; return; }
  const video = $("qr-video");
  scanAbort = new AbortController();
  video.hidden = false;
  $("qr-stop").hidden = false;
  $("qr-camera").hidden = true;
  qrStatus.textContent = t().qrScanning;
  try {
    const payloads = await m.scanCamera(video, scanAbort.signal);
    if (payloads.length) { qrStatus.textContent = t().qrFound(payloads.length); showQrPayloads(payloads); }
    else qrStatus.textContent = "";
  } catch (e) {
    qrStatus.textContent = qrMessage(e);
  } finally {
    video.hidden = true;
    $("qr-stop").hidden = true;
    $("qr-camera").hidden = false;
    $("qr-camera").focus();
  }
});
$("qr-stop").addEventListener("click", () => scanAbort && scanAbort.abort());

// ---- examples, language, help --------------------------------------------------------------

function renderExamples() {
  const box = $("examples");
  box.replaceChildren();
  for (const ex of examplesFor(lang)) {
    const b = el(document, "button", ex.benign ? "example benign" : "example", ex.name);
    b.type = "button";
    b.dataset.example = ex.id;
    if (ex.benign) b.append(el(document, "span", "tag", t().benignTag));
    b.addEventListener("click", () => {
      input.value = ex.text;
      const auto = document.querySelector('input[name="kind"][value="auto"]');
      auto.checked = true;
      schedule();
      runCheck();
      $("result-h").scrollIntoView({ block: "start", behavior: "smooth" });
    });
    box.append(b);
  }
}

function renderHelp() {
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

function applyLang() {
  setLangInUrl(lang);
  const s = t();
  applyStrings(document, s);
  document.title = lang === "zh" ? "防诈骗检测 · scamcheck" : "Scam check · scamcheck";
  const btn = $("lang");
  btn.textContent = s.langButton;
  btn.lang = lang === "zh" ? "en" : "zh-CN";
  for (const a of document.querySelectorAll("a[data-keep-lang]")) {
    const u = new URL(a.getAttribute("href"), location.href);
    if (lang === "en") u.searchParams.set("lang", "en"); else u.searchParams.delete("lang");
    a.href = u.pathname.split("/").pop() + u.search;
  }
  renderExamples();
  renderHelp();
  if (!checker) summary.textContent = s.waiting;
  else if (lastQr) showQrPayloads(lastQr);
  else runCheck();
}

$("lang").addEventListener("click", () => {
  lang = lang === "zh" ? "en" : "zh";
  applyLang();
});
$("clear").addEventListener("click", () => { input.value = ""; schedule(); runCheck(); input.focus(); });
input.addEventListener("input", schedule);
for (const r of document.querySelectorAll('input[name="kind"]')) r.addEventListener("change", () => { schedule(); runCheck(); });

applyLang();

// ---- the engine ----------------------------------------------------------------------------

engineLoad.then(({ checker: c, ms }) => {
  checker = c;
  const root = document.documentElement;
  root.dataset.engineMs = ms.toFixed(1);
  root.dataset.readyAt = performance.now().toFixed(1);
  $("rules-version").textContent = c.rulesVersion;
  if (lastQr) showQrPayloads(lastQr);
  else if (input.value.trim()) runCheck();
  else { summary.textContent = t().ready; result.dataset.state = "done"; }
  root.dataset.ready = "true";
}, (e) => {
  summary.textContent = t().loadFailed;
  document.documentElement.dataset.ready = "error";
  console.error(e);
});
