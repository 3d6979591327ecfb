import { describe, expect, it } from 'vitest';
import { matching } from './fixture.ts';

const CASES: [string, string[]][] = [
  ['summary ~ login', ['ABC-1', 'ABC-9', 'ABC-10']],
  ['summary ~ LOGIN', ['ABC-1', 'ABC-9', 'ABC-10']],
  // whole words only: "log" is not "login"
  ['summary ~ log', []],
  ['summary ~ "log*"', ['ABC-1', 'ABC-9', 'ABC-10']],
  ['summary ~ "l?gin"', ['ABC-1', 'ABC-9', 'ABC-10']],
  // several words must all occur, in any order
  ['summary ~ "button login"', ['ABC-1']],
  ['summary ~ "login AND button"', ['ABC-1']],
  ['summary ~ "+login +button"', ['ABC-1']],
  // an inner quoted phrase must occur in order
  ['summary ~ "\\"login button\\""', ['ABC-1']],
  ['summary ~ \'"button login"\'', []],
  ['summary ~ "login -button"', ['ABC-9', 'ABC-10']],
  // stop words are ignored
  ['summary ~ "the login button"', ['ABC-1']],
  ['summary ~ "the"', []],
  // punctuation separates words
  ['summary ~ "key c"', ['XYZ-3']],
  ['summary !~ login and project = ABC', ['ABC-2', 'ABC-3', 'ABC-4', 'ABC-5']],
  // text: summary, description, environment, comments
  ['text ~ footer', ['ABC-1']],
  ['text ~ "payment"', ['ABC-2']],
  ['text ~ "hires docs"', ['ABC-5']],
  ['text ~ tune', ['XYZ-1', 'XYZ-4']],
  ['description ~ guide', ['XYZ-4']],
  ['description is EMPTY and project = XYZ', ['XYZ-1', 'XYZ-2', 'XYZ-3']],
  ['description is not EMPTY', ['ABC-1', 'ABC-5', 'XYZ-4']],
  ['comment ~ "stack trace"', ['ABC-2']],
  // negating ~ never matches an empty field, like !~
  ['not description ~ guide', ['ABC-1', 'ABC-5']],
  ['description !~ guide', ['ABC-1', 'ABC-5']],
  ['not text ~ login and project = XYZ', ['XYZ-1', 'XYZ-2', 'XYZ-3', 'XYZ-4']],
];

describe('text search', () => {
  it.each(CASES)('%s', (jql, keys) => {
    expect(matching(jql)).toEqual(keys);
  });
});
