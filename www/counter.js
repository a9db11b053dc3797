// Counter mode for bank tellers: 一问二看三查四劝阻 (ask the purpose, look at the customer and
// the transfer record, check chats / apps / web pages, dissuade), ending in a summary to read
// to the customer and print. Nothing is stored: reloading or "next customer" clears it all.
import { loadChecker, safeCheck } from "./lib/engine.js";
import { renderReport, el, levelRank } from "./lib/render.js";
import { REPORT_STRINGS, langFromUrl, setLangInUrl, applyStrings } from "./lib/i18n.js";
import { FAMILY_INFO, GENERAL_ADVICE } from "./lib/families-data.js";
import { adoptReportCss } from "./lib/report-css.js";

const engineLoad = loadChecker();
adoptReportCss(document);

/** 一问: what the customer says the money is for, the scam it hints at, and how strongly. */
const PURPOSES = [
  ["task", "task_rebate", "high", "刷单、做任务、兼职，需要先垫付或充值", "Online tasks / part-time job that needs money paid in first"],
  ["invest", "fake_investment", "medium", "投资理财、炒股炒币（网上认识的“老师”、群或平台）", "Investing or trading on a platform or with a 'mentor' met online"],
  ["loan", "loan", "high", "办贷款前要交解冻费、保证金或“刷流水”", "A loan that needs a fee, deposit or 'proof of funds' paid first"],
  ["official", "impersonate_official", "high", "配合公检法调查、转入“安全账户”、资金核查", "Helping police / court 'investigation', a 'safe account', a funds check"],
  ["refund", "fake_customer_service", "high", "网购客服理赔退款、关闭会员或“百万保障”", "Shop / courier 'customer service' refund, cancelling a membership"],
  ["boss", "impersonate_acquaintance", "medium", "领导、亲友在网上让转账，没有当面或电话确认", "Boss, friend or relative asked online, not confirmed by phone or in person"],
  ["student_loan", "credit_repair", "high", "注销校园贷、修复征信", "Cancelling a student-loan account / repairing a credit record"],
  ["shopping", "fake_shopping", "medium", "网购私下转账给卖家、代购", "Paying an online seller privately, outside the platform"],
  ["gold", "gold_courier", "high", "买黄金后交给别人或快递寄出", "Buying gold to hand over or post to someone"],
  ["mule", "tool_person", "high", "帮别人收款转账、出租出借银行卡", "Receiving and forwarding money for others, lending a bank card"],
  ["romance", "romance", "medium", "没见过面的网友急用钱、路费", "An online partner never met in person needs money"],
  ["prize", "prize", "high", "领奖前先交税费、手续费", "Paying tax or a fee to collect a prize"],
  ["flight", "flight_refund", "high", "航班取消、退改签理赔", "Flight cancellation refund or rebooking"],
  ["game", "game_trade", "medium", "游戏账号、装备交易", "Buying or selling game accounts or items"],
  ["elderly", "elderly", "medium", "养老项目、保健品、以房养老", "Pension project, health products, home-for-pension scheme"],
  ["tech", "tech_support", "high", "手机电脑中毒、账户异常需要“处理”", "A 'virus' or 'account problem' that needs fixing"],
  ["blackmail", "sextortion", "high", "被人用视频、照片威胁要钱", "Being threatened with a video or photos"],
  ["normal", null, "low", "日常用途（家用、房租、学费、生意往来），能说清收款人和用途", "Everyday use (household, rent, fees, business) with a clear payee and purpose"],
];

/** 二看: what the teller sees. */
const OBSERVATIONS = [
  ["on_phone", "一直在打电话或开着语音、视频，不愿挂断", "Stays on a call or video, will not hang up"],
  ["coached", "有人通过电话或耳机指导回答，说法像背过的", "Someone is coaching the answers; replies sound rehearsed"],
  ["nervous", "神色紧张、慌张，急于完成", "Nervous, anxious, in a hurry"],
  ["vague", "说不清用途，或前后说法不一致、不愿说明", "Cannot explain the purpose, story changes, refuses to say"],
  ["secrecy", "说“要保密”“不能告诉家人或银行”", "Says it must be kept secret from family or the bank"],
  ["stranger_account", "收款方是陌生个人账户", "Payee is an unknown personal account"],
  ["large_cash", "大额取现或购买金条", "Large cash withdrawal or buying gold bars"],
  ["many_transfers", "转账记录显示近期多笔转给陌生账户", "Transfer record shows several recent payments to strangers"],
  ["elderly_alone", "老年人独自办理大额业务", "Older customer alone with a large transaction"],
];

