// The page survives the engine: a Rust panic reaches JavaScript as an Error with the panic's
// message, and www/scamcheck-safe.js checks the next input on a fresh instance. Hostile inputs
// go through the wasm build without crashing.
//
// Panics are triggered through `panicForTest` / `abortForTest`, which exist only in the
// test-only build of scripts/build-wasm-test-panic.sh (cargo feature `test-panic`, into
// target/); the shipped module in www/pkg is checked to lack them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createSafeChecker, PANIC_PREFIX, MAX_RESTARTS } from "../../www/scamcheck-safe.js";

const root = new URL("../../", import.meta.url);
execFileSync(new URL("scripts/build-wasm-test-panic.sh", root).pathname, { stdio: "inherit" });
const glue = new URL("target/wasm-test-panic/scamcheck.js", root);
const bytes = readFileSync(new URL("target/wasm-test-panic/scamcheck_bg.wasm", root));

const SCAM = "刷单返利，先垫付后返佣，做任务日结 http://1cbc.com.cn.verify.top/login";

function sane(text, r) {
  const band = r.score >= 70 ? "high" : r.score >= 40 ? "medium" : "low";
  assert.ok(r.score >= 0 && r.score <= 100, `score ${r.score}`);
  assert.ok(["low", "medium", "high"].includes(r.level));
  assert.equal(r.input.bytes, Buffer.byteLength(text));
  for (const s of r.signals) for (const sp of s.spans) {
    assert.ok(sp.start16 <= sp.end16 && sp.end16 <= text.length, `span ${JSON.stringify(sp)}`);
    assert.equal(Buffer.byteLength(text.slice(0, sp.start16)), sp.start, `${s.rule} start`);
    assert.equal(Buffer.byteLength(text.slice(sp.start16, sp.end16)), sp.end - sp.start, `${s.rule} length`);
  }
  return band;
}

test("a panic becomes an Error with its message, and the next check works", async () => {
  const crashes = [];
  const checker = await createSafeChecker({ glue, module: bytes, onCrash: (e) => crashes.push(e) });
  const before = checker.check(SCAM, { lang: "en" });
  assert.throws(() => checker.guard((g) => g.panicForTest("boom at line 42")), (e) => {
    assert.ok(e instanceof Error && !(e instanceof WebAssembly.RuntimeError));
    assert.ok(e.message.startsWith(PANIC_PREFIX), e.message);
    assert.match(e.message, /boom at line 42/);
    return true;
  });
  assert.equal(checker.restarts, 1);
  assert.equal(crashes.length, 1);
  assert.deepEqual(checker.check(SCAM, { lang: "en" }), before);
});

test("an abort (a trap no hook sees) is caught the same way", async () => {
  const checker = await createSafeChecker({ glue, module: bytes });
  assert.throws(() => checker.guard((g) => g.abortForTest()), (e) => {
    assert.ok(e instanceof Error && e.message.startsWith(PANIC_PREFIX), e.message);
    assert.ok(e.cause instanceof WebAssembly.RuntimeError);
    return true;
  });
  assert.equal(checker.check("你好").level, "low");
});

test("crash after crash: the checker keeps working up to its restart budget", async () => {
  const checker = await createSafeChecker({ glue, module: bytes });
  const want = checker.check(SCAM);
  for (let i = 0; i < MAX_RESTARTS; i++) {
    assert.throws(() => checker.guard((g) => g.panicForTest(`crash ${i}`)), new RegExp(`crash ${i}`));
    await checker.ready();
    assert.deepEqual(checker.check(SCAM), want, `after crash ${i + 1}`);
  }
  assert.throws(() => checker.guard((g) => g.panicForTest("one too many")), /one too many/);
  assert.throws(() => checker.check(SCAM), /reload the page/);
});

test("ordinary errors pass through and restart nothing", async () => {
  const checker = await createSafeChecker({ glue, module: bytes });
  assert.throws(() => checker.check("x", { kind: "bogus" }), (e) => !e.message.startsWith(PANIC_PREFIX) && /unknown kind/.test(e.message));
  assert.equal(checker.restarts, 0);
  assert.equal(checker.check("x").level, "low");
});

test("the shipped module has no test-only exports", { skip: !existsSync(new URL("www/pkg/scamcheck.js", root)) && "www/pkg not built" }, async () => {
  const shipped = readFileSync(new URL("www/pkg/scamcheck.js", root), "utf8");
  assert.doesNotMatch(shipped, /panicForTest|abortForTest/);
  const mod = await import(new URL("www/pkg/scamcheck.js", root).href);
  assert.equal(mod.panicForTest, undefined);
});

test("hostile inputs through the wasm build", async () => {
  const checker = await createSafeChecker({ glue, module: bytes });
  const MiB = 1 << 20;
  const cases = [
    ["empty", "", "auto"],
    ["lone http://", "http://", "auto"],
    ["bidi inside a domain", "http://icbc\u202Emoc.nc\u202C.top/login", "url"],
    ["zero-width inside words", "刷\u200B单\u200D返\uFEFF利", "message"],
    ["lone surrogates", "\uD800刷单\uDFFF返利\uD83D", "message"],
    ["NUL bytes", "刷单\0返利\0http://a.top/\0".repeat(100), "auto"],
    ["malformed punycode", "http://xn--.com/ xn--zz.top xn---.cn", "message"],
    ["nested percent-encoding", "http://example.com/%" + "25".repeat(5000) + "41", "url"],
    ["10,000 URLs", Array.from({ length: 10000 }, (_, i) => `http://s${i}.example.top/p `).join(""), "message"],
    ["1 MiB of one CJK char", "刷".repeat(MiB / 3), "message"],
    ["over 1 MiB", "a".repeat(MiB + 7), "auto"],
    ["QR after whitespace", "\t\tbitcoin:b\uFFFD0", "qr"],
  ];
  for (const [name, text, kind] of cases) {
    const r = checker.check(text, { kind, lang: "en" });
    const band = sane(text.replace(/[\uD800-\uDFFF]/g, "\uFFFD"), r);
    assert.equal(r.level, band, `${name}: level ${r.level} for score ${r.score}`);
    if (Buffer.byteLength(text) > MiB) assert.ok(r.input.truncated && r.notes.length > 0, `${name}: truncation noted`);
  }
  assert.equal(checker.restarts, 0);
});
