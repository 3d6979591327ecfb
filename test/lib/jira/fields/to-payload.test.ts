import { describe, expect, it } from 'vitest';
import { planForm } from '../../../../lib/jira/fields/form-plan.ts';
import { toPayload } from '../../../../lib/jira/fields/to-payload.ts';
import { ACCEPTANCE, BUG_CREATE, DESCRIPTION_ADF, PLATFORMS, STORY_CREATE } from './fixtures.ts';

const everything = ['reporter', 'fixVersions', 'customfield_10070', 'customfield_10060', 'customfield_10016', 'customfield_10080'];
const bug = planForm(BUG_CREATE, { mode: 'create', includeOptional: everything });
const story = planForm(STORY_CREATE, { mode: 'create', includeOptional: everything });
const create = { mode: 'create' } as const;

describe('toPayload (create)', () => {
  it('writes every kind in the shape Jira takes', () => {
    const { fields, errors } = toPayload(bug, {
      summary: '  Checkout crashes ',
      description: DESCRIPTION_ADF,
      customfield_10050: '10101',
      priority: '2',
      assignee: { accountId: 'acc-1', displayName: 'Dana' },
      reporter: 'acc-2',
      labels: [' quick-win', 'frontend', 'quick-win', ''],
      duedate: '2026-12-01',
      components: ['10001', '10003'],
      fixVersions: ['10008'],
      parent: { key: 'BIG-2', summary: 'Epic' },
      customfield_10070: ['10200', '10201'],
      customfield_10060: 'ACME-42',
    }, create);
    expect(errors).toEqual({});
    expect(fields).toEqual({
      summary: 'Checkout crashes',
      description: DESCRIPTION_ADF,
      customfield_10050: { id: '10101' },
      priority: { id: '2' },
      assignee: { accountId: 'acc-1' },
      reporter: { accountId: 'acc-2' },
      labels: ['quick-win', 'frontend'],
      duedate: '2026-12-01',
      components: [{ id: '10001' }, { id: '10003' }],
      fixVersions: [{ id: '10008' }],
      parent: { key: 'BIG-2' },
      customfield_10070: [{ id: '10200' }, { id: '10201' }],
      customfield_10060: 'ACME-42',
    });
  });

  it('sends numbers as numbers and textarea Markdown through the injected converter', () => {
    const markdownToAdf = (md: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: `md:${md}` }] }] });
    const { fields, errors } = toPayload(story, { summary: 'S', customfield_10016: ' 2.5 ', customfield_10080: '**done** when shipped', description: 'Plain' }, { ...create, markdownToAdf });
    expect(errors).toEqual({});
    expect(fields.customfield_10016).toBe(2.5);
    expect(fields.customfield_10080).toEqual(markdownToAdf('**done** when shipped'));
    expect(fields.description).toEqual(markdownToAdf('Plain'));
    expect(toPayload(story, { summary: 'S', customfield_10016: 3 }, create).fields.customfield_10016).toBe(3);
  });

  it('turns text into plain ADF paragraphs when no converter is given', () => {
    const { fields } = toPayload(story, { summary: 'S', description: 'one\ntwo\n\nthree' }, create);
    expect(fields.description).toEqual({
      type: 'doc', version: 1,
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'one' }, { type: 'hardBreak' }, { type: 'text', text: 'two' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'three' }] },
      ],
    });
  });

  it('leaves empty optional fields out so Jira applies its defaults', () => {
    const { fields, errors } = toPayload(bug, {
      summary: 'S', customfield_10050: '10100', description: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [] }] },
      priority: null, assignee: null, labels: [], duedate: '', components: [], parent: null, customfield_10060: '   ',
    }, create);
    expect(errors).toEqual({});
    expect(fields).toEqual({ summary: 'S', customfield_10050: { id: '10100' } });
  });

  it('says a required field is required, in Jira’s words', () => {
    const { fields, errors } = toPayload(bug, { summary: '  ', customfield_10050: null }, create);
    expect(fields).toEqual({});
    expect(errors).toEqual({
      summary: { code: 'field_required', check: { kind: 'required', name: 'Summary', summary: true } },
      customfield_10050: { code: 'field_required', check: { kind: 'required', name: 'Severity', summary: false } },
    });
    const subtask = planForm([...STORY_CREATE.filter((m) => m.fieldId !== 'parent'), { ...STORY_CREATE[3]!, required: true }], create);
    expect(toPayload(subtask, { summary: 'x' }, create).errors).toEqual({ parent: { code: 'field_required', check: { kind: 'required', name: 'Parent', summary: false } } });
  });

  it('lets Jira fill a required field that has a default', () => {
    const plan = planForm([BUG_CREATE[2]!, { ...BUG_CREATE[6]!, required: true }], create);
    expect(toPayload(plan, { summary: 'S', priority: null }, create)).toEqual({ fields: { summary: 'S' }, errors: {} });
  });

  it('refuses labels with spaces', () => {
    expect(toPayload(bug, { summary: 'S', customfield_10050: '1', labels: ['ok', 'two words'] }, create).errors).toEqual({
      labels: { code: 'invalid_label', check: { kind: 'label_spaces', label: 'two words' } },
    });
    expect(toPayload(bug, { summary: 'S', customfield_10050: '1', labels: ['x'.repeat(256)] }, create).errors.labels?.code).toBe('text_too_long');
  });

  it.each(['2026-02-30', '2026-13-01', '01/12/2026', '2026-1-5', 'tomorrow'])('refuses the date %s', (duedate) => {
    expect(toPayload(bug, { summary: 'S', customfield_10050: '1', duedate }, create).errors).toEqual({
      duedate: { code: 'invalid_date', check: { kind: 'invalid_date', name: 'Due date' } },
    });
  });

  it('takes a leap day', () => {
    expect(toPayload(bug, { summary: 'S', customfield_10050: '1', duedate: '2028-02-29' }, create).fields.duedate).toBe('2028-02-29');
  });

  it.each(['abc', '1,5', '2..3', '0x10', 'Infinity', '1e999'])('refuses the number %s', (points) => {
    expect(toPayload(story, { summary: 'S', customfield_10016: points }, create).errors).toEqual({
      customfield_10016: { code: 'invalid_number', check: { kind: 'invalid_number', name: 'Story point estimate' } },
    });
  });

  it('refuses single-line text longer than 255 characters', () => {
    const { errors } = toPayload(bug, { summary: 'x'.repeat(256), customfield_10050: '1', customfield_10060: 'y'.repeat(256) }, create);
    expect(errors).toEqual({
      summary: { code: 'text_too_long', check: { kind: 'too_long', max: 255, summary: true } },
      customfield_10060: { code: 'text_too_long', check: { kind: 'too_long', max: 255, summary: false } },
    });
    expect(toPayload(bug, { summary: 'x'.repeat(255), customfield_10050: '1' }, create).errors).toEqual({});
  });

  it('joins pasted lines of a summary with spaces', () => {
    expect(toPayload(bug, { summary: 'first\r\n  second\nthird', customfield_10050: '1' }, create).fields.summary).toBe('first second third');
  });

  it('flags a value of the wrong type instead of sending it', () => {
    const { errors } = toPayload(bug, { summary: 'S', customfield_10050: '1', labels: 'a b' as unknown as string[] }, create);
    expect(errors.labels).toEqual({ code: 'unknown', check: { kind: 'bad_value', name: 'Labels' } });
  });

  it('ignores values for fields that are not in the plan', () => {
    const plan = planForm([...BUG_CREATE], create);
    expect(toPayload(plan, { summary: 'S', customfield_10050: '1', [PLATFORMS.fieldId]: ['10200'], [ACCEPTANCE.fieldId]: 'x', project: '10000' }, create).fields)
      .toEqual({ summary: 'S', customfield_10050: { id: '1' } });
  });
});

