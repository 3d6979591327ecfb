// Regenerates jira-subset.json from Atlassian's full Jira Cloud platform OpenAPI document.
//
//   node --experimental-strip-types test/sim/openapi/vendor-spec.ts <path-to-spec>
//
// Without an argument it reads the file named by QAJ_JIRA_OPENAPI (SOURCE.md says where the
// document comes from). The full document is 2.4 MB and 417 paths; the extension uses 17 of them, so
// only those (all methods) and the component schemas they reach are committed. `example`s and
// long descriptions are dropped as well (see subset.ts): they are most of the remaining bytes
// and nothing validates against them. SOURCE.md in this folder has the attribution.

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FULL_SPEC_ENV, renderSubset, SUBSET_URL } from './subset.ts';

const arg = process.argv[2] ?? process.env[FULL_SPEC_ENV];
if (arg === undefined || arg === '') {
  throw new Error(`usage: vendor-spec.ts <path-to-spec> (or set ${FULL_SPEC_ENV}); see SOURCE.md`);
}
const specPath = resolve(arg);
const spec: unknown = JSON.parse(readFileSync(specPath, 'utf8'));
if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
  throw new Error(`${specPath} is not a JSON object`);
}
const text = renderSubset(spec as Parameters<typeof renderSubset>[0]);
writeFileSync(SUBSET_URL, text);
console.log(`wrote ${fileURLToPath(SUBSET_URL)} (${Math.round(text.length / 1024)} KB) from ${specPath}`);
