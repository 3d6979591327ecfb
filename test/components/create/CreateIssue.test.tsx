// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CreateIssue } from '../../../components/create/CreateIssue.tsx';
import { CodedError } from '../../../lib/errors.ts';
import { BIG, BUG, createWorker, session, WEB } from './fixtures.ts';
import { chooseProject, chooseType, projectBox, typeSelect, openMoreFields } from './helpers.ts';

describe('create: project and issue type', () => {
  afterEach(cleanup);

  it('shows the fields of the chosen project and type, from their create metadata', async () => {
    const worker = createWorker();
    render(<CreateIssue request={worker.request} session={session} />);
    expect(screen.getByRole('status').textContent).toBe('Loading projects…');
    await chooseProject('big');
    expect(projectBox().value).toBe('Big Platform (BIG)');
    await chooseType('Bug');
    const severity = await screen.findByRole('combobox', { name: 'Severity' });
    expect(worker.calls('create.issueTypes')).toEqual([{ siteId: 'c-acme', projectKey: 'BIG' }]);
    expect(worker.calls('create.fields')).toEqual([{ siteId: 'c-acme', projectKey: 'BIG', issueTypeId: BUG.id }]);
    // Required: a prompt rather than "None", and "required" in words next to the name.
    expect(within(severity).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Choose severity…', 'Critical', 'Major', 'Minor', 'Trivial',
    ]);
    expect(severity.getAttribute('aria-required')).toBe('true');
    expect(document.querySelector('label[for="create-customfield_10050"]')?.textContent).toBe('Severity (required)');
    // Summary and description lead; an optional select offers "None".
    const labels = [...document.querySelectorAll('.create-form label[for], .create-form legend')].map((l) => l.textContent);
    expect(labels.slice(0, 3)).toEqual(['Summary (required)', 'Description', 'Severity (required)']);
    // Optional fields wait behind "More fields", so the Create button stays in sight.
    const more = screen.getByRole('button', { name: /^More fields/ });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('combobox', { name: 'Priority' })).toBeNull();
    await openMoreFields();
    const priority = screen.getByRole('combobox', { name: 'Priority' }) as HTMLSelectElement;
    expect(priority.options[0]?.textContent).toBe('None');
    expect(priority.value).toBe('3');
    expect(screen.getByRole('textbox', { name: 'Description' }).getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/Markdown supported/)).toBeTruthy();
  });

  it('filters projects by key or name as you type, keeping the worker’s order', async () => {
    const worker = createWorker();
    render(<CreateIssue request={worker.request} session={session} />);
    const box = await screen.findByRole('combobox', { name: 'Project' });
    box.focus();
    const { type } = await import('./helpers.ts');
    type(box, 'o');
    const names = () => screen.getAllByRole('option').map((o) => o.textContent);
    expect(names()).toEqual(['Big Platform BIG', 'Operations OPS']);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    type(box, 'web');
    expect(names()).toEqual(['Website WEB']);
    type(box, 'zzz');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText('No project matches.')).toBeTruthy();
    // Only projects.list was asked: the filtering is local.
    expect(worker.calls('projects.list')).toEqual([{ siteId: 'c-acme' }]);
  });

  it('preselects the last used project and issue type', async () => {
    const worker = createWorker({ 'create.lastUsed': async () => ({ projectKey: 'BIG', issueTypeId: BUG.id }) });
    render(<CreateIssue request={worker.request} session={session} />);
    await screen.findByRole('combobox', { name: 'Severity' });
    expect(projectBox().value).toBe('Big Platform (BIG)');
    expect(typeSelect().value).toBe(BUG.id);
    expect(worker.calls('create.lastUsed')).toEqual([{ siteId: 'c-acme' }]);
  });

  it('still works when the last used choice cannot be read', async () => {
    const worker = createWorker({ 'create.lastUsed': async () => Promise.reject(new CodedError('bad_storage', 'x')) });
    render(<CreateIssue request={worker.request} session={session} />);
    await screen.findByRole('combobox', { name: 'Project' });
    expect(projectBox().value).toBe('');
    expect(screen.queryByRole('combobox', { name: 'Issue type' })).toBeNull();
  });

  it('says when loading projects fails, and tries again', async () => {
    let fail = true;
    const worker = createWorker({
      'projects.list': async () => {
        if (fail) throw new CodedError('network', 'Jira could not be reached.');
        return { projects: [WEB, BIG] };
      },
    });
    render(<CreateIssue request={worker.request} session={session} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not reach Atlassian.');
    fail = false;
    within(alert).getByRole('button', { name: 'Try again' }).click();
    await chooseProject('big');
    expect(projectBox().value).toBe('Big Platform (BIG)');
  });

  it('says when loading issue types or fields fails, with Try again for each', async () => {
    let typesFail = true;
    let fieldsFail = true;
    const worker = createWorker({
      'create.issueTypes': async () => {
        if (typesFail) throw new CodedError('server_error', 'Jira had a problem (HTTP 502).', { status: 502 });
        return [BUG];
      },
      'create.fields': async () => {
        if (fieldsFail) throw new CodedError('rate_limited', 'Jira asked us to wait 5 s before trying again.', { retryAfterMs: 5000 });
        const { SCREENS } = await import('./fixtures.ts');
        return SCREENS[`BIG/${BUG.id}`] ?? [];
      },
    });
    render(<CreateIssue request={worker.request} session={session} />);
    await chooseProject('BIG');
    const typesAlert = await screen.findByRole('alert');
    expect(typesAlert.textContent).toContain('HTTP 502');
    typesFail = false;
    within(typesAlert).getByRole('button', { name: 'Try again' }).click();
    // A single type is chosen by itself; its fields fail next.
    const fieldsAlert = await screen.findByText(/wait 5 s/);
    expect(typeSelect().value).toBe(BUG.id);
    fieldsFail = false;
    within(fieldsAlert.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: 'Try again' }).click();
    await screen.findByRole('combobox', { name: 'Severity' });
    expect(worker.calls('create.fields')).toHaveLength(2);
  });

  it('keeps typed text when the issue type changes', async () => {
    const worker = createWorker({ 'create.lastUsed': async () => ({ projectKey: 'BIG', issueTypeId: BUG.id }) });
    render(<CreateIssue request={worker.request} session={session} />);
    const summary = await screen.findByRole('textbox', { name: 'Summary' });
    const { type } = await import('./helpers.ts');
    type(summary, 'Export fails');
    await chooseType('Story');
    await waitFor(() => expect(worker.calls('create.fields')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByRole('combobox', { name: 'Severity' })).toBeNull());
    await screen.findByRole('button', { name: /^More fields/ });
    expect((screen.getByRole('textbox', { name: 'Summary' }) as HTMLInputElement).value).toBe('Export fails');
  });

  it('explains a site-less session instead of asking for projects', () => {
    const worker = createWorker();
    render(<CreateIssue request={worker.request} session={{ site: null }} />);
    expect(screen.getByText('Choose a Jira site to create issues.')).toBeTruthy();
    expect(worker.calls('projects.list')).toEqual([]);
  });
});