/** 三查: apps found on the phone. */
const APPS = [
  ["meeting", "会议或屏幕共享软件（如腾讯会议、Zoom）", "Meeting or screen-sharing app (e.g. Zoom)"],
  ["remote", "远程控制软件（如向日葵、ToDesk、TeamViewer）", "Remote-control app (e.g. AnyDesk, TeamViewer)"],
  ["chat_abroad", "境外聊天软件（如 Telegram、蝙蝠、“飞机”）", "Overseas chat app (e.g. Telegram, Bat)"],
  ["invest_app", "陌生的投资理财、博彩 App", "An unknown investment, trading or betting app"],
  ["loan_app", "陌生的贷款 App", "An unknown loan app"],
];

const STRINGS = {
  zh: {
    skip: "跳到第一步", brand: "柜台劝阻", navLabel: "页面", navCheck: "检测", navLessons: "课堂", navCounter: "柜台",
    title: "柜台劝阻：一问、二看、三查、四劝阻",
    lead: "发现客户可能正在被骗时，按四步走。勾选和粘贴的内容只在这台电脑的浏览器里处理，不上传、不保存；关闭页面即清除。",
    s1: "一问：问转账用途", s1hint: "问客户：这笔钱转给谁、做什么用、是谁让转的？勾选所有符合的说法。",
    s2: "二看：看神色、看转账记录", s3: "三查：查聊天、查 App、查网页",
    s3hint: "征得客户同意后，查看手机上的聊天记录、已安装的 App 和浏览过的网页。把可疑的聊天、短信或网址逐条粘贴进来检查。",
    appsLegend: "手机上有这些 App 吗？", addItem: "再加一条要检查的内容",
    s4: "四劝阻：给客户的劝阻说明", s4hint: "下面的说明随前三步自动更新，可以念给客户听，也可以打印出来请客户阅读、签字。",
    print: "打印劝阻说明", reset: "清空，接待下一位",
    footer: "方法依据：公安机关资金预警劝阻“一问二看三查四劝阻”工作法。本页只做辅助，最终判断以工作人员和公安机关为准。",
    langButton: "English", pageTitle: "柜台劝阻 · scamcheck",
    hints: "可能是：",
    itemLabel: (n) => `第 ${n} 条：聊天记录、短信或网址`,
    itemPlaceholder: "粘贴客户手机上的聊天、短信或网页地址",
    removeItem: "删除这一条",
    loading: "检查器加载中……",
    levelWord: { low: "低风险", medium: "中风险", high: "高风险" },
    docTitle: "防范电信网络诈骗劝阻告知书",
    overall: (l) => `综合判断：${l}`,
    nothingYet: "请先完成前三步：勾选用途和看到的情况，或粘贴要检查的内容。",
    greet: "您好！为了保护您的资金安全，我们想请您先暂停这笔转账，听我们说几句。",
    purposeSaid: (p) => `您说这笔钱是用于：${p}。`,
    familyLine: (name, summary) => `这和“${name}”诈骗的套路一致：${summary}`,
    seen: (o) => `我们注意到：${o}。这些都是正在被骗的客户常见的情况。`,
    checked: (n, k, fams) => `我们检查了您手机上的 ${n} 条聊天、短信或网页，其中 ${k} 条有明显的诈骗特征` + (fams ? `（${fams}）` : "") + "。",
    appsSeen: (a) => `您的手机上有：${a}。骗子常用这些软件控制手机、看您的验证码，或让您离开正规平台。`,
    lowLine: "目前没有发现明显的诈骗特征。但凡是要您转账、付款或提供验证码的，请先通过自己查到的官方电话核实。",
    actionsHead: "请您现在：",
    actions: [
      "暂停这笔转账，不要再联系对方，也不要再按对方的指示操作。",
      "卸载对方让您安装的 App（会议、远程控制、陌生的投资或贷款 App）。",
      "安装“国家反诈中心”App，拿不准时拨打 96110 反诈专线咨询。",
      "如果已经转过钱，立即拨打 110 报警，并请银行协助止付。",
    ],
    adviceHead: "防骗要点：",
    reasonsHead: "判断依据",
    reasonPurpose: "用途", reasonSeen: "看到的情况", reasonChecked: "检查结果", reasonApps: "手机上的 App",
    form: "劝阻登记（填表）",
    formFields: ["日期", "网点", "经办柜员", "客户姓名", "转账金额", "劝阻结果：□ 已劝阻　□ 客户坚持　□ 已报警", "客户签字"],
    sep: "、",
    clauseSep: "；",
  },
  en: {
    skip: "Skip to step 1", brand: "Bank counter", navLabel: "Pages", navCheck: "Check", navLessons: "Lessons", navCounter: "Bank counter",
    title: "At the counter: ask, look, check, dissuade",
    lead: "When a customer may be in the middle of a scam, follow four steps. What you tick and paste is handled only in this browser: nothing is uploaded or saved, and closing the page clears it.",
    s1: "Ask: what is the transfer for?", s1hint: "Ask who the money goes to, what it is for, and who asked for it. Tick everything that fits.",
    s2: "Look: the customer and the transfer record", s3: "Check: chats, apps, web pages",
    s3hint: "With the customer's consent, look at the chats, the installed apps and the pages visited. Paste each suspicious chat, text or link to check it.",
    appsLegend: "Are any of these apps on the phone?", addItem: "Add another item to check",
    s4: "Dissuade: the summary for the customer", s4hint: "This summary follows the first three steps. Read it to the customer, or print it for them to read and sign.",
    print: "Print the summary", reset: "Clear for the next customer",
    footer: "Method: the police's '一问二看三查四劝阻' (ask, look, check, dissuade) for payment alerts. This page is an aid; staff and the police make the decision.",
    langButton: "中文", pageTitle: "Bank counter · scamcheck",
    hints: "may be: ",
    itemLabel: (n) => `Item ${n}: chat, text message or link`,
    itemPlaceholder: "Paste a chat, text message or web address from the customer's phone",
    removeItem: "Remove this item",
    loading: "Loading the checker…",
    levelWord: { low: "Low risk", medium: "Medium risk", high: "High risk" },
    docTitle: "Fraud warning for our customer",
    overall: (l) => `Overall: ${l}`,
    nothingYet: "Complete the first three steps: tick the purpose and what you see, or paste something to check.",
    greet: "To protect your money, we ask you to pause this transfer and listen to us for a moment.",
    purposeSaid: (p) => `You told us the money is for: ${p}.`,
    familyLine: (name, summary) => `This matches the '${name}' scam: ${summary}`,
    seen: (o) => `We noticed: ${o}. These are common when someone is being scammed.`,
    checked: (n, k, fams) => `We checked ${n} chats, messages or pages on your phone; ${k} show clear signs of fraud` + (fams ? ` (${fams})` : "") + ".",
    appsSeen: (a) => `Your phone has: ${a}. Scammers use these to control phones, read codes, or move you off safe platforms.`,
    lowLine: "We found no clear signs of fraud. Still, whenever you are asked to pay, transfer or share a code, check first on an official number you look up yourself.",
    actionsHead: "Please now:",
    actions: [
      "Pause this transfer; stop contacting the other side and stop following their instructions.",
      "Uninstall the apps they had you install (meeting, remote-control, unknown investment or loan apps).",
      "Install the National Anti-Fraud Center app (国家反诈中心); call 96110 when in doubt.",
      "If you have already paid, call 110 (the police) now and ask the bank to stop the payment.",
    ],
    adviceHead: "Remember:",
    reasonsHead: "Why",
    reasonPurpose: "Purpose", reasonSeen: "Seen", reasonChecked: "Checked", reasonApps: "Apps",
    form: "Record (to fill in)",
    formFields: ["Date", "Branch", "Teller", "Customer", "Amount", "Outcome: □ dissuaded  □ customer insists  □ police called", "Customer's signature"],
    sep: ", ",
    clauseSep: "; ",
  },
};

