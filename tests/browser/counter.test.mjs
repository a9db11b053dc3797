// Counter mode (www/counter.html): ask, look, check, dissuade.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, openPage, waitReady, cspViolations, screenshot, storageState, SCAM_ZH, SCAM_EN, BENIGN_ZH, PHONE, DESKTOP } from "./helpers.mjs";

let server, base, browser;
before(async () => { ({ server, base } = await startServer()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

async function fillItem(page, n, text) {
  await page.fill(`#item-${n}`, text);
  await page.waitForSelector(`.item[data-item="${n}"] .item-result[data-state="done"]`);
}

test("the four steps produce a high-risk dissuasion summary to read and print", async () => {
  const { page, log, context } = await openPage(browser, `${base}/counter.html`);
  await waitReady(page);
  assert.equal(await page.getAttribute("#dissuade", "data-state"), "empty");
  // 一问: the purpose.
  await page.check("#purpose-task");
  assert.match(await page.textContent('label[for="purpose-task"]'), /刷单返利/);
  // 二看: what the teller sees.
  await page.check("#seen-on_phone");
  await page.check("#seen-nervous");
  // 三查: apps and two pasted items.
  await page.check("#app-remote");
  await fillItem(page, 1, SCAM_ZH);
  await page.click("#add-item");
  await fillItem(page, 2, BENIGN_ZH);
  assert.equal(await page.getAttribute('.item[data-item="1"] .item-result', "data-level"), "high");
  assert.equal(await page.getAttribute('.item[data-item="2"] .item-result', "data-level"), "low");
  // 四劝阻: the summary.
  assert.equal(await page.getAttribute("#dissuade", "data-level"), "high");
  const text = await page.textContent("#dissuade");
  for (const want of ["高风险", "刷单返利", "暂停这笔转账", "国家反诈中心", "96110", "110", "卸载", "客户签字", "2 条", "1 条"]) {
    assert.ok(text.includes(want), `summary lacks ${want}`);
  }
  assert.match(await page.textContent("#dissuade-status"), /高风险/);
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed++; }; });
  await page.click("#print");
  assert.equal(await page.evaluate(() => window.__printed), 1);
  await screenshot(page, "counter-desktop-high");
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.isVisible("#step1"), false);
  assert.equal(await page.isVisible("#dissuade"), true);
  await page.emulateMedia({ media: "screen" });
  // English.
  await page.click("#lang");
  await page.waitForSelector('.item[data-item="1"] .item-result[data-state="done"]');
  const en = await page.textContent("#dissuade");
  assert.match(en, /High risk/);
  assert.match(en, /Task \/ order-brushing/);
  assert.match(en, /Pause this transfer/);
  // Next customer: everything cleared.
  await page.click("#reset");
  assert.equal(await page.getAttribute("#dissuade", "data-state"), "empty");
  assert.equal(await page.locator("input:checked").count(), 0);
  assert.equal(await page.inputValue(".item textarea"), "");
  assert.deepEqual(await storageState(page, context), { local: 0, session: 0, cookie: "", idb: [], caches: [], cookies: 0 });
  assert.deepEqual(await cspViolations(page, log), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("an everyday purpose with a benign message stays low", async () => {
  const { page, context } = await openPage(browser, `${base}/counter.html?lang=en`);
  await waitReady(page);
  await page.check("#purpose-normal");
  await fillItem(page, 1, "Hi Mum, I'll be home for dinner on Saturday. Call me if you need anything.");
  assert.equal(await page.getAttribute("#dissuade", "data-level"), "low");
  assert.match(await page.textContent("#dissuade"), /no clear signs/);
  await context.close();
});

test("looked-for signs alone raise the level", async () => {
  const { page, context } = await openPage(browser, `${base}/counter.html`);
  await waitReady(page);
  await page.check("#purpose-official");
  assert.equal(await page.getAttribute("#dissuade", "data-level"), "high");
  await page.uncheck("#purpose-official");
  await page.check("#purpose-invest");
  assert.equal(await page.getAttribute("#dissuade", "data-level"), "medium");
  await page.check("#seen-coached");
  await page.check("#seen-secrecy");
  assert.equal(await page.getAttribute("#dissuade", "data-level"), "high");
  await context.close();
});

test("screenshots of counter mode at phone and desktop sizes", async () => {
  for (const [name, viewport] of [["phone", PHONE], ["desktop", DESKTOP]]) {
    const { page, context } = await openPage(browser, `${base}/counter.html`, { viewport });
    await waitReady(page);
    await page.check("#purpose-official");
    await page.check("#seen-on_phone");
    await fillItem(page, 1, "我是市公安局刑侦支队的张警官。你涉嫌洗钱案，要配合资金核查，把存款转到安全账户，不要告诉家人。");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${name}: ${overflow}px too wide`);
    await screenshot(page, `counter-${name}`);
    await context.close();
  }
});
