// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CreateIssue } from '../../../components/create/CreateIssue.tsx';
import { CodedError } from '../../../lib/errors.ts';
import type { FieldMeta } from '../../../lib/jira/field-meta.ts';
import { controlNetwork, goOffline, goOnline } from '../ui/network.ts';
import { BIG, BUG, createWorker, OPS, SCREENS, session, WEB } from './fixtures.ts';
import { chooseProject, chooseType, type } from './helpers.ts';

const NETWORK = new CodedError('network', 'Could not reach Atlassian. Check your connection and try again.');
const AGAIN = 'You are offline: this loads again by itself when you are back online.';

beforeEach(controlNetwork);
afterEach(cleanup);

describe('create offline', () => {
  it('loads the projects by itself when the browser is back online', async () => {
    const answers = [() => Promise.reject(NETWORK), async () => ({ projects: [BIG, WEB, OPS] })];
    const worker = createWorker({ 'projects.list': () => answers.shift()!() });
    goOffline();
    render(<CreateIssue request={worker.request} session={session} />);
    await screen.findByText(AGAIN);
    expect(screen.queryByRole('alert')).toBeNull();
    await act(goOnline);
    await chooseProject('big');
    await chooseType('Bug');
    expect(await screen.findByRole('combobox', { name: 'Severity' })).toBeTruthy();
    expect(worker.calls('projects.list')).toHaveLength(2);
  });

  it('keeps the typed summary through a type whose fields failed offline and came back online', async () => {
    let fieldsAnswer: (() => Promise<FieldMeta[]>) | null = null;
    const worker = createWorker({
      'create.fields': async ({ issueTypeId }) => (issueTypeId === BUG.id && fieldsAnswer ? fieldsAnswer() : (SCREENS[`BIG/${issueTypeId}`] ?? [])),
    });
    render(<CreateIssue request={worker.request} session={session} />);
    await chooseProject('big');
    await chooseType('Task');
    type(await screen.findByRole('textbox', { name: 'Summary' }), 'Written on the train');

    goOffline();
    fieldsAnswer = () => Promise.reject(NETWORK);
    await chooseType('Bug');
    await screen.findByText(AGAIN);
    fieldsAnswer = null;
    await act(goOnline);
    await screen.findByRole('combobox', { name: 'Severity' });
    await waitFor(() => expect((screen.getByRole('textbox', { name: 'Summary' }) as HTMLInputElement).value).toBe('Written on the train'));
  });
});
