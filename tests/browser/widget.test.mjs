// The <scam-check> widget, in the mock bank page (www/demo-bank.html) and in a bare host page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { CSP } from "../../scripts/serve.mjs";
import {
  startServer, launch, openPage, cspViolations, screenshot, storageState,
  SCAM_ZH, SCAM_EN, BENIGN_ZH, PHONE, DESKTOP,
} from "./helpers.mjs";

let server, base, browser;
before(async () => { ({ server, base } = await startServer()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const ready = (page) => page.waitForSelector('scam-check[data-ready="true"]', { timeout: 15000 });
async function typeIn(page, text) {
  await page.locator("scam-check textarea").fill(text);
  await page.waitForSelector('scam-check[data-state="done"]');
}

test("the bank page holds the transfer when the widget reports high risk", async () => {
  const { page, log, context } = await openPage(browser, `${base}/demo-bank.html`);
  await ready(page);
  assert.equal(await page.isDisabled("#send"), false);
  const event = page.evaluate(() => new Promise((resolve) => {
    document.addEventListener("scamcheck-result", (e) => resolve({
      level: e.detail.level, score: e.detail.score, families: e.detail.families.map((f) => f.id),
      bubbles: e.bubbles, composed: e.composed, target: e.target.tagName,
    }), { once: true });
  }));
  await typeIn(page, SCAM_ZH);
  const ev = await event;
  assert.equal(ev.level, "high");
  assert.ok(ev.families.includes("task_rebate"));
  assert.ok(ev.bubbles && ev.composed);
  assert.equal(ev.target, "SCAM-CHECK");
  assert.equal(await page.isDisabled("#send"), true);
  assert.equal(await page.isVisible("#hold"), true);
  assert.match(await page.textContent("#hold"), /暂停/);
  // The widget shows the highlights inside its shadow root.
  assert.ok(await page.locator("scam-check mark").count() >= 3);
  await screenshot(page, "widget-demo-desktop-high");
  // A benign text releases it.
  await typeIn(page, BENIGN_ZH);
  assert.equal(await page.getAttribute("scam-check", "data-level"), "low");
  assert.equal(await page.isDisabled("#send"), false);
  await page.click("#send");
  assert.match(await page.textContent("#done"), /演示/);
  assert.deepEqual(await cspViolations(page, log), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("styles do not leak in or out, no globals, no requests or storage after load", async () => {
  const { page, log, context } = await openPage(browser, `${base}/demo-bank.html`);
  await ready(page);
  await page.waitForLoadState("networkidle");
  const before = log.requests.length;
  await typeIn(page, SCAM_ZH);
  await typeIn(page, SCAM_EN);
  // The host's `mark { background: #00ff00 }`, `h2 { text-transform: uppercase }` and serif font stay out.
  const inside = await page.evaluate(() => {
    const root = document.querySelector("scam-check").shadowRoot;
    const cs = (e) => getComputedStyle(e);
    return {
      mark: cs(root.querySelector("mark")).backgroundColor,
      h2: cs(root.querySelector("h2")).textTransform,
      font: cs(root.querySelector(".box")).fontFamily,
      styleElements: root.querySelectorAll("style, [style]").length,
      adopted: root.adoptedStyleSheets.length,
    };
  });
  assert.notEqual(inside.mark, "rgb(0, 255, 0)");
  assert.equal(inside.h2, "none");
  assert.doesNotMatch(inside.font, /Georgia/);
  assert.ok(inside.adopted >= 2);
  // And the widget's styles stay in: the host's own <h2> and <mark> keep the host's look.
  const host = await page.evaluate(() => {
    const m = document.createElement("mark");
    document.body.append(m);
    const bg = getComputedStyle(m).backgroundColor;
    m.remove();
    return { h2: getComputedStyle(document.querySelector("h2")).textTransform, mark: bg, sheets: document.adoptedStyleSheets.length };
  });
  assert.deepEqual(host, { h2: "uppercase", mark: "rgb(0, 255, 0)", sheets: 0 });
  assert.deepEqual(log.requests.slice(before), []);
  assert.deepEqual(await storageState(page, context), { local: 0, session: 0, cookie: "", idb: [], caches: [], cookies: 0 });
  assert.deepEqual(await cspViolations(page, log), []);
  await context.close();
});

test("attributes: lang, theme, accent, compact, kinds, hotline; no globals in a bare host", async () => {
  // A bare host page: only the script tag and the element, under the same strict CSP.
  const { page, log, context } = await openPage(browser, "about:blank");
  await page.route(`${base}/__bare-host.html`, (route) => route.fulfill({
    contentType: "text/html; charset=utf-8",
    headers: { "Content-Security-Policy": CSP },
    body: '<!doctype html><html lang="en"><title>host</title><script type="module" src="widget/scam-check.js"></script><scam-check lang="zh"></scam-check>',
  }));
  await page.goto(`${base}/__bare-host.html`);
  await ready(page);
  const baseline = await page.evaluate(async () => {
    // Globals of a page without the widget, measured in a fresh same-origin iframe.
    const f = document.createElement("iframe");
    f.src = "about:blank";
    document.body.append(f);
    const keys = new Set(Object.getOwnPropertyNames(f.contentWindow));
    f.remove();
    return [...Object.getOwnPropertyNames(window)].filter((k) => !keys.has(k));
  });
  // Known host-page names (ids of elements become window properties) are not the widget's.
  const ids = await page.$$eval("[id]", (es) => es.map((e) => e.id));
  const leaked = baseline.filter((k) => !ids.includes(k) && k !== "__csp");
  assert.deepEqual(leaked, [], `globals: ${leaked}`);
  assert.ok(await page.evaluate(() => !!customElements.get("scam-check")));
  await page.evaluate(() => {
    const w = document.querySelector("scam-check");
    w.setAttribute("lang", "en");
    w.setAttribute("theme", "dark");
    w.setAttribute("accent", "rebeccapurple");
    w.setAttribute("compact", "");
    w.setAttribute("kinds", "message");
    w.setAttribute("hotline", "800-555-0100");
  });
  await typeIn(page, SCAM_EN);
  const s = await page.evaluate(() => {
    const root = document.querySelector("scam-check").shadowRoot;
    const box = root.querySelector(".box");
    return {
      title: root.querySelector("h2").textContent,
      status: root.querySelector(".status").textContent,
      accent: getComputedStyle(box).borderTopColor,
      bg: getComputedStyle(box).backgroundColor,
      kindHidden: root.querySelector(".kind").hidden,
      hotline: root.querySelector(".hotline").textContent,
      signalsShown: getComputedStyle(root.querySelector(".sc-signals")).display,
    };
  });
  assert.equal(s.title, "Scam check");
  assert.match(s.status, /High risk/i);
  assert.equal(s.accent, "rgb(102, 51, 153)");
  assert.equal(s.bg, "rgb(29, 32, 38)");
  assert.equal(s.kindHidden, true);
  assert.match(s.hotline, /800-555-0100/);
  assert.equal(s.signalsShown, "none");
  // Invalid accent values are ignored.
  await page.evaluate(() => document.querySelector("scam-check").setAttribute("accent", "red; background:url(x)"));
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("scam-check").shadowRoot.querySelector(".box")).borderTopColor), "rgb(255, 138, 128)");
  await screenshot(page, "widget-demo-desktop-en-dark-compact");
  assert.deepEqual(await cspViolations(page, log), []);
  await context.close();
});

test("the widget is usable with the keyboard and labels its fields", async () => {
  const { page, context } = await openPage(browser, `${base}/demo-bank.html`);
  await ready(page);
  const labels = await page.evaluate(() => {
    const root = document.querySelector("scam-check").shadowRoot;
    return [...root.querySelectorAll("textarea, select")].map((e) => root.querySelector(`label[for="${e.id}"]`)?.textContent);
  });
  assert.ok(labels.every(Boolean), `labels ${labels}`);
  await page.focus("#amount");
  await page.keyboard.press("Tab"); // the transfer button
  await page.keyboard.press("Tab"); // into the widget's textarea
  const focused = await page.evaluate(() => document.activeElement.shadowRoot?.activeElement?.tagName);
  assert.equal(focused, "TEXTAREA");
  await page.keyboard.type("兼职刷单日赚500，先垫付充值，返佣金，加微信");
  await page.waitForSelector('scam-check[data-state="done"]');
  assert.equal(await page.evaluate(() => document.querySelector("scam-check").shadowRoot.querySelector(".status").getAttribute("aria-live")), "polite");
  await context.close();
});

test("screenshots of the widget demo at phone and desktop sizes", async () => {
  for (const [name, viewport] of [["phone", PHONE], ["desktop", DESKTOP]]) {
    const { page, log, context } = await openPage(browser, `${base}/demo-bank.html`, { viewport });
    await ready(page);
    await typeIn(page, SCAM_ZH);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${name}: ${overflow}px too wide`);
    await screenshot(page, `widget-demo-${name}`);
    assert.deepEqual(await cspViolations(page, log), []);
    await context.close();
  }
});
