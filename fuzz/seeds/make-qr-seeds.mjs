// Writes seeds for the qr_image fuzz target: real QR codes, one bit per pixel (mode 0).
//   node fuzz/seeds/make-qr-seeds.mjs
import QRCode from "qrcode";
import { writeFileSync } from "node:fs";

const payloads = ["http://1cbc.com.cn.verify.top/login", "wxp://f2f0abc", "WIFI:T:nopass;S:free;;", "刷单返利", "bitcoin:bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"];
payloads.forEach((text, n) => {
  for (const scale of [2, 3]) {
    const qr = QRCode.create(text, { errorCorrectionLevel: "L" });
    const size = qr.modules.size, quiet = 2, w = (size + 2 * quiet) * scale;
    if (w > 256) continue;
    const bits = new Uint8Array(Math.ceil((w * w) / 8));
    for (let y = 0; y < w; y++) for (let x = 0; x < w; x++) {
      const mx = Math.floor(x / scale) - quiet, my = Math.floor(y / scale) - quiet;
      const dark = mx >= 0 && my >= 0 && mx < size && my < size && qr.modules.get(my, mx);
      const i = y * w + x;
      if (dark) bits[i >> 3] |= 0x80 >> (i & 7);
    }
    writeFileSync(new URL(`qr_image/qr${n}_x${scale}`, import.meta.url), Buffer.concat([Buffer.from([w - 1, 0]), bits]));
  }
});
