import { describe, expect, it } from 'vitest';
import {
  doTransitionRequest,
  processDoTransitionResponse,
  processTransitionsResponse,
  transitionsRequest,
} from '../../../lib/jira/transitions.ts';
import { API, CLOUD, empty, jiraError, json, rejection, status } from './answers.ts';

const resolution = {
  required: true,
  schema: { type: 'resolution', system: 'resolution' },
  name: 'Resolution',
  key: 'resolution',
  operations: ['set'],
  allowedValues: [{ self: `${API}/resolution/10000`, id: '10000', name: 'Done', description: '' }],
};

describe('transitions', () => {
  it('asks for the transitions with their screens', () => {
    expect(transitionsRequest(CLOUD, 'BIG-7')).toEqual({
      method: 'GET',
      url: `${API}/issue/BIG-7/transitions?expand=transitions.fields`,
      idempotent: true,
    });
  });

  it('returns each transition’s target and screen fields, without unavailable ones', async () => {
    const list = await processTransitionsResponse(
      json({
        expand: 'transitions',
        transitions: [
          { id: '11', name: 'Start progress', to: status('10001', 'In Progress', 'indeterminate'), hasScreen: false, fields: {} },
          { id: '31', name: 'Resolve', to: status('10003', 'Done', 'done'), hasScreen: true, fields: { resolution } },
          { id: '99', name: 'Hidden', to: status('10003', 'Done', 'done'), isAvailable: false },
        ],
      }),
    );
    expect(list.map((t) => t.name)).toEqual(['Start progress', 'Resolve']);
    expect(list[1]).toEqual({
      id: '31',
      name: 'Resolve',
      to: { id: '10003', name: 'Done', categoryKey: 'done' },
      fields: [
        {
          fieldId: 'resolution',
          key: 'resolution',
          name: 'Resolution',
          required: true,
          schema: { type: 'resolution', system: 'resolution' },
          operations: ['set'],
          allowedValues: [{ id: '10000', name: 'Done' }],
        },
      ],
    });
  });

  it('refuses a transition without a target as bad_response', async () => {
    expect((await rejection(processTransitionsResponse(json({ transitions: [{ id: '1', name: 'Go' }] })))).code).toBe('bad_response');
  });

  it('posts the transition with its screen fields, and never twice', () => {
    expect(doTransitionRequest(CLOUD, 'BIG-7', '31', { resolution: { name: 'Done' } })).toEqual({
      method: 'POST',
      url: `${API}/issue/BIG-7/transitions`,
      body: { transition: { id: '31' }, fields: { resolution: { name: 'Done' } } },
      idempotent: false,
    });
    expect(doTransitionRequest(CLOUD, 'BIG-7', '11').body).toEqual({ transition: { id: '11' } });
  });

  it('accepts 204 and brings a missing screen field to the form', async () => {
    await expect(processDoTransitionResponse(empty(204))).resolves.toBeUndefined();
    const error = await rejection(processDoTransitionResponse(jiraError(400, [], { resolution: 'Resolution is required.' })));
    expect(error).toMatchObject({ code: 'jira_rejected', details: { fieldErrors: { resolution: 'Resolution is required.' } } });
  });
});
