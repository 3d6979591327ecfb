import { describe, expect, it } from 'vitest';
import { unknownVariableMessage } from '../../../lib/capture/template-problems.ts';
import { formatTemplateDate, TEMPLATE_VARIABLES, unknownVariables } from '../../../lib/capture/template-variables.ts';

describe('unknownVariables', () => {
  it.each([
    ['no placeholders', 'plain text', []],
    ['every known variable', '{{selection}} {{url}} {{title}} {{date}} {{site}}', []],
    ['spaces and tabs inside the braces', '{{ url }} {{\tdate\t}}', []],
    ['an unknown name', 'Hi {{foo}}', ['foo']],
    ['each unknown once, in order of first use', '{{b}} {{a}} {{b}} {{ a }}', ['b', 'a']],
    ['names are case-sensitive', '{{Selection}} {{URL}}', ['Selection', 'URL']],
    ['empty braces are the unknown name ""', '{{ }} and {{}}', ['']],
    ['a name with spaces inside', '{{page title}}', ['page title']],
    ['triple braces hold a known variable', '{{{url}}}', []],
    ['nested braces: the innermost pair counts', '{{a{{b}}}}', ['b']],
    ['an unclosed placeholder is text', '{{foo and {{url', []],
    ['a placeholder cannot span lines', '{{fo\no}}', []],
  ])('%s', (_label, text, expected) => {
    expect(unknownVariables(text)).toEqual(expected);
  });

  it('is not confused by repeated calls (no regex state carried over)', () => {
    expect(unknownVariables('{{x}}')).toEqual(['x']);
    expect(unknownVariables('{{x}}')).toEqual(['x']);
  });
});

describe('unknownVariableMessage', () => {
  it('names the first unknown variable and lists the known ones', () => {
    expect(unknownVariableMessage('{{foo}} {{bar}}')).toBe(
      'Unknown variable {{foo}}. Use {{selection}}, {{url}}, {{title}}, {{date}}, or {{site}}.',
    );
  });

  it('is undefined when every variable is known', () => {
    expect(unknownVariableMessage('{{selection}}')).toBeUndefined();
  });

  it('lists exactly the five variables', () => {
    expect(TEMPLATE_VARIABLES).toEqual(['selection', 'url', 'title', 'date', 'site']);
  });
});

describe('formatTemplateDate', () => {
  it('is the local calendar date as yyyy-mm-dd', () => {
    expect(formatTemplateDate(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
    expect(formatTemplateDate(new Date(2031, 11, 31, 0, 0))).toBe('2031-12-31');
  });
});
