// A Checker that survives a crash of the engine.
//
// In WebAssembly a Rust panic cannot be caught: the instance is left half-updated and every
// later call may fail. The engine's panic hook (src/wasm.rs) turns a panic into a JavaScript
// Error whose message starts with PANIC_PREFIX; an abort (out of memory, say) shows up as a
// WebAssembly.RuntimeError. Either way this wrapper throws an ordinary Error with the message,
// drops the broken instance and checks the next input on a fresh one, built from the module
// that was compiled once. Errors that are not crashes (an unknown `kind`, …) pass through.
//
//   import { createSafeChecker } from "./scamcheck-safe.js";
//   const checker = await createSafeChecker();          // www/pkg next to this file
//   const report = checker.check(text, { kind: "auto", lang: "zh" });
//
// A fresh instance needs a fresh copy of the wasm-bindgen glue (the glue keeps its instance in
// a module-level variable and initializes once), so copies are imported under distinct query
// strings; one spare copy is kept loaded so that recovering stays synchronous. The next spare
// loads asynchronously: a second crash before it is there makes the following call throw
// "restarting after a crash" until `await checker.ready()` (or a moment) has passed.
//
// Start-up: the wasm is fetched and compiled while the first two glue copies are imported,
// neither waiting for the other, and every instance, the first and each restart, is made from
// that one compiled module. Start-up leaves User Timing marks named after the glue file:
// "scamcheck.js compiled", "scamcheck.js glue imported", then "… instantiated" and "… ready"
// for each instance (DevTools shows them; scripts/bench/wasm-chromium.mjs reads them).

/**
 * Restarts allowed per checker. A dead instance's memory stays referenced by its copy of the
 * glue (ES modules are never unloaded), so each restart costs the memory of one instance;
 * past this many crashes the checker gives up and asks for a page reload.
 */
export const MAX_RESTARTS = 16;

/** How the message of an Error raised by a Rust panic begins (see src/wasm.rs). */
export const PANIC_PREFIX = "scamcheck panicked: ";

/** True when `e` means the wasm instance can no longer be trusted. */
export function isCrash(e) {
  return (typeof WebAssembly !== "undefined" && e instanceof WebAssembly.RuntimeError) ||
    (e instanceof Error && typeof e.message === "string" && e.message.startsWith(PANIC_PREFIX)) ||
    (e instanceof RangeError && /Maximum call stack/.test(e.message));
}

// Glue copies imported so far, by every checker of the page: each import needs a new URL.
let copies = 0;

// Fetches (a URL) and compiles `source`; a Module, or a promise of one, is returned as it is.
async function compile(source, glueUrl) {
  source = await source;
  if (source instanceof WebAssembly.Module) return source;
  if (typeof source === "string") source = new URL(source, glueUrl);
  if (source instanceof URL && source.protocol === "file:") {
    // Node (tests, benchmarks): fetch() cannot read files.
    const { readFile } = await import("node:fs/promises");
    source = await readFile(source);
  }
  // fetch() with its defaults, so that the pages' <link rel=preload … crossorigin> matches.
  if (source instanceof URL) source = await fetch(source);
  if (typeof Response === "function" && source instanceof Response) {
    if (!source.ok) throw new Error(`failed to fetch ${source.url}: HTTP ${source.status}`);
    // Streaming compiles while the bytes arrive; it needs the application/wasm content type.
    if (WebAssembly.compileStreaming && source.headers.get("content-type") === "application/wasm") {
      return WebAssembly.compileStreaming(source);
    }
    source = await source.arrayBuffer();
  }
  return WebAssembly.compile(source);
}

/**
 * Runs a wasm-bindgen module so that a crash costs one call, not the page: `guard(fn)` runs
 * `fn(glue, state)` on the live instance (`state` is what `setup(glue)` built); a crash inside
 * becomes an Error whose message starts with PANIC_PREFIX (its `cause` is the original error)
 * and the next call runs on a fresh instance; any other error is thrown unchanged.
 *
 * @param {object} opts
 * @param {string|URL} opts.glue the wasm-bindgen glue (`--target web` output)
 * @param {WebAssembly.Module|BufferSource|Response|URL|string|Promise} [opts.module] the wasm
 *   module, or a promise of it (default: NAME_bg.wasm beside the glue NAME.js); a URL is
 *   fetched and compiled once, while the glue loads
 * @param {(glue: object) => any} [opts.setup] builds the per-instance state (a Checker, …)
 * @param {(error: Error) => void} [opts.onCrash] told of every crash, after recovery
 */