const $ = (id) => document.getElementById(id);
let lang = langFromUrl();
let checker = null;
const t = () => STRINGS[lang];
const famInfo = (id) => FAMILY_INFO.find((f) => f.id === id);
const ix = () => (lang === "zh" ? 0 : 1);

// ---- steps 1–3: the inputs -------------------------------------------------------------------

function checkboxList(box, name, rows, labelOf, noteOf) {
  const legend = box.querySelector("legend");
  const ticked = new Set([...box.querySelectorAll("input:checked")].map((i) => i.value));
  box.replaceChildren(legend);
  for (const row of rows) {
    const id = `${name}-${row[0]}`;
    const wrap = el(document, "div", "check");
    const input = el(document, "input");
    input.type = "checkbox";
    input.id = id;
    input.name = name;
    input.value = row[0];
    input.checked = ticked.has(row[0]);
    input.addEventListener("change", update);
    const label = el(document, "label");
    label.htmlFor = id;
    label.append(el(document, "span", null, labelOf(row)));
    const note = noteOf && noteOf(row);
    if (note) label.append(el(document, "span", "note", note));
    wrap.append(input, label);
    box.append(wrap);
  }
}

function renderChecks() {
  const s = t();
  checkboxList($("purposes"), "purpose", PURPOSES, (r) => r[3 + ix()], (r) => {
    const f = r[1] && famInfo(r[1]);
    return f ? `${s.hints}${f.name[lang]}` : null;
  });
  checkboxList($("observations"), "seen", OBSERVATIONS, (r) => r[1 + ix()]);
  checkboxList($("apps"), "app", APPS, (r) => r[1 + ix()]);
}

