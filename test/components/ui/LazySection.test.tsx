// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazy } from '../../../components/ui/lazy.ts';
import { LazySection } from '../../../components/ui/LazySection.tsx';
import { CodedError } from '../../../lib/errors.ts';

interface Section {
  Title: (props: { text: string }) => preact.JSX.Element;
}
const module: Section = { Title: ({ text }) => <h2>{text}</h2> };

/** An importer the test settles by hand. */
function deferredImporter() {
  const calls: { resolve: (m: Section) => void; reject: (e: unknown) => void }[] = [];
  const importer = vi.fn(() => new Promise<Section>((resolve, reject) => calls.push({ resolve, reject })));
  return { importer, calls };
}

describe('lazy', () => {
  it('imports once for every asker, then has the module at hand', async () => {
    const { importer, calls } = deferredImporter();
    const section = lazy(importer);
    expect(section.loaded()).toBeUndefined();
    const first = section.load();
    const second = section.load();
    expect(importer).toHaveBeenCalledTimes(1);
    calls[0]?.resolve(module);
    expect(await first).toBe(module);
    expect(await second).toBe(module);
    expect(section.loaded()).toBe(module);
  });

  it('a failed import rejects with a coded error and is tried afresh next time', async () => {
    const { importer, calls } = deferredImporter();
    const section = lazy(importer);
    const failed = section.load();
    calls[0]?.reject(new TypeError('Failed to fetch dynamically imported module'));
    const error = await failed.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodedError);
    expect((error as CodedError).code).toBe('unknown');
    expect((error as CodedError).message).toBe('Part of the extension could not be loaded. Close and reopen this window.');
    const again = section.load();
    expect(importer).toHaveBeenCalledTimes(2);
    calls[1]?.resolve(module);
    expect(await again).toBe(module);
  });
});

describe('LazySection', () => {
  afterEach(cleanup);

  it('says politely that it is loading, then shows the section', async () => {
    const { importer, calls } = deferredImporter();
    render(<LazySection module={lazy(importer)} loading="Loading Find…">{({ Title }) => <Title text="Find" />}</LazySection>);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Loading Find…');
    calls[0]?.resolve(module);
    expect(await screen.findByRole('heading', { name: 'Find' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('a module loaded before renders at once, without the status line', async () => {
    const section = lazy(async () => module);
    await section.load();
    render(<LazySection module={section} loading="Loading Find…">{({ Title }) => <Title text="Find" />}</LazySection>);
    expect(screen.getByRole('heading', { name: 'Find' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('a failed load shows the error with Try again, which loads afresh', async () => {
    const { importer, calls } = deferredImporter();
    render(<LazySection module={lazy(importer)} loading="Loading Open…">{({ Title }) => <Title text="Open" />}</LazySection>);
    calls[0]?.reject(new TypeError('Failed to fetch dynamically imported module'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Something went wrong. Try again, or close and reopen this window.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('status').textContent).toBe('Loading Open…');
    expect(importer).toHaveBeenCalledTimes(2);
    calls[1]?.resolve(module);
    expect(await screen.findByRole('heading', { name: 'Open' })).toBeTruthy();
  });

  it('in the place of another LazySection, shows its own module (a draft note, then the created panel)', async () => {
    const note = lazy(async () => ({ Note: () => <p>Draft restored</p> }));
    const panel = lazy(async () => ({ Panel: () => <h2>Created A-1</h2> }));
    await note.load();
    await panel.load();
    const { rerender } = render(<div>{<LazySection module={note} loading="">{({ Note }) => <Note />}</LazySection>}</div>);
    expect(screen.getByText('Draft restored')).toBeTruthy();
    rerender(<div>{<LazySection module={panel} loading="">{({ Panel }) => <Panel />}</LazySection>}</div>);
    expect(screen.getByRole('heading', { name: 'Created A-1' })).toBeTruthy();
  });

  it('with an empty loading text, shows nothing while it loads (inside a live region of its own)', () => {
    const { importer } = deferredImporter();
    const { container } = render(<LazySection module={lazy(importer)} loading="">{({ Title }) => <Title text="Find" />}</LazySection>);
    expect(container.textContent).toBe('');
  });
});
