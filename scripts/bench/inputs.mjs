// The bench inputs, shared with the native benches (benches/inputs/inputs.json), for Node.
import { readFileSync } from "node:fs";

export const J = JSON.parse(readFileSync(new URL("../../benches/inputs/inputs.json", import.meta.url), "utf8"));
const pick = (v, k) => v[k % v.length];

/** Message `i` filled from the templates (the same scheme as benches/inputs/mod.rs). */
export function message(i) {
  const url = `http://${pick(J.brands, Math.floor(i / 3))}-${pick(J.words, Math.floor(i / 7))}.${pick(J.tlds, Math.floor(i / 5))}/x${i}`;
  return pick(J.message_templates, i)
    .replaceAll("{brand}", pick(J.brands, Math.floor(i / 11)))
    .replaceAll("{url}", url)
    .replaceAll("{n}", String((i * 7919) % 10));
}

/** URL `i` filled from the URL templates. */
export function url(i) {
  return pick(J.url_templates, i)
    .replaceAll("{brand}", pick(J.brands, Math.floor(i / 10)))
    .replaceAll("{tld}", pick(J.tlds, Math.floor(i / 7)))
    .replaceAll("{word}", pick(J.words, Math.floor(i / 13)))
    .replaceAll("{n}", String(i % 1000));
}

/** About `bytes` UTF-8 bytes of mixed messages. */
export function textOf(bytes) {
  const parts = [];
  let n = 0;
  for (let i = 0; n < bytes; i = (i + 1) % 64) {
    const m = message(i) + "\n";
    parts.push(m);
    n += Buffer.byteLength(m);
  }
  return Buffer.from(parts.join("")).subarray(0, bytes).toString("utf8").replace(/\uFFFD+$/, "");
}

/** The per-check inputs of every bench: [name, text, kind]. */
export function checkInputs() {
  return [
    ["short", J.short, "auto"],
    ["zh300", J.zh300, "auto"],
    ["msg2k", textOf(2048), "message"],
    ["url", J.url, "auto"],
    ["qr", J.qr, "qr"],
    ["text1m", textOf(1 << 20), "auto"],
  ];
}
