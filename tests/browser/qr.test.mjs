// QR images on the public page: decoded on the device by www/pkg-qr (loaded on first use),
// each payload checked with kind "qr"; a clear message when there is no code or no decoder.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import QRCode from "qrcode";
import { PNG } from "pngjs";
import { startServer, launch, openPage, waitReady, cspViolations, screenshot, ROOT } from "./helpers.mjs";

let server, base, browser;
before(async () => { ({ server, base } = await startServer()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const haveDecoder = existsSync(`${ROOT}www/pkg-qr/scamcheck_qr.js`);

function blankPng(w = 200, h = 120) {
  const png = new PNG({ width: w, height: h });
  png.data.fill(255);
  return PNG.sync.write(png);
}

async function upload(page, name, buffer) {
  await page.setInputFiles("#qr-file", { name, mimeType: "image/png", buffer });
}

test("the QR decoder is not loaded until a QR feature is used", async () => {
  const { page, log, context } = await openPage(browser, `${base}/`);
  await waitReady(page);
  await page.waitForLoadState("networkidle");
  assert.equal(log.requests.filter((u) => u.includes("pkg-qr")).length, 0);
  await context.close();
});

test("a QR image with a phishing link is decoded and checked as QR content", { skip: !haveDecoder && "www/pkg-qr not built" }, async () => {
  const { page, log, context } = await openPage(browser, `${base}/`);
  await waitReady(page);
  const link = "http://icbc.com.cn.verify-account.top/login";
  await upload(page, "qr.png", await QRCode.toBuffer(link, { margin: 4, scale: 6 }));
  await page.waitForSelector('#qr-status[data-state="found"]', { timeout: 15000 });
  await page.waitForSelector('#result[data-state="done"]');
  assert.equal(await page.textContent("#result .sc-highlighted"), link);
  const level = await page.getAttribute("#result", "data-level");
  assert.ok(["medium", "high"].includes(level), `level ${level}`);
  assert.match(await page.textContent("#result .report-title"), /二维码/);
  await screenshot(page, "page-desktop-qr");
  // An image without a QR code says so.
  await upload(page, "blank.png", blankPng());
  await page.waitForSelector('#qr-status[data-state="none"]', { timeout: 15000 });
  assert.match(await page.textContent("#qr-status"), /没有找到二维码/);
  // Not an image at all.
  await page.setInputFiles("#qr-file", { name: "x.png", mimeType: "image/png", buffer: Buffer.from("not a png") });
  await page.waitForSelector('#qr-status[data-state="image"]', { timeout: 15000 });
  assert.deepEqual(await cspViolations(page, log), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("without the decoder module the page says what to do instead", async () => {
  const { page, context } = await openPage(browser, `${base}/`);
  await page.route("**/pkg-qr/**", (route) => route.fulfill({ status: 404, body: "not found" }));
  await waitReady(page);
  await upload(page, "qr.png", await QRCode.toBuffer("https://example.com/"));
  await page.waitForSelector('#qr-status[data-state="unavailable"]', { timeout: 15000 });
  assert.match(await page.textContent("#qr-status"), /识别模块尚未安装/);
  // The text check still works.
  await page.fill("#input", "兼职刷单日赚500，先垫付充值，返佣金，加微信");
  await page.waitForSelector('#result[data-state="done"]');
  await context.close();
});
