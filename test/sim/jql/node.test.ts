import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The simulator also runs outside vitest, under Node's own TypeScript type stripping
// (npm run demo), so the engine must load there too.
describe('plain Node', () => {
  it('loads the engine with type stripping', () => {
    const fixture = new URL('./fixture.ts', import.meta.url).href;
    const script = `
      const { search, errorOf } = await import(${JSON.stringify(fixture)});
      console.log(JSON.stringify([search('project = XYZ order by key'), errorOf('project = ')]));
    `;
    const out = execFileSync(process.execPath, ['--experimental-strip-types', '--no-warnings', '--input-type=module', '--eval', script], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([
      ['XYZ-1', 'XYZ-2', 'XYZ-3', 'XYZ-4'],
      'Error in the JQL Query: Expecting either a value, list or function before the end of the query.',
    ]);
  });
});
