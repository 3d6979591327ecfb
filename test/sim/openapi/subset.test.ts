import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FULL_SPEC_ENV, renderSubset, SUBSET_URL, VENDORED_FROM, VENDORED_PATHS } from './subset.ts';

const text = readFileSync(SUBSET_URL, 'utf8');
const subset = JSON.parse(text) as {
  openapi: string;
  info: Record<string, unknown>;
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
};

/** Every `$ref` in the document, and every keyword-position `example`, anywhere. */
function scan(node: unknown, refs: string[], examples: string[], where = ''): void {
  if (Array.isArray(node)) return node.forEach((item, i) => scan(item, refs, examples, `${where}/${i}`));
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') refs.push(value);
    if ((key === 'example' || key === 'examples') && !where.endsWith('/properties')) examples.push(where);
    if (!key.startsWith('x-')) scan(value, refs, examples, `${where}/${key}`);
  }
}

function expectWellFormed(): void {
  expect(subset.openapi).toBe('3.0.1');
  expect(subset.info['x-vendored-from']).toEqual(VENDORED_FROM);
  expect(Object.keys(subset.components.securitySchemes)).toContain('OAuth2');
  const refs: string[] = [];
  const examples: string[] = [];
  scan(subset, refs, examples);
  expect(examples).toEqual([]);
  for (const ref of new Set(refs)) {
    expect(ref.startsWith('#/components/schemas/'), ref).toBe(true);
    expect(subset.components.schemas[ref.slice('#/components/schemas/'.length)], ref).toBeDefined();
  }
}

describe('jira-subset.json', () => {
  it('contains every path the extension uses, each with its methods', () => {
    expect(Object.keys(subset.paths).sort()).toEqual([...VENDORED_PATHS].sort());
    for (const path of VENDORED_PATHS) expect(Object.keys(subset.paths[path] ?? {}).length, path).toBeGreaterThan(0);
    expect(Object.keys(subset.paths['/rest/api/3/issue/{issueIdOrKey}'] ?? {}).sort()).toEqual(['delete', 'get', 'put']);
  });

  it('is well formed: provenance, no examples, every $ref resolves inside it', () => {
    expectWellFormed();
  });

  it(`is what vendor-spec.ts generates from the full document (when ${FULL_SPEC_ENV} names it)`, () => {
    const fullPath = process.env[FULL_SPEC_ENV];
    if (fullPath !== undefined && fullPath !== '') {
      const full = JSON.parse(readFileSync(fullPath, 'utf8')) as Parameters<typeof renderSubset>[0];
      expect(renderSubset(full) === text, 'jira-subset.json is stale: run test/sim/openapi/vendor-spec.ts').toBe(true);
    } else {
      // Without the full document (as in CI) the committed subset is all there is: it must stand alone.
      expect(text.length).toBeGreaterThan(10_000);
      expectWellFormed();
    }
  });
});
