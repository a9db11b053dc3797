// The size report: each wasm module raw / gzip -9 / brotli -11, what is big inside it, and
// where the read-only data comes from. Prints Markdown (scripts/size-report.sh writes SIZE.md).
//   node scripts/size/report.mjs
import { readFileSync, existsSync, readdirSync, statSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { execFileSync } from "node:child_process";

const root = new URL("../../", import.meta.url);
const p = (rel) => new URL(rel, root).pathname;
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const out = [];
const say = (s = "") => out.push(s);

say("# Size report");
say();
say("Made by `scripts/size-report.sh` after `scripts/build-wasm.sh` (wasm-opt -Oz). Budget: the core");
say("module ≤ 300 KB gzip with the full rule pack; the QR decoder is a separate module loaded only");
say("when a picture is scanned.");
say();
say("| module | raw | gzip -9 | brotli -11 | budget |");
say("| --- | ---: | ---: | ---: | --- |");
const modules = [["www/pkg/scamcheck_bg.wasm", "≤ 300 KB gzip"]];
if (existsSync(p("www/pkg-qr"))) for (const f of readdirSync(p("www/pkg-qr")).filter((f) => f.endsWith(".wasm"))) modules.push([`www/pkg-qr/${f}`, "(separate)"]);
for (const [rel, budget] of modules) {
  if (!existsSync(p(rel))) { say(`| ${rel} | (not built) | | | |`); continue; }
  const b = readFileSync(p(rel));
  const g = gz(b);
  say(`| ${rel} | ${kb(b.length)} | ${kb(g)} | ${kb(br(b))} | ${budget}${budget.startsWith("≤") ? (g <= 300_000 ? " ok" : " **OVER**") : ""} |`);
}
for (const js of ["www/pkg/scamcheck.js", "www/scamcheck-safe.js"]) {
  if (existsSync(p(js))) { const b = readFileSync(p(js)); say(`| ${js} | ${kb(b.length)} | ${kb(gz(b))} | ${kb(br(b))} | |`); }
}

// What is big: twiggy on the linked module before wasm-bindgen and wasm-opt (it still has
// function names; sizes there are larger than in the shipped module, proportions are what count).
const named = p("target/wasm32-unknown-unknown/wasm/scamcheck.wasm");
let twiggy = null;
try { execFileSync("twiggy", ["--version"], { stdio: "ignore" }); twiggy = "twiggy"; } catch {}
if (existsSync(named) && twiggy) {
  const csv = execFileSync(twiggy, ["top", "-n", "1000000", "-f", "csv", named], { maxBuffer: 1 << 28 }).toString();
  const items = csv.trim().split("\n").slice(1).map((l) => {
    const m = l.match(/^"?(.*?)"?,(\d+),([\d.]+),/);
    return m ? { name: m[1], size: Number(m[2]) } : null;
  }).filter(Boolean);
  const code = items.filter((i) => !/data segment|custom section|function names|^elem\[/.test(i.name));
  // The first path in the name decides: `<url::Url as core::fmt::Debug>::fmt` counts for url.
  const crateOf = (n) => {
    const m = n.match(/([a-z_][a-z0-9_]*)(\[[0-9a-f]+\])?::/);
    return m ? m[1] : /^(__wbg|__wbindgen)/.test(n) ? "wasm_bindgen" : "(unnamed)";
  };
  const byCrate = {};
  for (const i of code) byCrate[crateOf(i.name)] = (byCrate[crateOf(i.name)] ?? 0) + i.size;
  const total = items.reduce((a, i) => a + i.size, 0);
  const dataSeg = items.filter((i) => i.name.startsWith("data segment")).reduce((a, i) => a + i.size, 0);
  const codeTotal = code.reduce((a, i) => a + i.size, 0);
  say();
  say(`## Inside the core module`);
  say();
  say(`From \`twiggy\` on \`target/wasm32-unknown-unknown/wasm/scamcheck.wasm\` (${kb(statSync(named).size)}: before`);
  say(`wasm-bindgen and wasm-opt, with names). Code ${kb(codeTotal)}, data segments ${kb(dataSeg)}, the rest is names and`);
  say(`wasm-bindgen's custom sections (stripped in the shipped module).`);
  say();
  say("Code by crate (biggest first):");
  say();
  say("| crate | code | share of code |");
  say("| --- | ---: | ---: |");
  for (const [c, s] of Object.entries(byCrate).sort((a, b) => b[1] - a[1]).slice(0, 14)) say(`| ${c} | ${kb(s)} | ${(100 * s / codeTotal).toFixed(1)}% |`);
  say();
  say("Biggest items:");
  say();
  say("| item | bytes |");
  say("| --- | ---: |");
  for (const i of items.sort((a, b) => b.size - a.size).filter((i) => !/custom section|function names/.test(i.name)).slice(0, 15)) {
    say(`| \`${i.name.replace(/::h[0-9a-f]{16}$/, "").replace(/\|/g, "\\|").slice(0, 90)}\` | ${i.size.toLocaleString("en")} |`);
  }
  void total;
}

// Where the read-only data comes from: the rule pack (generated tables) and embedded lists.
const packs = [];
const walkBuild = (d) => { if (existsSync(d)) for (const e of readdirSync(d)) { const f = `${d}/${e}/out/rule_pack.rs`; if (existsSync(f)) packs.push(f); } };
walkBuild(p("target/wasm32-unknown-unknown/wasm/build"));
if (packs.length) {
  const newest = packs.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  const src = readFileSync(newest, "utf8");
  const lits = [...src.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1].replace(/\\u\{([0-9a-f]+)\}/g, (_, h) => String.fromCodePoint(parseInt(h, 16)))}"`));
  const bytes = Buffer.from(lits.join(""));
  say();
  say("## Read-only data");
  say();
  say("| source | raw | gzip -9 |");
  say("| --- | ---: | ---: |");
  say(`| rule pack strings (rules/ → rule_pack.rs, ${lits.length.toLocaleString("en")} literals) | ${kb(bytes.length)} | ${kb(gz(bytes))} |`);
  for (const rel of ["src/analyze/url/public_suffix.txt"]) if (existsSync(p(rel))) { const b = readFileSync(p(rel)); say(`| ${rel} | ${kb(b.length)} | ${kb(gz(b))} |`); }
}
const notes = new URL("notes.md", import.meta.url);
if (existsSync(notes)) say(readFileSync(notes, "utf8").trimEnd());
console.log(out.join("\n"));
