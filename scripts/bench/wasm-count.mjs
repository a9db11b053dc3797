// Runs N checks of one bench input through a wasm build under Node, after 1,000 to warm up; run
// under callgrind by scripts/wasm-instructions.sh, which compares two values of N.
//   node scripts/bench/wasm-count.mjs PKG_DIR INPUT N
import { readFileSync } from "node:fs";
import { J } from "./inputs.mjs";

const [dir, input, n] = process.argv.slice(2);
const pkg = new URL(`${dir}/`, `file://${process.cwd()}/`);
const glue = await import(new URL("scamcheck.js", pkg).href);
glue.initSync({ module: readFileSync(new URL("scamcheck_bg.wasm", pkg)) });
const checker = new glue.Checker();
const text = J[input];
if (text === undefined) throw new Error(`no bench input ${input}`);
for (let i = 0; i < 1000 + Number(n); i++) checker.check(text, { lang: "zh" });
