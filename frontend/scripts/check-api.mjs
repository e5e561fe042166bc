#!/usr/bin/env node
// Fails when src/api/schema.ts is not exactly what `npm run gen:api` makes from ../openapi.yaml,
// so the generated API types cannot drift from the committed OpenAPI document.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const spec = resolve(root, process.env.DONDOC_OPENAPI_FILE ?? '../openapi.yaml');
const committed = join(root, 'src/api/schema.ts');
const bin = join(root, 'node_modules/.bin/openapi-typescript');

if (!existsSync(spec)) {
  console.error(`check:api: the OpenAPI document ${spec} does not exist`);
  process.exit(1);
}
if (!existsSync(committed)) {
  console.error('check:api: src/api/schema.ts is missing; run `npm run gen:api`');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'dondoc-check-api-'));
try {
  const fresh = join(dir, 'schema.ts');
  execFileSync(bin, [spec, '-o', fresh], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const expected = readFileSync(fresh, 'utf8');
  const actual = readFileSync(committed, 'utf8');
  if (expected !== actual) {
    const a = actual.split('\n');
    const e = expected.split('\n');
    let line = 0;
    while (line < Math.max(a.length, e.length) && a[line] === e[line]) line++;
    console.error(
      `check:api: src/api/schema.ts differs from what ${spec} generates ` +
        `(first difference at line ${line + 1}):\n` +
        `  committed: ${a[line] ?? '<end of file>'}\n` +
        `  generated: ${e[line] ?? '<end of file>'}\n` +
        'Run `npm run gen:api` and commit the result.',
    );
    process.exit(1);
  }
  console.log(`check:api: src/api/schema.ts matches ${spec}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
