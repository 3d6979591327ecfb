// Every message the engine can throw, in one place, worded like Jira's own. Sources:
// - Jira's parser functional tests (TestJqlParsing: "Expecting either a value, list or function
//   before the end of the query.", "Expecting operator but got ...", escapes, reserved characters);
// - Jira's validators (operator usage, supported operators, "does not exist" values);
// - the example answer of POST /rest/api/3/jql/parse in Atlassian's OpenAPI document, which shows
//   the "Error in the JQL Query: " prefix on syntax errors and no prefix on validation errors:
//   https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-jql/#api-rest-api-3-jql-parse-post
import type { Pos } from './ast.ts';

/** A JQL syntax or validation error; `message` is Jira's text, shown to users as is. */
export class JqlError extends Error {
  override name = 'JqlError';
}

const VALID_OPERATORS = "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";
const VALID_ESCAPES = "The valid escape sequences are \\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX.";

function at(pos: Pos): string {
  return ` (line ${pos.line}, character ${pos.character})`;
}

/** Syntax errors carry Jira's "Error in the JQL Query: " prefix and, when a token is to blame, its position. */
export function syntaxError(message: string, pos?: Pos): JqlError {
  return new JqlError(`Error in the JQL Query: ${message}${pos ? at(pos) : ''}`);
}

export const syntax = {
  expectingOperand: (got: string | null, pos?: Pos) => got === null
    ? syntaxError('Expecting either a value, list or function before the end of the query.')
    : syntaxError(`Expecting either a value, list or function but got '${got}'. You must surround '${got}' in quotation marks to use it as a value.`, pos),
  expectingField: (got: string | null, pos?: Pos) => got === null
    ? syntaxError('Expecting a field name at the end of the query.')
    : syntaxError(`Expecting a field name but got '${got}'. You must surround '${got}' in quotation marks to use it as a field name.`, pos),
  expectingOperator: (got: string | null, pos?: Pos) => got === null
    ? syntaxError(`Expecting operator before the end of the query. ${VALID_OPERATORS}`)
    : syntaxError(`Expecting operator but got '${got}'. ${VALID_OPERATORS}`, pos),
  /** "Expecting 'IN' but got 'is'.", "Expecting ')' before the end of the query.", ... */
  expecting: (what: string, got: string | null, pos?: Pos) => got === null
    ? syntaxError(`Expecting ${what} before the end of the query.`)
    : syntaxError(`Expecting ${what} but got '${got}'.`, pos),
  expectingArgument: (got: string | null, pos?: Pos) => got === null
    ? syntaxError('Expecting a function argument at the end of the query.')
    : syntaxError(`Expecting a function argument but got '${got}'. You must surround '${got}' in quotation marks to use it as an argument.`, pos),
  missingArgument: (pos: Pos) => syntaxError('Function argument must be specified.', pos),
  emptyFieldName: (pos: Pos) => syntaxError('A field name cannot be empty.', pos),
  emptyFunctionName: (pos: Pos) => syntaxError('A function name cannot be empty.', pos),
  unfinishedString: (text: string, pos: Pos) => text === ''
    ? syntaxError('The quoted string has not been completed.', pos)
    : syntaxError(`The quoted string '${text}' has not been completed.`, pos),
  illegalEscape: (sequence: string, pos: Pos) => sequence === '\\'
    ? syntaxError(`The escape sequence has not been completed. ${VALID_ESCAPES}`, pos)
    : syntaxError(`'${sequence}' is an illegal JQL escape sequence. ${VALID_ESCAPES}`, pos),
  reservedCharacter: (char: string, pos: Pos) => syntaxError(
    `The character '${char}' is a reserved JQL character. You must enclose it in a string or use the escape '\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}' instead.`, pos),
};

export const invalid = {
  noField: (field: string) => new JqlError(`Field '${field}' does not exist or you do not have permission to view it.`),
  operator: (op: string, field: string) => new JqlError(`The operator '${op}' is not supported by the '${field}' field.`),
  emptyNotSupported: (field: string) => new JqlError(`The field '${field}' does not support searching for EMPTY values.`),
  listValue: (op: string, operand: string, field: string) => new JqlError(`Operator '${op}' does not support the list value '${operand}' for field '${field}'.`),
  nonListValue: (op: string, operand: string, field: string) => new JqlError(`Operator '${op}' does not support the non-list value '${operand}' for field '${field}'.`),
  emptyOperand: (op: string, field: string) => new JqlError(`Operator '${op}' does not support the empty value representation 'EMPTY' for field '${field}'.`),
  nonEmptyOperand: (op: string, field: string) => new JqlError(`Operator '${op}' does not support searching for non-empty values for field '${field}'.`),
  noValue: (field: string, value: string) => new JqlError(`The value '${value}' does not exist for the field '${field}'.`),
  noValueForId: (field: string, id: string) => new JqlError(`A value with ID '${id}' does not exist for the field '${field}'.`),
  noValueFromFunction: (fn: string, field: string) => new JqlError(`A value provided by the function '${fn}' is invalid for the field '${field}'.`),
  noIssue: (field: string, key: string) => new JqlError(`An issue with key '${key}' does not exist for field '${field}'.`),
  badIssueKey: (field: string, key: string) => new JqlError(`The issue key '${key}' for field '${field}' is invalid.`),
  badDate: (field: string, value: string) => new JqlError(`Date value '${value}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`),
  dateFromFunction: (field: string, fn: string) => new JqlError(`A date for the field '${field}' provided by the function '${fn}' is not valid.`),
  emptyText: (field: string) => new JqlError(`The field '${field}' does not support searching for an empty string.`),
  noFunction: (fn: string) => new JqlError(`Unable to find JQL function '${fn}()'.`),
  argumentCount: (fn: string, expected: number, got: number) => new JqlError(`Function '${fn}' expected '${expected}' arguments but received '${got}'.`),
  argumentRange: (fn: string, min: number, max: number, got: number) => new JqlError(`Function '${fn}' expected between '${min}' and '${max}' arguments but received '${got}'.`),
  duration: (fn: string) => new JqlError(`Duration for function '${fn}' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier.`),
  notSortable: (field: string) => new JqlError(`Not able to sort using field '${field}'.`),
};

/** Real JQL that this bounded simulator does not imitate: say so plainly instead of answering wrongly. */
export function unsupported(what: string): JqlError {
  return new JqlError(`The Jira simulator does not support ${what} in JQL.`);
}