export async function createSafeInstance(opts) {
  const glueUrl = new URL(opts.glue, import.meta.url);
  const name = glueUrl.pathname.slice(glueUrl.pathname.lastIndexOf("/") + 1);
  const mark = (what) => performance.mark(`${name} ${what}`);
  const setup = opts.setup ?? (() => null);
  const loadGlue = () => import(`${glueUrl.href}${glueUrl.search ? "&" : "?"}instance=${copies++}`);
  const start = (glue) => {
    glue.initSync({ module });
    mark("instantiated");
    const state = setup(glue);
    mark("ready");
    return { glue, state };
  };

  // The wasm download and compilation run while the live and the spare glue copies load (a
  // spare that fails to load is tried again after the first crash).
  const [module, [first, second]] = await Promise.all([
    compile(opts.module ?? new URL(glueUrl.pathname.replace(/\.js$/, "_bg.wasm"), glueUrl), glueUrl)
      .then((m) => { mark("compiled"); return m; }),
    Promise.all([loadGlue(), loadGlue().catch(() => null)]).then((g) => { mark("glue imported"); return g; }),
  ]);
  let active = start(first);
  let spare = second;
  let spareLoading = null;
  const refillSpare = () => {
    spareLoading = loadGlue().then((g) => { spare = g; spareLoading = null; }, () => { spareLoading = null; });
  };
  let restarts = 0;

  const recover = () => {
    active = null;
    if (restarts >= MAX_RESTARTS) return;
    if (spare) {
      const g = spare;
      spare = null;
      active = start(g);
      restarts++;
    }
    if (!spare && !spareLoading) refillSpare();
  };

  const guard = (fn) => {
    if (!active) recover();
    if (!active) {
      throw new Error(restarts >= MAX_RESTARTS
        ? "scamcheck crashed too often; reload the page"
        : "scamcheck is restarting after a crash; try again in a moment");
    }
    try {
      return fn(active.glue, active.state);
    } catch (e) {
      if (!isCrash(e)) throw e;
      const message = e instanceof Error && e.message.startsWith(PANIC_PREFIX)
        ? e.message
        : `${PANIC_PREFIX}${e && e.name ? e.name + ": " : ""}${e && e.message || e}`;
      recover();
      const err = new Error(message, { cause: e });
      opts.onCrash?.(err);
      throw err;
    }
  };

  return {
    guard,
    /** How many times the module was restarted after a crash. */
    get restarts() { return restarts; },
    /** Resolves when a spare instance is loaded again (after a crash). */
    ready: () => spareLoading ?? Promise.resolve(),
  };
}

/**
 * A crash-safe scamcheck Checker (www/pkg by default).
 *
 * @param {object} [opts] as for createSafeInstance; `glue` defaults to ./pkg/scamcheck.js
 */
export async function createSafeChecker(opts = {}) {
  const inst = await createSafeInstance({ ...opts, glue: opts.glue ?? "./pkg/scamcheck.js", setup: (g) => new g.Checker() });
  return {
    /** Checks `text` (see Checker.check); throws an Error, never leaves a broken checker. */
    check: (text, options) => inst.guard((_, checker) => checker.check(text, options)),
    /** The rule pack's version. */
    get rulesVersion() { return inst.guard((_, checker) => checker.rulesVersion); },
    get restarts() { return inst.restarts; },
    ready: inst.ready,
    guard: inst.guard,
  };
}

/**
 * A crash-safe QR image decoder (www/pkg-qr by default): `decode(rgba, width, height)` is the
 * module's `decodeQr`. The decoder crate can panic on some pictures (fuzz/regressions/qr_image),
 * which in wasm would otherwise break every later scan.
 *
 * @param {object} [opts] as for createSafeInstance; `glue` defaults to ./pkg-qr/scamcheck_qr.js
 */
export async function createSafeQrDecoder(opts = {}) {
  const inst = await createSafeInstance({ ...opts, glue: opts.glue ?? "./pkg-qr/scamcheck_qr.js" });
  return {
    decode: (rgba, width, height) => inst.guard((g) => g.decodeQr(rgba, width, height)),
    get restarts() { return inst.restarts; },
    ready: inst.ready,
  };
}
