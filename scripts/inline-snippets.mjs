// Puts the JS snippets that wasm-bindgen writes beside a glue file (www/pkg/snippets/…, here
// src/tape.js) into the glue itself, without their line comments, so that loading the engine
// costs one module request, not one more round trip per snippet. wasm-bindgen imports a
// snippet in two ways: by name, for the functions it wraps in a shim, and as a namespace
// (`import * as import1`), for those the wasm module calls directly; the namespace becomes an
// object of the snippet's exports.
//   node scripts/inline-snippets.mjs www/pkg/scamcheck.js
import { readFileSync, writeFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";

const gluePath = process.argv[2];
const dir = dirname(gluePath);
let glue = readFileSync(gluePath, "utf8");
const exportLine = /^export (function|const|let|class) (\w+)/gm;
const inlined = new Map(); // snippet path -> its exported names
const inline = (path) => {
  if (inlined.has(path)) return "";
  const source = readFileSync(join(dir, path), "utf8");
  inlined.set(path, [...source.matchAll(exportLine)].map((m) => m[2]));
  // Without its line comments, which are for whoever edits the snippet, not for every
  // visitor's download.
  const code = source.replace(/^export (function|const|let|class) /gm, "$1 ").replace(/^[ \t]*\/\/.*\n/gm, "");
  return `// Inlined from ${path.replace(/^\.\/snippets\/[^/]+\//, "")} by scripts/inline-snippets.mjs.\n${code}\n`;
};
const named = /^import \{ ([^}]+) \} from ['"](\.\/snippets\/[^'"]+)['"];?\n/m;
const namespace = /^import \* as (\w+) from ['"](\.\/snippets\/[^'"]+)['"];?\n/m;
let m;
while ((m = named.exec(glue))) {
  const code = inline(m[2]);
  for (const name of m[1].split(",").map((s) => s.trim())) {
    if (!inlined.get(m[2]).includes(name)) throw new Error(`${m[2]} does not export ${name}`);
  }
  glue = glue.replace(m[0], code);
}
while ((m = namespace.exec(glue))) {
  const code = inline(m[2]);
  glue = glue.replace(m[0], `${code}const ${m[1]} = { __proto__: null, ${inlined.get(m[2]).join(", ")} };\n`);
}
if (/^import .* from ['"]\.\/snippets\//m.test(glue)) throw new Error("a snippet import was left in the glue");
writeFileSync(gluePath, glue);
rmSync(join(dir, "snippets"), { recursive: true, force: true });
