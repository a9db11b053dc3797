// Decodes QR pictures through the built QR module (www/pkg-qr, scripts/build-wasm.sh), under
// Node: PNGs made by the npm `qrcode` encoder, read back to RGBA with `pngjs` as a page's canvas
// would, plus pictures with no code, and the errors the page relies on.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import QRCode from "qrcode";
import { PNG } from "pngjs";
import init, { decodeQr } from "../../www/pkg-qr/scamcheck_qr.js";

const root = new URL("../../", import.meta.url);
await init({ module_or_path: readFileSync(new URL("www/pkg-qr/scamcheck_qr_bg.wasm", root)) });

async function png(text, options = {}) {
  const buf = await QRCode.toBuffer(text, { type: "png", margin: 4, scale: 6, ...options });
  return PNG.sync.read(buf); // { width, height, data: RGBA }
}

/** Pastes `src` into a white canvas of `w × h` at (x, y). */
function paste(src, w, h, x, y) {
  const out = new Uint8Array(w * h * 4).fill(255);
  for (let j = 0; j < src.height; j++)
    for (let i = 0; i < src.width; i++) {
      const s = (j * src.width + i) * 4, d = ((y + j) * w + (x + i)) * 4;
      if (x + i < w && y + j < h) out.set(src.data.subarray(s, s + 4), d);
    }
  return { width: w, height: h, data: out };
}

/** Turns a picture by 90 degrees clockwise. */
function rotate90(p) {
  const out = new Uint8Array(p.data.length);
  for (let y = 0; y < p.height; y++)
    for (let x = 0; x < p.width; x++) {
      const s = (y * p.width + x) * 4, d = (x * p.height + (p.height - 1 - y)) * 4;
      out.set(p.data.subarray(s, s + 4), d);
    }
  return { width: p.height, height: p.width, data: out };
}

const URL_TEXT = "https://www.icbc.com.cn.verify.xyz/login";
const WECHAT = "https://weixin.qq.com/g/AbCdEfGhIjKlMnOp";

const cases = [
  ["plain", async () => png(URL_TEXT), [URL_TEXT]],
  ["scaled up", async () => png(WECHAT, { scale: 14 }), [WECHAT]],
  ["small", async () => png(WECHAT, { scale: 3 }), [WECHAT]],
  ["rotated", async () => rotate90(await png(URL_TEXT)), [URL_TEXT]],
  ["on a larger page", async () => paste(await png(URL_TEXT), 800, 600, 300, 150), [URL_TEXT]],
  ["logo in the middle", async () => {
    const p = await png(WECHAT, { errorCorrectionLevel: "H", scale: 8 });
    const c = p.width / 2, r = Math.round(p.width * 0.09);
    for (let y = c - r; y < c + r; y++) for (let x = c - r; x < c + r; x++) p.data.set([200, 30, 30, 255], (y * p.width + x) * 4);
    return p;
  }, [WECHAT]],
];

for (const [name, make, want] of cases) {
  test(`decodes a QR picture: ${name}`, async () => {
    const p = await make();
    assert.deepEqual(decodeQr(p.data, p.width, p.height), want);
  });
}

test("a picture without a QR code throws 'no QR code found'", () => {
  const w = 200, h = 120, data = new Uint8Array(w * h * 4);
  for (let i = 0; i < data.length; i += 4) data.set([(i * 7) % 256, 128, 64, 255], i);
  assert.throws(() => decodeQr(data, w, h), (e) => e instanceof Error && e.message.startsWith("no QR code found"));
  assert.throws(() => decodeQr(new Uint8Array(4 * 50 * 50).fill(255), 50, 50), /^Error: no QR code found/);
});

test("oversized and malformed pictures are refused with clear errors", () => {
  assert.throws(() => decodeQr(new Uint8Array(4), 5000, 5000), (e) => e.message.startsWith("image too large"));
  assert.throws(() => decodeQr(new Uint8Array(10), 2, 2), (e) => e.message.startsWith("bad image"));
});
