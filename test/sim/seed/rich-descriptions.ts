// A few issue descriptions that use most of ADF (headings, marks, lists, code, links, mentions,
// emoji, panels, quotes, rules and a table), so anything that renders ADF meets real variety.
// Node shapes follow the ADF structure reference (developer.atlassian.com/cloud/jira/platform/
// apis/document/structure/). One link deliberately carries a `javascript:` href: a renderer must
// refuse it (lib/ATLASSIAN.md#atlassian-document-format).
import type { User } from '../types.ts';

type Node = Record<string, unknown>;

const text = (value: string, marks?: Node[]): Node => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const para = (...content: Node[]): Node => ({ type: 'paragraph', content });
const heading = (level: number, value: string): Node => ({ type: 'heading', attrs: { level }, content: [text(value)] });
const link = (value: string, href: string): Node => text(value, [{ type: 'link', attrs: { href } }]);
const item = (...content: Node[]): Node => ({ type: 'listItem', content: [para(...content)] });
const mention = (user: User): Node => ({ type: 'mention', attrs: { id: user.accountId, text: `@${user.displayName}`, accessLevel: '' } });
const cell = (type: 'tableHeader' | 'tableCell', value: string): Node => ({ type, attrs: {}, content: [para(text(value))] });
const row = (type: 'tableHeader' | 'tableCell', ...values: string[]): Node => ({ type: 'tableRow', content: values.map((v) => cell(type, v)) });
const doc = (...content: Node[]): Node => ({ type: 'doc', version: 1, content });

export function richDescriptions(people: User[]): Node[] {
  const a = people[0] as User;
  const b = (people[1] ?? a) as User;
  return [
    doc(
      heading(2, 'Context'),
      para(text('The '), text('checkout flow', [{ type: 'strong' }]), text(' drops the cart when the session expires. '), mention(a), text(' saw it on '), link('the status page', 'https://status.example.com/incidents/42'), text('.')),
      heading(3, 'Steps to reproduce'),
      { type: 'orderedList', attrs: { order: 1 }, content: [item(text('Add two items to the cart')), item(text('Wait '), text('30 minutes', [{ type: 'em' }])), item(text('Press '), text('Pay now', [{ type: 'code' }]))] },
      { type: 'codeBlock', attrs: { language: 'typescript' }, content: [text("if (session.expired) {\n  cart.clear(); // should restore instead\n}")] },
      { type: 'panel', attrs: { panelType: 'warning' }, content: [para(text('Customers lose their cart without any message.'))] },
    ),
    doc(
      heading(2, 'Rollout plan'),
      { type: 'bulletList', content: [item(text('Ship behind the '), text('new-billing', [{ type: 'code' }]), text(' flag')), item(text('Enable for 5% of accounts')), item(text('Owner: '), mention(b))] },
      {
        type: 'table',
        attrs: { isNumberColumnEnabled: false, layout: 'default' },
        content: [row('tableHeader', 'Stage', 'Audience', 'Date'), row('tableCell', 'Canary', 'Staff', '2026-12-01'), row('tableCell', 'Beta', '5%', '2026-12-08'), row('tableCell', 'GA', 'Everyone', '2026-12-15')],
      },
      { type: 'rule' },
      para(text('Questions? See '), link('the runbook', 'https://wiki.example.com/runbooks/billing'), text(' or mail '), link('the team', 'mailto:billing@example.com'), text('.')),
    ),
    doc(
      para({ type: 'emoji', attrs: { shortName: ':warning:', id: '26a0', text: '⚠️' } }, text(' Imported from the old tracker; formatting may be off.')),
      { type: 'blockquote', content: [para(text('The export button does nothing in Safari.'))] },
      para(text('Workaround from support: '), link('click here', 'javascript:alert(1)'), { type: 'hardBreak' }, text('(do not use, kept as reported)')),
      { type: 'bulletList', content: [item(text('Safari 17')), item(text('Safari 18 '), text('(fixed?)', [{ type: 'em' }, { type: 'textColor', attrs: { color: '#97a0af' } }]))] },
    ),
  ];
}
