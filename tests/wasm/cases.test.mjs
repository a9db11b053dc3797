// Runs the case tables of tests/cases/*.toml against the wasm build (www/pkg), under Node:
// the same expectations as the native run (tests/cases.rs), through the JavaScript API.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { parse } from "smol-toml";
import init, { Checker } from "../../www/pkg/scamcheck.js";

const root = new URL("../../", import.meta.url);
await init({ module_or_path: readFileSync(new URL("www/pkg/scamcheck_bg.wasm", root)) });
const checker = new Checker();

const order = { low: 0, medium: 1, high: 2 };
function levelOk(want, got) {
  switch (want) {
    case "medium+": return order[got] >= 1;
    case "medium-": return order[got] <= 1;
    default: return want === got;
  }
}

const dir = new URL("tests/cases/", root);
const files = readdirSync(dir).filter((f) => f.endsWith(".toml")).sort();

for (const file of files) {
  const { case: cases } = parse(readFileSync(new URL(file, dir), "utf8"));
  test(`case table ${file} (wasm)`, () => {
    const failures = [];
    cases.forEach((c, i) => {
      const r = checker.check(c.text, { kind: c.kind ?? "auto", lang: c.lang ?? "zh" });
      const problems = [];
      if (!levelOk(c.level, r.level)) problems.push(`level ${r.level} (score ${r.score}), want ${c.level}`);
      for (const f of c.families ?? []) if (!r.families.some((m) => m.id === f)) problems.push(`family ${f} missing`);
      for (const id of c.rules ?? []) if (!r.signals.some((s) => s.rule === id)) problems.push(`rule ${id} did not fire`);
      for (const id of c.not_rules ?? []) if (r.signals.some((s) => s.rule === id)) problems.push(`rule ${id} fired`);
      if (c.expect_kind && r.kind !== c.expect_kind) problems.push(`kind ${r.kind}, want ${c.expect_kind}`);
      for (const s of r.signals) for (const sp of s.spans) {
        // UTF-16 spans must cut the JS string where the byte spans cut the UTF-8 text.
        const piece = c.text.slice(sp.start16, sp.end16);
        if (Buffer.byteLength(c.text.slice(0, sp.start16)) !== sp.start || Buffer.byteLength(piece) !== sp.end - sp.start)
          problems.push(`span ${JSON.stringify(sp)} of ${s.rule} disagrees between UTF-8 and UTF-16`);
      }
      if (problems.length) failures.push(`case ${i + 1} ${JSON.stringify(c.text.slice(0, 60))}: ${problems.join("; ")}`);
    });
    assert.deepEqual(failures, [], failures.join("\n"));
  });
}

test("options are validated with a clear error", () => {
  assert.throws(() => checker.check("x", { kind: "bogus" }), /unknown kind/);
  assert.throws(() => checker.check("x", { lang: "fr" }), /unknown lang/);
  assert.equal(checker.check("", undefined).level, "low");
});
