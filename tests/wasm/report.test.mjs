// `check` hands JavaScript the Report the Rust side wrote: src/tape.rs writes the Report's
// values without keys and src/tape.js reads them back in the same order, so the two must stay
// in step. For every case-table text (both languages) and a set of awkward ones, the object
// `check` returns must stringify to exactly the JSON that `checkJson` writes (Report::write_json,
// which the Rust tests prove equal to serde_json's): same keys, same order, same values.
//
// `checkJson` exists only in the test-only build of scripts/build-wasm-test.sh.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { parse } from "smol-toml";

const root = new URL("../../", import.meta.url);
execFileSync(new URL("scripts/build-wasm-test.sh", root).pathname, { stdio: "inherit" });
const glue = await import(new URL("target/wasm-test/scamcheck.js", root).href);
glue.initSync({ module: readFileSync(new URL("target/wasm-test/scamcheck_bg.wasm", root)) });
const checker = new glue.Checker();

/** The first difference between two strings, for a readable failure. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 40), i + 40))} vs ${JSON.stringify(b.slice(Math.max(0, i - 40), i + 40))}`;
}

function mismatches(inputs, checkers = [checker]) {
  const bad = [];
  for (const [i, [text, options]] of inputs.entries()) {
    const c = checkers[i % checkers.length];
    const got = JSON.stringify(c.check(text, options));
    const want = glue.checkJson(c, text, options);
    if (got !== want) bad.push(`${JSON.stringify(text.slice(0, 50))} ${JSON.stringify(options)}: ${firstDifference(got, want)}`);
  }
  return bad;
}

test("every case-table report reaches JavaScript as its JSON says", () => {
  const dir = new URL("tests/cases/", root);
  const inputs = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".toml"))) {
    for (const c of parse(readFileSync(new URL(file, dir), "utf8")).case) {
      for (const lang of ["zh", "en"]) inputs.push([c.text, { kind: c.kind ?? "auto", lang }]);
    }
  }
  assert.ok(inputs.length >= 600, `${inputs.length} inputs`);
  const bad = mismatches(inputs);
  assert.deepEqual(bad, [], bad.slice(0, 10).join("\n"));
});

test("awkward texts too: escapes, astral and invisible characters, truncation, every kind", () => {
  const texts = [
    "",
    "   ",
    'quote " backslash \\ tab \t newline \n NUL \0 bell \x07 DEL \x7f',
    "line\u2028separator\u2029 and BOM \uFEFF at the start",
    "\uFEFF刷单返利 😀𝐀𝟎 \u202Eevil\u202C",
    "http://xn--80ak6aa92e.com/login?next=%2F%2Fevil.top",
    "bitcoin:bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh?amount=1",
    "WIFI:T:WPA;S:cafe;P:secret;;",
    "日息1% 保本保息 稳赚不赔 USDT 入金 带单老师 +00 852 1234 5678 6222 0212 3456 7890",
    "a".repeat((1 << 20) + 5),
  ];
  const inputs = [];
  for (const text of texts) {
    for (const kind of ["auto", "url", "qr", "message", "pitch"]) {
      for (const lang of ["zh", "en"]) inputs.push([text, { kind, lang }]);
    }
  }
  inputs.push(["刷单", undefined], ["刷单", null], ["刷单", {}]);
  const bad = mismatches(inputs);
  assert.deepEqual(bad, [], bad.slice(0, 10).join("\n"));
});

test("checkers of one module keep their own tables of the rule pack's texts", () => {
  // The tape names a text it sent before by its number in the reading Checker's table: three
  // checkers taking turns, each fresh, must each get every text once and then its number.
  const checkers = [new glue.Checker(), new glue.Checker(), new glue.Checker()];
  const texts = ["刷单返利，先垫付 http://task-app.vip/dl.apk", "您尾号1234的账户被冻结，请联系 95588", "Hi mum, new number, send £200", "日息1% 保本保息 USDT"];
  const inputs = [];
  for (let round = 0; round < 3; round++) {
    for (const text of texts) for (const lang of ["zh", "en"]) inputs.push([text, { lang }]);
  }
  const bad = mismatches(inputs, checkers);
  assert.deepEqual(bad, [], bad.slice(0, 10).join("\n"));
});

test("the report's fields arrive with their JavaScript types", () => {
  const r = checker.check("【银行】您的账户异常，点击 http://icbc-verify.top/login 验证，回复验证码", { lang: "zh" });
  assert.equal(typeof r.score, "number");
  assert.equal(typeof r.input.truncated, "boolean");
  assert.ok(r.signals.length > 0);
  for (const s of r.signals) {
    assert.equal(typeof s.weight, "number");
    assert.ok(!("family" in s) || typeof s.family === "string", s.rule);
    for (const sp of s.spans) assert.deepEqual(Object.keys(sp), ["start", "end", "start16", "end16"]);
  }
});
