import { describe, expect, it } from 'vitest';
import { around, SLOT } from '../../../lib/i18n/around.ts';

describe('around', () => {
  it('puts each part where the message has its stand-in, in the order the language wants', () => {
    const user = { name: 'Ada' };
    const site = { name: 'Acme' };
    expect(around(`${SLOT[0]} on ${SLOT[1]}`, user, site)).toEqual([user, ' on ', site]);
    expect(around(`${SLOT[1]} の ${SLOT[0]}`, user, site)).toEqual([site, ' の ', user]);
    expect(around(`Created ${SLOT[0]}`, 'ABC-1')).toEqual(['Created ', 'ABC-1']);
  });
  it('leaves text without stand-ins as it is', () => {
    expect(around('No parts', 'unused')).toEqual(['No parts']);
  });
});
