// Loads the scamcheck engine (www/pkg) once per page and hands out one shared checker.
// It goes through ../scamcheck-safe.js, so a crash inside the wasm costs one check, not the
// page: the wrapper keeps a spare instance ready and switches to it synchronously. The wasm is
// fetched from next to this file, so the page and the widget (which a bank may serve from its
// own origin) both find it without configuration. Pages preload the .wasm and the two glue
// copies the wrapper imports (pkg/scamcheck.js?instance=0 and =1) so nothing waits in line.
//
// Loading starts when this module runs. The pages also list it as an early
// `<script type="module" async>`, which runs as soon as this file and the wrapper are there:
// the wasm compiles and the engine is built while the page's own script is still loading, and
// that script's loadChecker() gets the same promise (one module instance per URL).
import { createSafeChecker } from "../scamcheck-safe.js";

let loading = null;

/**
 * Resolves to `{ checker, ms }`: the shared checker (`check(text, options)`, `rulesVersion`)
 * and how long loading it took (the wasm fetched and compiled while the glue loads, then
 * instantiated, and the engine built), in milliseconds. A call after a failed load tries again.
 */
export function loadChecker() {
  if (!loading) {
    loading = (async () => {
      const t0 = performance.now();
      const checker = await createSafeChecker({
        glue: new URL("../pkg/scamcheck.js", import.meta.url),
        module: new URL("../pkg/scamcheck_bg.wasm", import.meta.url),
      });
      return { checker, ms: performance.now() - t0 };
    })();
    // A failed load may be retried.
    loading.catch(() => { loading = null; });
  }
  return loading;
}

loadChecker();

/** Runs one check, never throwing: an error (even a crash of the engine) becomes `{ error }`. */
export function safeCheck(checker, text, kind, lang) {
  try {
    return checker.check(text, { kind, lang });
  } catch (e) {
    return { error: String(e && e.message || e) };
  }
}
