// Writes the batch benchmark's JSON Lines files: N synthetic messages and N URLs from the
// templates of benches/inputs/inputs.json (made up; not from any data set).
//   node scripts/bench/gen-batch.mjs OUT_DIR [N=100000]
import { writeFileSync, mkdirSync } from "node:fs";
import { message, url } from "./inputs.mjs";

const [dir, n = "100000"] = process.argv.slice(2);
const N = Number(n);
mkdirSync(dir, { recursive: true });
const lines = (f) => Array.from({ length: N }, (_, i) => JSON.stringify({ id: i, text: f(i) })).join("\n") + "\n";
// Vary messages a little more than the 12 templates: append a counter so no two lines are equal.
writeFileSync(`${dir}/messages.jsonl`, lines((i) => `${message(i)} #${i}`));
writeFileSync(`${dir}/urls.jsonl`, lines(url));
