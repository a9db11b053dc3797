// Turns the tape that src/tape.rs writes into plain JavaScript values: one pass over the
// words, every string a slice of the one decoded pool. Keep the op codes in step with
// src/tape.rs (its module docs describe the format).
const NULL = 0, FALSE = 1, TRUE = 2, INT = 3, FLOAT = 4, STR = 5, ARRAY = 6, OBJECT = 7;
const utf16 = new TextDecoder("utf-16le", { ignoreBOM: true }); // keep a leading U+FEFF
const f64 = new Float64Array(1);
const f64Words = new Uint32Array(f64.buffer);

/**
 * @param {Uint32Array} words the tape's words (a view into wasm memory, read at once)
 * @param {Uint16Array} units every string of the value, one after another, in UTF-16
 * @returns {any} the value
 */
export function decodeTape(words, units) {
  const pool = utf16.decode(units);
  const nkeys = words[words.length - 1], keys = [];
  for (let k = words.length - 1 - 2 * nkeys; k < words.length - 1; k += 2) keys.push(pool.slice(words[k], words[k + 1]));
  let i = 0;
  function value() {
    switch (words[i++]) {
      case NULL: return null;
      case FALSE: return false;
      case TRUE: return true;
      case INT: return words[i++] | 0;
      case FLOAT: f64Words[0] = words[i++]; f64Words[1] = words[i++]; return f64[0];
      case STR: i += 2; return pool.slice(words[i - 2], words[i - 1]);
      case ARRAY: {
        const n = words[i++], a = [];
        for (let k = 0; k < n; k++) a.push(value());
        return a;
      }
      case OBJECT: {
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
