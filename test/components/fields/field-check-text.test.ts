// What a field check before sending found, said in each of the extension's languages, in Jira's
// own English words where the browser speaks English.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fieldCheckText } from '../../../components/fields/field-check-text.ts';
import type { FieldCheck } from '../../../lib/jira/fields/index.ts';
import * as msg from '../../../lib/jira/fields/messages.ts';
import { readLocales, translator } from '../../lib/i18n/locale-check.ts';

const CHECKS: FieldCheck[] = [
  msg.required('summary', 'Summary'),
  msg.required('duedate', 'Due date'),
  msg.textTooLong('summary', 255),
  msg.textTooLong('customfield_10060', 255),
  msg.labelWithSpaces('two words'),
  msg.labelTooLong('x', 255),
  msg.invalidDate('Due date'),
  msg.invalidDateTime('Go-live'),
  msg.invalidNumber('Story points'),
  msg.badValue('Labels'),
].map((e) => e.check);

function speak(lang: string) {
  const say = translator(readLocales()[lang]!);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) =>
    say(key, typeof subs === 'string' ? [subs] : subs)) as typeof fakeBrowser.i18n.getMessage);
}

afterEach(() => vi.restoreAllMocks());

describe('field check texts', () => {
  it('reads in English as Jira words it', () => {
    expect(fieldCheckText(msg.required('summary', 'Summary').check)).toBe('You must specify a summary of the issue.');
    expect(fieldCheckText(msg.required('duedate', 'Due date').check)).toBe('Due date is required.');
    expect(fieldCheckText(msg.textTooLong('customfield_10060', 255).check)).toBe(
      'The entered text is too long. It exceeds the allowed limit of 255 characters.',
    );
    expect(fieldCheckText(msg.labelTooLong('rc', 200).check)).toBe("The label 'rc' exceeds the maximum length of 200 characters.");
    expect(fieldCheckText(msg.invalidDateTime('Go-live').check)).toBe('Go-live must be a real date and time, written like 2026-11-20T14:30.');
  });

  it.each(['en', 'de', 'ja'])('each check has its own text in %s', (lang) => {
    speak(lang);
    const texts = CHECKS.map(fieldCheckText);
    expect(texts.filter((text) => /fieldCheck[A-Z]/.test(text) || text.trim() === '')).toEqual([]);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('speaks German to a German browser, with the field’s name and the limit', () => {
    speak('de');
    expect(fieldCheckText(msg.required('duedate', 'Fälligkeitsdatum').check)).toBe('Fälligkeitsdatum ist erforderlich.');
    expect(fieldCheckText(msg.textTooLong('summary', 255).check)).toBe('Die Zusammenfassung muss kürzer als 255 Zeichen sein.');
  });
});
