import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chooseSite, rememberSite } from '../../../lib/worker/site-choice.ts';

const site = (name: string) => ({ id: `${name}-id`, name, url: `https://${name.toLowerCase()}.atlassian.net`, scopes: [] });
const acme = site('Acme');
const globex = site('Globex');

describe('site choice', () => {
  beforeEach(() => fakeBrowser.reset());
  const local = () => fakeBrowser.storage.local;

  it('chooses the only site by itself and remembers it', async () => {
    expect(await chooseSite(local(), 'p1', [acme])).toEqual({ site: acme });
    expect(await chooseSite(local(), 'p1', [acme, globex])).toEqual({ site: acme });
  });

  it('asks when there are several sites and nothing is remembered', async () => {
    expect(await chooseSite(local(), 'p1', [acme, globex])).toEqual({ site: null });
  });

  it('follows the organization’s default site', async () => {
    expect(await chooseSite(local(), 'p1', [acme, globex], 'https://globex.atlassian.net/')).toEqual({ site: globex });
  });

  it('remembers per profile', async () => {
    await rememberSite(local(), 'p1', globex);
    expect(await chooseSite(local(), 'p1', [acme, globex])).toEqual({ site: globex });
    expect(await chooseSite(local(), 'p2', [acme, globex])).toEqual({ site: null });
  });

  it('names a remembered site that is no longer accessible, and asks again', async () => {
    await rememberSite(local(), 'p1', globex);
    expect(await chooseSite(local(), 'p1', [acme, site('Initech')])).toEqual({ site: null, lostSite: 'Globex' });
  });
});