describe('toPayload datetime', () => {
  const plan = planForm([BUG_CREATE[2]!, {
    fieldId: 'customfield_10014', name: 'Go-live', required: false,
    schema: { type: 'datetime', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:datetime', customId: 10014 },
  }], { mode: 'create', includeOptional: ['customfield_10014'] });
  const send = (value: string) => toPayload(plan, { summary: 'S', customfield_10014: value }, create);

  it('writes Jira’s date-time format and keeps an explicit offset', () => {
    expect(send('2026-11-20T14:30:00.000+1100').fields.customfield_10014).toBe('2026-11-20T14:30:00.000+1100');
    expect(send('2026-11-20T14:30+05:30').fields.customfield_10014).toBe('2026-11-20T14:30:00.000+0530');
    expect(send('2026-11-20T14:30:05Z').fields.customfield_10014).toBe('2026-11-20T14:30:05.000+0000');
  });

  it('reads a datetime-local value in the browser’s time zone', () => {
    const out = send('2026-11-20T14:30').fields.customfield_10014 as string;
    expect(out).toMatch(/^2026-11-20T14:30:00\.000[+-]\d{4}$/);
    expect(Date.parse(out.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'))).toBe(new Date(2026, 10, 20, 14, 30).getTime());
  });

  it.each(['2026-11-20', '2026-11-20T24:00', '2026-02-30T10:00', '2026-11-20T10:00+2500'])('refuses %s', (value) => {
    expect(send(value).errors.customfield_10014).toEqual({ code: 'invalid_date', check: { kind: 'invalid_date_time', name: 'Go-live' } });
  });
});