let itemSeq = 0;
function addItem(text = "") {
  const n = ++itemSeq;
  const item = el(document, "div", "item");
  item.dataset.item = String(n);
  const label = el(document, "label", "input-label");
  label.htmlFor = `item-${n}`;
  const ta = el(document, "textarea");
  ta.id = `item-${n}`;
  ta.rows = 3;
  ta.spellcheck = false;
  ta.value = text;
  const rm = el(document, "button", "secondary remove");
  rm.type = "button";
  const out = el(document, "div", "item-result");
  out.dataset.state = "idle";
  let timer = 0;
  ta.addEventListener("input", () => {
    out.dataset.state = "pending";
    clearTimeout(timer);
    timer = setTimeout(() => { checkItem(item); update(); }, 150);
  });
  rm.addEventListener("click", () => {
    const next = item.nextElementSibling || item.previousElementSibling;
    item.remove();
    if (!$("items").children.length) addItem();
    update();
    (next ? next.querySelector("textarea") : $("add-item")).focus();
  });
  item.append(label, ta, rm, out);
  $("items").append(item);
  labelItems();
  if (text) checkItem(item);
  return item;
}

function labelItems() {
  [...$("items").children].forEach((item, i) => {
    item.querySelector("label").textContent = t().itemLabel(i + 1);
    item.querySelector("textarea").placeholder = t().itemPlaceholder;
    const rm = item.querySelector(".remove");
    rm.textContent = t().removeItem;
    rm.setAttribute("aria-label", `${t().removeItem} (${i + 1})`);
  });
}

function checkItem(item) {
  const out = item.querySelector(".item-result");
  const text = item.querySelector("textarea").value;
  item.report = null;
  if (!text.trim()) { out.replaceChildren(); out.dataset.state = "done"; delete out.dataset.level; return; }
  if (!checker) { out.replaceChildren(el(document, "p", "hint", t().loading)); return; }
  const r = safeCheck(checker, text, "auto", lang);
  if (r.error) { out.replaceChildren(el(document, "p", "error", r.error)); out.dataset.state = "done"; return; }
  item.report = r;
  renderReport(out, { ...r, advice: [] }, text, REPORT_STRINGS[lang], { headingLevel: 4 });
  out.dataset.level = r.level;
  out.dataset.state = "done";
}

// ---- step 4: the assessment and the summary ----------------------------------------------

const bump = (l) => (l === "low" ? "medium" : "high");
const max = (a, b) => (levelRank(a) >= levelRank(b) ? a : b);

/**
 * The overall level: the highest of (a) the purposes ticked, (b) the checked items, (c) what
 * was seen (2+ signs → medium, 4+ → high), (d) any of the listed apps on the phone (medium);
 * raised one step when two or more of these are at medium or above.
 */
export function assess({ purposes, seen, apps, reports }) {
  const parts = [];
  const purposeLevel = purposes.reduce((l, p) => max(l, p[2]), "low");
  parts.push(purposeLevel);
  const itemLevel = reports.reduce((l, r) => max(l, r.level), "low");
  parts.push(itemLevel);
  parts.push(seen.length >= 4 ? "high" : seen.length >= 2 ? "medium" : "low");
  parts.push(apps.length ? "medium" : "low");
  let level = parts.reduce(max, "low");
  if (parts.filter((l) => l !== "low").length >= 2) level = bump(level);
  return level;
}

