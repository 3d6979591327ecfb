// The schema Chrome shows admins and validates policies with (public/managed_schema.json) must name
// every key the extension reads: Chrome drops keys the schema does not declare, so a key missing
// there would be a setting that silently does nothing.
// https://www.chromium.org/administrators/configuring-policy-for-extensions/
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseManagedPolicy, policySchema, profilePolicySchema } from '../../../lib/auth/managed-policy.ts';
import { PROFILE_FIELDS } from '../../../lib/auth/profile.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
interface JsonSchema {
  properties: Record<string, JsonSchema & { title?: string; items?: { enum?: string[] } }>;
}
const schema = JSON.parse(readFileSync(resolve(ROOT, 'public/managed_schema.json'), 'utf8')) as JsonSchema;
const profileSchema = schema.properties.profile as JsonSchema;

/** The policy example in the README's "For administrators" section. */
function readmeExample(): unknown {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### For administrators: organization policy'));
  const json = /```json\n([\s\S]*?)```/.exec(section)?.[1];
  if (!json) throw new Error('no policy example in the README');
  return JSON.parse(json);
}

describe('managed storage schema', () => {
  it('declares, with a title, every key the extension reads, and no other', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(policySchema.def.shape).sort());
    expect(Object.keys(profileSchema.properties).sort()).toEqual(Object.keys(profilePolicySchema.def.shape).sort());
    for (const entry of [...Object.values(schema.properties), ...Object.values(profileSchema.properties)]) {
      expect(entry.title).toBeTruthy();
    }
    expect(profileSchema.properties.lockedFields?.items?.enum).toEqual([...PROFILE_FIELDS]);
  });

  it('accepts the README’s example, which the extension reads as a profile with nothing wrong', () => {
    // strict: false: Chrome's schema keyword sensitiveValue is not JSON Schema's.
    const validate = new Ajv({ strict: false }).compile(schema);
    const example = readmeExample();
    expect(validate(example)).toBe(true);
    const policy = parseManagedPolicy(example as Record<string, unknown>);
    expect(policy?.problem).toBeUndefined();
    expect(policy).toMatchObject({ allowUserProfiles: false, secret: '', profile: { kind: 'managed' } });
  });
});
