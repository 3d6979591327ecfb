import { describe, expect, it } from 'vitest';
import { changeFromElsewhere } from '../../../lib/storage/draft-elsewhere.ts';

const draft = (by?: string) => ({
  kind: 'create', savedAt: 1, siteId: 'c-acme', ...(by ? { by } : {}),
  fields: { summary: { kind: 'text', name: 'Summary', value: 'Export fails' } },
});

describe('a change to a window’s draft', () => {
  it('is this window’s own when it carries its writer id, or is a removal after its own removal', () => {
    expect(changeFromElsewhere({ oldValue: draft('other'), newValue: draft('me') }, 'me', false)).toBeNull();
    expect(changeFromElsewhere({ oldValue: draft('me') }, 'me', true)).toBeNull();
  });

  it('comes from another window when written by another writer, or by a release that stamped none', () => {
    expect(changeFromElsewhere({ newValue: draft('other') }, 'me', false)).toMatchObject({ kind: 'changed', draft: { by: 'other' } });
    expect(changeFromElsewhere({ newValue: draft() }, 'me', true)).toMatchObject({ kind: 'changed' });
  });

  it('is a removal elsewhere when this window’s last write was a draft', () => {
    expect(changeFromElsewhere({ oldValue: draft('me') }, 'me', false)).toEqual({ kind: 'removed' });
  });

  it('offers nothing to load when the new value cannot be read', () => {
    expect(changeFromElsewhere({ newValue: { kind: 'create', fields: 'nope' } }, 'me', false)).toBeNull();
  });
});
