import { describe, expect, it } from 'vitest';
import {
  createMetaFieldsRequest,
  createMetaIssueTypesRequest,
  processCreateMetaFieldsResponse,
  processCreateMetaIssueTypesResponse,
} from '../../../lib/jira/create-meta.ts';
import { API, CLOUD, issueType, jiraError, json, rejection } from './answers.ts';

const severity = {
  required: true,
  schema: { type: 'option', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:select', customId: 10050 },
  name: 'Severity',
  key: 'customfield_10050',
  fieldId: 'customfield_10050',
  hasDefaultValue: false,
  operations: ['set'],
  allowedValues: [
    { self: `${API}/customFieldOption/1`, value: 'Critical', id: '1', disabled: false },
    { self: `${API}/customFieldOption/2`, value: 'Minor', id: 2 },
    { self: `${API}/customFieldOption/3`, id: '3' },
    'not an object',
  ],
};

const priority = {
  required: false,
  schema: { type: 'priority', system: 'priority' },
  name: 'Priority',
  key: 'priority',
  fieldId: 'priority',
  hasDefaultValue: true,
  defaultValue: { id: '3', name: 'Medium' },
  operations: ['set'],
  allowedValues: [{ id: '1', name: 'Highest', iconUrl: 'https://acme.atlassian.net/images/icons/priorities/highest.svg' }],
};

describe('create metadata', () => {
  it('asks for one project’s issue types, then one type’s fields, paged', () => {
    expect(createMetaIssueTypesRequest(CLOUD, 'BIG')).toEqual({
      method: 'GET',
      url: `${API}/issue/createmeta/BIG/issuetypes?startAt=0&maxResults=50`,
      idempotent: true,
    });
    expect(createMetaFieldsRequest(CLOUD, 'BIG', '10002', { startAt: 50, maxResults: 20 }).url).toBe(
      `${API}/issue/createmeta/BIG/issuetypes/10002?startAt=50&maxResults=20`,
    );
  });

  it('lists issue types', async () => {
    const answer = await processCreateMetaIssueTypesResponse(
      json({ startAt: 0, maxResults: 50, total: 2, issueTypes: [{ ...issueType('10002', 'Bug'), hierarchyLevel: 0 }, issueType('10004', 'Sub-task', true)] }),
    );
    expect(answer.nextStartAt).toBeUndefined();
    expect(answer.issueTypes).toEqual([
      { id: '10002', name: 'Bug', subtask: false, iconUrl: expect.stringMatching(/^https:/), hierarchyLevel: 0 },
      { id: '10004', name: 'Sub-task', subtask: true, iconUrl: expect.stringMatching(/^https:/) },
    ]);
  });

  it('reads fields with their allowed values, and says where the next page starts', async () => {
    const answer = await processCreateMetaFieldsResponse(json({ startAt: 0, maxResults: 2, total: 5, fields: [severity, priority] }));
    expect(answer.nextStartAt).toBe(2);
    const [sev, prio] = answer.fields;
    expect(sev).toEqual({
      fieldId: 'customfield_10050',
      key: 'customfield_10050',
      name: 'Severity',
      required: true,
      schema: severity.schema,
      hasDefaultValue: false,
      operations: ['set'],
      // Numeric ids become strings; values without a label or that are not objects are left out.
      allowedValues: [
        { id: '1', value: 'Critical', disabled: false },
        { id: '2', value: 'Minor' },
      ],
    });
    expect(prio).toMatchObject({
      fieldId: 'priority',
      hasDefaultValue: true,
      defaultValue: { id: '3', name: 'Medium' },
      allowedValues: [{ id: '1', name: 'Highest', iconUrl: 'https://acme.atlassian.net/images/icons/priorities/highest.svg' }],
    });
  });

  it('also reads the list under `results`', async () => {
    const answer = await processCreateMetaFieldsResponse(json({ startAt: 4, maxResults: 2, total: 5, results: [priority] }));
    expect(answer.fields.map((f) => f.fieldId)).toEqual(['priority']);
    expect(answer.nextStartAt).toBeUndefined();
  });

  it('keeps cascading options’ children', async () => {
    const cascading = {
      ...severity,
      allowedValues: [{ id: '7', value: 'EU', children: [{ id: '8', value: 'Paris' }, { nope: true }] }],
    };
    const answer = await processCreateMetaFieldsResponse(json({ startAt: 0, maxResults: 50, total: 1, fields: [cascading] }));
    expect(answer.fields[0]?.allowedValues).toEqual([{ id: '7', value: 'EU', children: [{ id: '8', value: 'Paris' }] }]);
  });

  it.each([
    ['a field without a schema', { fields: [{ ...priority, schema: undefined }] }],
    ['a field without its required flag', { fields: [{ ...priority, required: 'yes' }] }],
  ])('refuses %s as bad_response', async (_name, body) => {
    expect((await rejection(processCreateMetaFieldsResponse(json(body)))).code).toBe('bad_response');
  });

  it('refuses issue types without a list as bad_response', async () => {
    expect((await rejection(processCreateMetaIssueTypesResponse(json({ total: 0 })))).code).toBe('bad_response');
  });

  it('passes Jira’s message for an unknown project', async () => {
    const error = await rejection(
      processCreateMetaIssueTypesResponse(jiraError(400, ["No project could be found with key 'NOPE'."])),
    );
    expect(error).toMatchObject({ code: 'jira_rejected', message: "No project could be found with key 'NOPE'." });
  });
});
