// Loads the scamcheck engine (www/pkg) once per page and hands out one shared Checker.
// The wasm module is fetched from next to this file, so the page and the widget (which may be
// served from a bank's own origin) both find it without configuration. The glue module is
// imported statically so that it loads in parallel with the page's own modules (a dynamic
// import() here cost 20–80 ms on a busy 2-core machine); pages also preload the .wasm.
import init, { Checker } from "../pkg/scamcheck.js";

let loading = null;

/**
 * Resolves to `{ checker, ms, parts }`: the shared Checker, how long instantiating the wasm and
 * building the engine took (milliseconds since the first call), and those two parts.
 */
export function loadChecker() {
  if (!loading) {
    loading = (async () => {
      const t0 = performance.now();
      await init({ module_or_path: new URL("../pkg/scamcheck_bg.wasm", import.meta.url) });
      const t1 = performance.now();
      const checker = new Checker();
      const t2 = performance.now();
      return { checker, ms: t2 - t0, parts: { instantiate: t1 - t0, engine: t2 - t1 } };
    })();
    // A failed load may be retried.
    loading.catch(() => { loading = null; });
  }
  return loading;
}

/** Runs one check, never throwing: an error becomes `{ error }`. */
export function safeCheck(checker, text, kind, lang) {
  try {
    return checker.check(text, { kind, lang });
  } catch (e) {
    return { error: String(e && e.message || e) };
  }
}
