// Lessons mode (www/lessons.html) and the lesson content itself.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { startServer, launch, openPage, waitReady, cspViolations, screenshot, storageState, PHONE, DESKTOP, ROOT } from "./helpers.mjs";
import { FAMILIES, BENIGN } from "../../www/lib/examples.js";
import { familiesFromToml, render } from "./gen-families.mjs";

let server, base, browser;
before(async () => { ({ server, base } = await startServer()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

test("every family of rules/families.toml has a lesson, and families-data.js is in sync", () => {
  const { families } = familiesFromToml();
  assert.deepEqual(FAMILIES.map((f) => f.id).sort(), families.map((f) => f.id).sort());
  for (const f of FAMILIES) {
    const info = families.find((x) => x.id === f.id);
    assert.deepEqual(f.name, { ...info.name }, `name of ${f.id}`);
    for (const lang of ["zh", "en"]) {
      for (const [phrase] of f[lang].signs) assert.ok(f[lang].script.includes(phrase), `${f.id}/${lang}: sign "${phrase}" not in the script`);
      assert.ok(f[lang].signs.length >= 3, `${f.id}/${lang}: at least three signs`);
    }
  }
  assert.equal(readFileSync(`${ROOT}www/lib/families-data.js`, "utf8"), render(familiesFromToml()),
    "www/lib/families-data.js is stale: run node tests/browser/gen-families.mjs");
  assert.ok(BENIGN.length >= 3);
});

test("spot the signs: marks are graded against the checker's spans and the lesson's signs", async () => {
  const { page, log, context } = await openPage(browser, `${base}/lessons.html?family=task_rebate`);
  await waitReady(page);
  await page.waitForSelector('#lesson-report[data-state="done"]', { state: "attached" });
  assert.equal(await page.getAttribute("#lesson-report", "data-level"), "high");
  // The explanation is hidden until the exercise is done.
  assert.equal(await page.isVisible("#lesson-script"), false);
  // Pressing "check" with nothing marked asks to mark something first.
  await page.click("#ex-check");
  assert.match(await page.textContent("#ex-result"), /还没有标记/);
  // Mark the clause with 先垫付充值 and one harmless clause ("名额有限，").
  const clauses = page.locator("#exercise .clause");
  const texts = await clauses.allTextContents();
  const pay = texts.findIndex((x) => x.includes("先垫付充值"));
  const harmless = texts.findIndex((x) => x.startsWith("名额有限"));
  assert.ok(pay >= 0 && harmless >= 0, JSON.stringify(texts));
  await clauses.nth(pay).click();
  await clauses.nth(harmless).click();
  assert.equal(await clauses.nth(pay).getAttribute("aria-pressed"), "true");
  await page.click("#ex-check");
  const graded = await page.evaluate(() => ({ ...document.getElementById("exercise").dataset }));
  assert.equal(graded.state, "graded");
  // The clause asking to pay first is always a warning sign; "名额有限" may or may not be one as
  // the rules grow, so the counts are checked for consistency with the verdicts shown.
  assert.equal(await clauses.nth(pay).getAttribute("data-verdict"), "hit");
  const v = await clauses.evaluateAll((bs) => bs.map((b) => b.dataset.verdict || ""));
  const count = (x) => v.filter((y) => y === x).length;
  assert.equal(Number(graded.hits), count("hit"));
  assert.equal(Number(graded.misses), count("miss"));
  assert.equal(Number(graded.extra), count("extra"));
  assert.ok(["hit", "extra"].includes(v[harmless]));
  assert.equal(count("hit") + count("extra"), 2);
  assert.ok(Number(graded.misses) >= 2);
  assert.match(await page.textContent("#ex-result"), new RegExp(`${graded.hits} / \\d+`));
  assert.ok(await page.locator("#ex-missed li").count() >= 2);
  // Now the explained script shows, with marks.
  assert.equal(await page.isVisible("#lesson-script"), true);
  assert.ok(await page.locator("#lesson-script mark.sign").count() >= 3);
  await screenshot(page, "lessons-desktop-graded");
  // Reset clears the marks.
  await page.click("#ex-reset");
  assert.equal(await page.locator('#exercise .clause[aria-pressed="true"]').count(), 0);
  assert.deepEqual(await cspViolations(page, log), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("audience toggle, another family, English, print button, nothing stored", async () => {
  const { page, log, context } = await openPage(browser, `${base}/lessons.html`);
  await waitReady(page);
  await page.click("#reveal");
  const teen = await page.textContent("#signs");
  await page.check('input[name="audience"][value="elder"]');
  const elder = await page.textContent("#signs");
  assert.notEqual(teen, elder);
  assert.match(page.url(), /audience=elder/);
  await page.click('#gallery button[data-family="impersonate_official"]');
  assert.equal(await page.getAttribute("#lesson", "data-family"), "impersonate_official");
  assert.match(await page.textContent("#lesson-h"), /公检法/);
  assert.match(await page.textContent("#lesson-advice"), /安全账户/);
  await page.click("#lang");
  assert.match(await page.textContent("#lesson-h"), /police/i);
  assert.match(await page.textContent("#exercise"), /safe account/);
  // The print button calls window.print (stubbed here).
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed++; }; });
  await page.click("#print");
  assert.equal(await page.evaluate(() => window.__printed), 1);
  // The print stylesheet shows the explanation and hides the exercise.
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.isVisible("#lesson-script"), true);
  assert.equal(await page.isVisible("#exercise"), false);
  assert.equal(await page.isVisible("#gallery"), false);
  await page.screenshot({ path: `${ROOT}test-results/screenshots/lessons-print.png`, fullPage: true });
  await page.emulateMedia({ media: "screen" });
  assert.deepEqual(await storageState(page, context), { local: 0, session: 0, cookie: "", idb: [], caches: [], cookies: 0 });
  assert.deepEqual(await cspViolations(page, log), []);
  await context.close();
});

test("screenshots of lessons mode at phone and desktop sizes", async () => {
  for (const [name, viewport] of [["phone", PHONE], ["desktop", DESKTOP]]) {
    const { page, context } = await openPage(browser, `${base}/lessons.html?family=fake_customer_service`, { viewport });
    await waitReady(page);
    await page.click("#reveal");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${name}: ${overflow}px too wide`);
    await screenshot(page, `lessons-${name}`);
    await context.close();
  }
});
