// Turns the tape that src/tape.rs writes into the Report as plain JavaScript objects: one pass
// over the words, every string either a slice of the one decoded pool or a text that an
// earlier tape of the same Checker put in its table (the rule pack's ids, names, explanations
// and advice, so that after the first checks only the input's strings are decoded). Strings
// must be read in order: the table numbers new texts as they come. The tape has no keys: each
// object literal below reads its fields in the order the Rust structs declare them (and
// serde_json writes them), so keep the two files in step; tests/wasm/report.test.mjs checks that
// every case-table report stringifies to the exact JSON the Rust side writes.
// scripts/build-wasm.sh inlines this file into the glue: its top-level names start with
// `tape`/`Tape`/`TAPE_` (or are its two exports) so that they cannot clash with the glue's.
const TAPE_ABSENT = 0xffffffff;
const TAPE_NEW = 0x40000000; // + the start of a new text in the pool
const TAPE_KNOWN = 0x80000000; // + the number of a text in the table
const tapeUtf16 = new TextDecoder("utf-16le", { ignoreBOM: true }); // keep a leading U+FEFF

/** An empty table of texts, one per Checker: the numbers are that Checker's. */
export function newTextTable() {
  return [];
}

/**
 * @param {string[]} table the texts earlier tapes of this Checker numbered; gets this one's new ones
 * @param {Uint32Array} words the tape's words (a view into wasm memory, read at once)
 * @param {Uint16Array} pool the strings the words point to, one after another, in UTF-16 (a
 *   view into wasm memory, read at once)
 * @returns {import("./report").Report} the Report
 */
export function decodeReport(table, words, pool) {
  return new TapeReader(table, words, pool.length === 0 ? "" : tapeUtf16.decode(pool)).report();
}

// The reader keeps its position in a field: as a variable captured by a closure it made
// decoding twice as slow in V8.
class TapeReader {
  constructor(table, words, pool) {
    this.table = table;
    this.words = words;
    this.pool = pool;
    this.at = 0;
  }

  num() {
    return this.words[this.at++];
  }

  str() {
    const a = this.words[this.at], b = this.words[this.at + 1];
    this.at += 2;
    if (a < TAPE_NEW) return this.pool.slice(a, b);
    if (a >= TAPE_KNOWN) {
      const text = this.table[a - TAPE_KNOWN];
      if (text === undefined) throw new Error(`scamcheck: bad report encoding (text ${a - TAPE_KNOWN} of ${this.table.length})`);
      return text;
    }
    const text = this.pool.slice(a - TAPE_NEW, b);
    this.table.push(text);
    return text;
  }

  strs() {
    const n = this.num(), a = [];
    for (let k = 0; k < n; k++) a.push(this.str());
    return a;
  }

  span() {
    return { start: this.num(), end: this.num(), start16: this.num(), end16: this.num() };
  }

  family() {
    return { id: this.str(), name: this.str(), summary: this.str(), score: this.num() };
  }

  signal() {
    const rule = this.str();
    if (this.words[this.at] === TAPE_ABSENT) {
      this.at += 2;
      return { rule, weight: this.num() | 0, spans: this.spans(), explanation: this.str() };
    }
    return { rule, family: this.str(), weight: this.num() | 0, spans: this.spans(), explanation: this.str() };
  }

  spans() {
    const n = this.num(), a = [];
    for (let k = 0; k < n; k++) a.push(this.span());
    return a;
  }

  families() {
    const n = this.num(), a = [];
    for (let k = 0; k < n; k++) a.push(this.family());
    return a;
  }

  signals() {
    const n = this.num(), a = [];
    for (let k = 0; k < n; k++) a.push(this.signal());
    return a;
  }

  entities() {
    const n = this.num(), a = [];
    for (let k = 0; k < n; k++) a.push({ kind: this.str(), text: this.str(), span: this.span() });
    return a;
  }

  report() {
    const r = {
      kind: this.str(),
      lang: this.str(),
      score: this.num(),
      level: this.str(),
      level_label: this.str(),
      families: this.families(),
      signals: this.signals(),
      advice: this.strs(),
      entities: this.entities(),
      notes: this.strs(),
      input: { bytes: this.num(), checked_bytes: this.num(), truncated: this.num() === 1 },
      rules_version: this.str(),
      rules_hash: this.str(),
    };
    if (this.at !== this.words.length) throw new Error(`scamcheck: bad report encoding (${this.at} of ${this.words.length} words read)`);
    return r;
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