function update() {
  const s = t();
  const tick = (name, rows) => [...document.querySelectorAll(`input[name="${name}"]:checked`)]
    .map((i) => rows.find((r) => r[0] === i.value)).filter(Boolean);
  const purposes = tick("purpose", PURPOSES);
  const seen = tick("seen", OBSERVATIONS);
  const apps = tick("app", APPS);
  const items = [...$("items").children].filter((i) => i.querySelector("textarea").value.trim());
  const reports = items.map((i) => i.report).filter(Boolean);
  const box = $("dissuade");
  box.replaceChildren();

  if (!purposes.length && !seen.length && !apps.length && !items.length) {
    box.append(el(document, "p", "hint", s.nothingYet));
    box.dataset.state = "empty";
    delete box.dataset.level;
    return;
  }

  const level = assess({ purposes, seen, apps, reports });
  // Families: those the purposes hint at, then those the checker found.
  const fams = [];
  for (const p of purposes) if (p[1] && !fams.includes(p[1])) fams.push(p[1]);
  for (const r of reports) for (const f of r.families) if (!fams.includes(f.id)) fams.push(f.id);

  box.append(el(document, "h3", "doc-title", s.docTitle));
  const badge = el(document, "p", "overall", s.overall(s.levelWord[level]));
  badge.dataset.level = level;
  box.append(badge);

  const read = el(document, "div", "read-aloud");
  const para = (text, cls) => read.append(el(document, "p", cls, text));
  if (level === "low") {
    para(s.lowLine);
  } else {
    para(s.greet);
    const said = purposes.filter((p) => p[1]).map((p) => p[3 + ix()]);
    if (said.length) para(s.purposeSaid(said.join(s.clauseSep)));
    for (const id of fams) {
      const f = famInfo(id);
      if (f) para(s.familyLine(f.name[lang], f.summary[lang]), "family-line");
    }
    if (seen.length) para(s.seen(seen.map((o) => o[1 + ix()]).join(s.clauseSep)));
    if (apps.length) para(s.appsSeen(apps.map((a) => a[1 + ix()]).join(s.clauseSep)));
    if (reports.length) {
      const risky = reports.filter((r) => r.level !== "low");
      const names = [...new Set(risky.flatMap((r) => r.families.map((f) => f.name)))].join(s.sep);
      para(s.checked(reports.length, risky.length, names));
    }
  }
  box.append(read);

  if (level !== "low") {
    box.append(el(document, "h4", null, s.actionsHead));
    const ol = el(document, "ol", "actions");
    for (const a of s.actions) ol.append(el(document, "li", null, a));
    box.append(ol);
    const advice = [];
    for (const id of fams) for (const a of famInfo(id)?.advice[lang] || []) if (!advice.includes(a)) advice.push(a);
    if (advice.length) {
      box.append(el(document, "h4", null, s.adviceHead));
      const ul = el(document, "ul");
      for (const a of advice) ul.append(el(document, "li", null, a));
      box.append(ul);
    }
  }

  const form = el(document, "div", "record");
  form.append(el(document, "h4", null, s.form));
  const dl = el(document, "dl");
  for (const f of s.formFields) {
    const row = el(document, "div", "field");
    row.append(el(document, "dt", null, f), el(document, "dd", null, ""));
    dl.append(row);
  }
  form.append(dl);
  box.append(form);

  box.dataset.level = level;
  box.dataset.state = "done";
  $("dissuade-status").textContent = s.overall(s.levelWord[level]);
}

// ---- language, reset, print -----------------------------------------------------------------

function applyLang() {
  setLangInUrl(lang);
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
  renderChecks();
  labelItems();
  for (const item of $("items").children) checkItem(item);
  update();
}

$("lang").addEventListener("click", () => { lang = lang === "zh" ? "en" : "zh"; applyLang(); });
$("add-item").addEventListener("click", () => addItem().querySelector("textarea").focus());
$("print").addEventListener("click", () => window.print());
$("reset").addEventListener("click", () => {
  for (const i of document.querySelectorAll('input[type="checkbox"]')) i.checked = false;
  $("items").replaceChildren();
  addItem();
  update();
  $("step1").focus();
});

addItem();
applyLang();

engineLoad.then(({ checker: c }) => {
  checker = c;
  for (const item of $("items").children) checkItem(item);
  update();
  document.documentElement.dataset.ready = "true";
}, () => { document.documentElement.dataset.ready = "error"; });
