import { describe, expect, it } from 'vitest';
import { toFieldMeta } from '../../../lib/jira/field-meta.ts';
import { choicesOf } from '../../../lib/jira/fields/options.ts';

// The parsed metadata feeds the form's choices: what Jira marks archived or disabled must survive
// parsing, or the form would offer versions nobody can pick any more.
describe('field metadata to form choices', () => {
  const fixVersions = toFieldMeta({
    fieldId: 'fixVersions',
    name: 'Fix versions',
    required: false,
    schema: { type: 'array', items: 'version', system: 'fixVersions' },
    allowedValues: [
      { id: '10000', name: '1.0', archived: true, released: true },
      { id: '10001', name: '1.1', archived: false, released: false },
      { id: 10002, name: '2.0' },
      { name: 'no id' },
    ],
  });

  it('keeps the archived flag and numeric ids as strings', () => {
    expect(fixVersions.allowedValues).toEqual([
      { id: '10000', name: '1.0', archived: true },
      { id: '10001', name: '1.1', archived: false },
      { id: '10002', name: '2.0' },
    ]);
  });

  it('offers only versions that can still be chosen', () => {
    expect(choicesOf(fixVersions.allowedValues).map((c) => c.label)).toEqual(['1.1', '2.0']);
  });
});
