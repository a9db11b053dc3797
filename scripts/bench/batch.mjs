// Throughput of the native `scamcheck batch` (one process, JSON in and out) on the generated
// files. Prints JSON: { messages_per_s, urls_per_s, ... } (median of RUNS runs each).
//   node scripts/bench/batch.mjs BINARY DIR [RUNS=3]
import { spawnSync } from "node:child_process";
import { openSync, closeSync, readFileSync } from "node:fs";

const [bin, dir, runs = "3"] = process.argv.slice(2);
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const out = {};
for (const name of ["messages", "urls"]) {
  const file = `${dir}/${name}.jsonl`;
  const n = readFileSync(file, "utf8").split("\n").filter(Boolean).length;
  const times = [];
  for (let r = 0; r < Number(runs); r++) {
    const fd = openSync(file, "r");
    const t0 = process.hrtime.bigint();
    const res = spawnSync(bin, ["batch"], { stdio: [fd, "ignore", "inherit"] });
    const dt = Number(process.hrtime.bigint() - t0) / 1e9;
    closeSync(fd);
    if (res.status !== 0) throw new Error(`${bin} batch failed on ${file}`);
    times.push(dt);
  }
  out[`${name}_per_s`] = Math.round(n / median(times));
  out[`${name}_lines`] = n;
  out[`${name}_seconds`] = median(times);
}
console.log(JSON.stringify(out));
