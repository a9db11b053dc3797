// Puts the JS snippets that wasm-bindgen writes beside a glue file (www/pkg/snippets/…, here
// src/tape.js) into the glue itself, so that loading the engine costs one module request, not
// one more round trip per snippet.
//   node scripts/inline-snippets.mjs www/pkg/scamcheck.js
import { readFileSync, writeFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";

const gluePath = process.argv[2];
const dir = dirname(gluePath);
let glue = readFileSync(gluePath, "utf8");
const importLine = /^import \{ ([^}]+) \} from '(\.\/snippets\/[^']+)';\n/m;
let m;
while ((m = importLine.exec(glue))) {
  const snippet = readFileSync(join(dir, m[2]), "utf8")
    .replace(/^export (function|const|let|class) /gm, "$1 ");
  const names = m[1].split(",").map((s) => s.trim());
  for (const name of names) {
    if (!new RegExp(`^(function|const|let|class) ${name}\\b`, "m").test(snippet)) {
      throw new Error(`${m[2]} does not define ${name}`);
    }
  }
  glue = glue.replace(m[0], `// Inlined from ${m[2].replace(/^\.\/snippets\/[^/]+\//, "")} by scripts/inline-snippets.mjs.\n${snippet}\n`);
}
writeFileSync(gluePath, glue);
rmSync(join(dir, "snippets"), { recursive: true, force: true });
