// Shared set-up of the browser tests: the static server (scripts/serve.mjs) on a free loopback
// port, Debian's Chromium through playwright-core, and watchers for CSP violations and network.
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve } from "../../scripts/serve.mjs";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SHOTS = `${ROOT}test-results/screenshots`;
export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 900 };

/** The full, realistic task-rebate script (刷单返利) that scores high already. */
export const SCAM_ZH = "【兼职招聘】宝妈、学生党在家就能做，动动手指日赚300-500元！只需给商品点赞做任务，一单一结。首单立返佣金，从第二单起需先垫付充值，完成联单后本金加佣金一起返还。名额有限，加微信 ljz8866 拉你进任务群。";
export const SCAM_EN = "Hi! We offer a remote job: like videos and rate products from your phone, flexible hours, daily pay of $100-300. After the first tasks you unlock a combo order: top up your account to continue and you get your deposit back plus commission. Add me on WhatsApp and join our group.";
export const BENIGN_ZH = "妈，我周六下午回家吃饭，给你带了点水果。爸的药记得按时吃，有事给我打电话。";
export const BENIGN_EN = "Hi Mum, I'll be home for dinner on Saturday and I'll bring some fruit. Call me if you need anything.";

export async function startServer() {
  const server = await serve({ port: 0, root: `${ROOT}www` });
  const { port } = server.address();
  return { server, base: `http://127.0.0.1:${port}` };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-quic"],
  });
}

/**
 * Opens a page that records CSP violations (DOM events and console messages), page errors and
 * every request. `ctxOptions` go to browser.newContext; `setup(context)` runs before the page
 * is opened (to route requests, say).
 */
export async function openPage(browser, url, { viewport = DESKTOP, ctxOptions = {}, setup } = {}) {
  const context = await browser.newContext({ viewport, ...ctxOptions });
  await setup?.(context);
  // Every document (and frame) reports CSP violations into a list the test reads back.
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    }, true);
  });
  const page = await context.newPage();
  const log = { console: [], errors: [], requests: [], csp: [] };
  page.on("console", (m) => {
    const text = m.text();
    log.console.push(`${m.type()}: ${text}`);
    if (/Content Security Policy|Content-Security-Policy/i.test(text)) log.csp.push(text);
  });
  page.on("pageerror", (e) => log.errors.push(String(e)));
  page.on("request", (r) => log.requests.push(r.url()));
  await page.goto(url);
  return { context, page, log };
}

/** Waits until the engine is loaded (the page sets <html data-ready="true">). */
export async function waitReady(page) {
  await page.waitForSelector('html[data-ready="true"]', { timeout: 15000 });
}

/** Types into a checked field and waits for the result of exactly that text. */
export async function checkText(page, selector, text, resultSel = "#result") {
  await page.fill(selector, text);
  await page.waitForSelector(`${resultSel}[data-state="done"]`, { timeout: 10000 });
}

/** CSP violations seen in the page (DOM events) plus console reports. */
export async function cspViolations(page, log) {
  const dom = await page.evaluate(() => window.__csp || []);
  return [...dom, ...log.csp];
}

export async function screenshot(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** What the page stored: cookies, localStorage, sessionStorage, IndexedDB databases, caches. */
export async function storageState(page, context) {
  const inPage = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
    idb: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
    caches: self.caches ? await caches.keys() : [],
  }));
  return { ...inPage, cookies: (await context.cookies()).length };
}
