// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CreateIssue } from '../../../components/create/CreateIssue.tsx';
import { CodedError } from '../../../lib/errors.ts';
import type { RequestOf } from '../../../lib/messaging/protocol.ts';
import { BUG, CREATED, createWorker, deferred, session } from './fixtures.ts';
import { choose, createButton, description, key, type } from './helpers.ts';

type CreateRequest = RequestOf<'issue.create'>;
const lastUsedBug = { 'create.lastUsed': async () => ({ projectKey: 'BIG', issueTypeId: BUG.id }) };

async function bugForm(overrides: Parameters<typeof createWorker>[0] = {}) {
  const worker = createWorker({ ...lastUsedBug, ...overrides });
  render(<CreateIssue request={worker.request} session={session} />);
  await screen.findByRole('combobox', { name: 'Severity' });
  return worker;
}

const summary = () => screen.getByRole('textbox', { name: 'Summary' });
const severity = () => screen.getByRole('combobox', { name: 'Severity' });

function fillBug(text = 'Login fails') {
  type(summary(), text);
  choose(severity(), 'Major');
}

describe('create: sending', () => {
  afterEach(cleanup);

  it('names an empty required field next to it, focuses it, and sends nothing', async () => {
    const worker = await bugForm();
    type(summary(), 'Login fails');
    fireEvent.click(createButton());
    await waitFor(() => expect(severity().getAttribute('aria-invalid')).toBe('true'));
    expect(description(severity())).toBe('Severity is required.');
    await waitFor(() => expect(document.activeElement).toBe(severity()));
    expect(worker.calls('issue.create')).toEqual([]);
    // Choosing a value takes the message away.
    choose(severity(), 'Minor');
    await waitFor(() => expect(severity().getAttribute('aria-invalid')).toBeNull());
    expect(description(severity())).toBe('');
  });

  it('sends the fields in Jira’s shapes, with the Markdown description as ADF', async () => {
    const worker = await bugForm();
    fillBug();
    const markdown = 'It **fails** when:\n\n- the session expired\n- see [the log](https://logs.example.com/1)';
    type(screen.getByRole('textbox', { name: 'Description' }), markdown);
    fireEvent.click(createButton());
    await waitFor(() => expect(worker.calls('issue.create')).toHaveLength(1));
    const sent = worker.calls('issue.create')[0] as CreateRequest;
    expect(sent).toMatchObject({ siteId: 'c-acme', projectKey: 'BIG', issueTypeId: BUG.id });
    expect(sent.fields).toMatchObject({ summary: 'Login fails', customfield_10050: { id: '10101' }, priority: { id: '3' } });
    const doc = sent.fields.description as { type: string; content: { type: string }[] };
    expect(doc.type).toBe('doc');
    const json = JSON.stringify(doc);
    expect(json).toContain('{"type":"strong"}');
    expect(doc.content.map((n) => n.type)).toEqual(['paragraph', 'bulletList']);
    expect(json).toContain('"type":"link","attrs":{"href":"https://logs.example.com/1"}');
    // Fields left empty are left out, so Jira applies its defaults.
    expect(Object.keys(sent.fields).sort()).toEqual(['customfield_10050', 'description', 'priority', 'summary']);
  });

  it('sends with Ctrl+Enter or Cmd+Enter from any field', async () => {
    const worker = await bugForm();
    fillBug();
    key(summary(), 'Enter', { ctrlKey: true });
    await screen.findByRole('heading', { name: 'Created BIG-7' });
    expect(worker.calls('issue.create')).toHaveLength(1);
  });

  it('says "Creating…" while sending and ignores another press', async () => {
    const reply = deferred<typeof CREATED>();
    const worker = await bugForm({ 'issue.create': () => reply.promise });
    fillBug();
    fireEvent.click(createButton());
    await waitFor(() => expect(createButton().textContent).toBe('Creating…'));
    expect(createButton().getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(createButton());
    key(summary(), 'Enter', { metaKey: true });
    reply.resolve(CREATED);
    await screen.findByRole('heading', { name: 'Created BIG-7' });
    expect(worker.calls('issue.create')).toHaveLength(1);
  });

  it('shows Jira’s field errors next to their fields, others in an alert, and keeps the form', async () => {
    const rejected = new CodedError('jira_rejected', '', {
      status: 400,
      fieldErrors: { customfield_10050: "Specify a valid 'id' or 'name' for Severity", customfield_10099: 'Team is required.' },
    });
    await bugForm({ 'issue.create': async () => Promise.reject(rejected) });
    fillBug();
    fireEvent.click(createButton());
    await waitFor(() => expect(description(severity())).toBe("Specify a valid 'id' or 'name' for Severity"));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('See the messages next to the fields.');
    expect(alert.textContent).toContain('customfield_10099: Team is required.');
    await waitFor(() => expect(document.activeElement).toBe(severity()));
    expect((summary() as HTMLInputElement).value).toBe('Login fails');
    expect((severity() as HTMLSelectElement).value).toBe('10101');
  });

  it('shows a refusal without field errors as an alert with Jira’s message', async () => {
    const said = 'You cannot create issues while the project is archived.';
    const rejected = new CodedError('jira_rejected', said, { status: 400, remoteMessage: said });
    await bugForm({ 'issue.create': async () => Promise.reject(rejected) });
    fillBug();
    fireEvent.click(createButton());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('You cannot create issues while the project is archived.');
    expect((summary() as HTMLInputElement).value).toBe('Login fails');
  });

  it('says prominently when the create could not be confirmed, and keeps the form', async () => {
    // The worker's own sentence is for logs: the page words the code in the user's language.
    const logged = 'Jira did not answer, and several new issues have this summary (BIG-8, BIG-9).';
    await bugForm({ 'issue.create': async () => Promise.reject(new CodedError('create_unconfirmed', logged)) });
    fillBug();
    fireEvent.click(createButton());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Jira did not confirm the create, and it is not certain whether the issue was made. Check Jira before creating it again.');
    expect(alert.classList.contains('create-unconfirmed')).toBe(true);
    expect((summary() as HTMLInputElement).value).toBe('Login fails');
    expect(createButton().textContent).toBe('Create issue');
  });

  it('passes on how long Jira asked to wait', async () => {
    const limited = new CodedError('rate_limited', 'Jira asked us to wait 12 s before trying again.', { retryAfterMs: 12000 });
    let calls = 0;
    const worker = await bugForm({
      'issue.create': async () => {
        calls += 1;
        if (calls === 1) throw limited;
        return CREATED;
      },
    });
    fillBug();
    fireEvent.click(createButton());
    expect((await screen.findByRole('alert')).textContent).toBe('Jira asked us to wait 12 s before trying again.');
    fireEvent.click(createButton());
    await screen.findByRole('heading', { name: 'Created BIG-7' });
    expect(worker.calls('issue.create')).toHaveLength(2);
  });
});
