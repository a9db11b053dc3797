// Turns the tape that src/tape.rs writes into plain JavaScript values: one pass over the
// words, every string a slice of the one decoded pool. Keep the op codes in step with
// src/tape.rs (its module docs describe the format).
// scripts/build-wasm.sh inlines this file into the glue: its top-level names start with
// `tape`/`Tape`/`TAPE_` (or are its two exports) so that they cannot clash with the glue's.
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
  return new TapeReader(words, pool, keys).value();
}

// The reader keeps its position in a field: as a variable captured by a closure it made
// decoding twice as slow in V8 (measured: ~19 µs against ~10 µs for a scam message's Report).
class TapeReader {
  constructor(words, pool, keys) {
    this.words = words;
    this.pool = pool;
    this.keys = keys;
    this.at = 0;
  }

  value() {
    const w = this.words;
    switch (w[this.at++]) {
      case TAPE_NULL: return null;
      case TAPE_FALSE: return false;
      case TAPE_TRUE: return true;
      case TAPE_INT: return w[this.at++] | 0;
      case TAPE_FLOAT: tapeF64Words[0] = w[this.at++]; tapeF64Words[1] = w[this.at++]; return tapeF64[0];
      case TAPE_STR: {
        const start = w[this.at], end = w[this.at + 1];
        this.at += 2;
        return this.pool.slice(start, end);
      }
      case TAPE_ARRAY: {
        const n = w[this.at++], a = [];
        for (let k = 0; k < n; k++) a.push(this.value());
        return a;
      }
      case TAPE_OBJECT: {
        const n = w[this.at++], o = {};
        for (let k = 0; k < n; k++) {
          const key = this.keys[w[this.at++]];
          o[key] = this.value();
        }
        return o;
      }
      default: throw new Error(`scamcheck: bad report encoding at word ${this.at - 1}`);
    }
  }
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
