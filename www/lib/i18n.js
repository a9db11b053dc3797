// UI strings shared by every surface (the Report's own texts come from the engine, in the
// language asked for). Page-specific strings live next to each page's script.

export const REPORT_STRINGS = {
  zh: {
    score: (n) => `风险分 ${n} / 100`,
    families: "可能的诈骗类型",
    highlighted: "你的文字（可疑之处已标出）",
    yourText: "你的文字",
    signals: "为什么这样判断",
    advice: "该怎么办",
    listSep: "、",
  },
  en: {
    score: (n) => `risk score ${n} / 100`,
    families: "Likely scam types",
    highlighted: "Your text, suspicious parts marked",
    yourText: "Your text",
    signals: "Why",
    advice: "What to do",
    listSep: ", ",
  },
};

/** The four things everyone should know, whatever the result. */
export const HELP = {
  zh: {
    title: "求助与核实",
    items: [
      ["96110", "反诈专线：拿不准时先打这个电话咨询（也会接到它的预警来电，请接听）。"],
      ["110", "已经转账或被骗：立即报警，并联系银行止付。"],
      ["国家反诈中心 App", "在应用商店搜索安装，可举报可疑号码、链接和账号。"],
      ["自己查渠道", "用你自己查到的官方电话或官方 App 核实，不要用对方给的号码、链接或二维码。"],
    ],
  },
  en: {
    title: "Get help and check",
    items: [
      ["96110", "China's anti-fraud hotline: call when in doubt (and answer when it calls you with a warning)."],
      ["110", "Already paid or tricked: call the police now (or your local emergency number) and your bank to stop the payment."],
      ["National Anti-Fraud Center app (国家反诈中心)", "Install it from your app store to report suspicious numbers, links and accounts."],
      ["Look it up yourself", "Verify through a phone number or app you find yourself, never the number, link or QR code you were given."],
    ],
  },
};

/** Reads ?lang= (zh unless it says en). Nothing is stored: the language lives in the URL. */
export function langFromUrl() {
  const l = new URLSearchParams(location.search).get("lang");
  return l === "en" ? "en" : "zh";
}

/** Puts the language in the URL (no reload, no storage) and on <html lang>. */
export function setLangInUrl(lang) {
  const u = new URL(location.href);
  if (lang === "zh") u.searchParams.delete("lang"); else u.searchParams.set("lang", lang);
  history.replaceState(null, "", u);
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
}

/** Fills every [data-i18n=key] element's text from `strings` (text only, never HTML). */
export function applyStrings(root, strings) {
  for (const e of root.querySelectorAll("[data-i18n]")) {
    const v = strings[e.dataset.i18n];
    if (typeof v === "string") e.textContent = v;
  }
  for (const e of root.querySelectorAll("[data-i18n-placeholder]")) {
    const v = strings[e.dataset.i18nPlaceholder];
    if (typeof v === "string") e.placeholder = v;
  }
  for (const e of root.querySelectorAll("[data-i18n-label]")) {
    const v = strings[e.dataset.i18nLabel];
    if (typeof v === "string") e.setAttribute("aria-label", v);
  }
}
