// Turns the tape that src/tape.rs writes into plain JavaScript values: one pass over the
// words, every string a slice of the one decoded pool. Keep the op codes in step with
// src/tape.rs (its module docs describe the format).
// scripts/build-wasm.sh inlines this file into the glue: its top-level names start with
// `tape`/`TAPE_` (or are its two exports) so that they cannot clash with the glue's.
const TAPE_NULL = 0, TAPE_FALSE = 1, TAPE_TRUE = 2, TAPE_INT = 3, TAPE_FLOAT = 4, TAPE_STR = 5, TAPE_ARRAY = 6, TAPE_OBJECT = 7;
const tapeUtf16 = new TextDecoder("utf-16le", { ignoreBOM: true }); // keep a leading U+FEFF
const tapeF64 = new Float64Array(1);
const tapeF64Words = new Uint32Array(tapeF64.buffer);

/**
 * @param {Uint32Array} words the tape's words (a view into wasm memory, read at once)
 * @param {Uint16Array} units every string of the value, one after another, in UTF-16
 * @returns {any} the value
 */
export function decodeTape(words, units) {
  const pool = tapeUtf16.decode(units);
  const nkeys = words[words.length - 1], keys = [];
  for (let k = words.length - 1 - 2 * nkeys; k < words.length - 1; k += 2) keys.push(pool.slice(words[k], words[k + 1]));
  let i = 0;
  function value() {
    switch (words[i++]) {
      case TAPE_NULL: return null;
      case TAPE_FALSE: return false;
      case TAPE_TRUE: return true;
      case TAPE_INT: return words[i++] | 0;
      case TAPE_FLOAT: tapeF64Words[0] = words[i++]; tapeF64Words[1] = words[i++]; return tapeF64[0];
      case TAPE_STR: i += 2; return pool.slice(words[i - 2], words[i - 1]);
      case TAPE_ARRAY: {
        const n = words[i++], a = [];
        for (let k = 0; k < n; k++) a.push(value());
        return a;
      }
      case TAPE_OBJECT: {
        const n = words[i++], o = {};
        for (let k = 0; k < n; k++) {
          const key = keys[words[i++]];
          o[key] = value();
        }
        return o;
      }
      default: throw new Error(`scamcheck: bad report encoding at word ${i - 1}`);
    }
  }
  return value();
}

/**
 * `options[key]` as a string, or undefined when it is absent or null.
 * @param {object} options
 * @param {string} key
 */
export function optionString(options, key) {
  const v = options[key];
  return v === undefined || v === null ? undefined : String(v);
}
