// Writes www/lib/families-data.js from rules/families.toml: the families' names, summaries and
// advice for lessons and counter mode, which need every family (a Report only names the ones
// that fired). lessons.test.mjs fails when the two drift apart; re-run:
//   node tests/browser/gen-families.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "smol-toml";

const root = new URL("../../", import.meta.url);

export function familiesFromToml() {
  const t = parse(readFileSync(new URL("rules/families.toml", root), "utf8"));
  return {
    general: t.general_advice,
    families: t.family.map((f) => ({ id: f.id, name: f.name, summary: f.summary, advice: f.advice })),
  };
}

export function render(data) {
  return `// Generated from rules/families.toml by tests/browser/gen-families.mjs: do not edit by hand.
export const GENERAL_ADVICE = ${JSON.stringify(data.general, null, 2)};
export const FAMILY_INFO = ${JSON.stringify(data.families, null, 2)};
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL("www/lib/families-data.js", root), render(familiesFromToml()));
  console.log("wrote www/lib/families-data.js");
}
