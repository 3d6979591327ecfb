import { describe, expect, it } from 'vitest';
import { compileJql, JqlError } from './index.ts';
import { errorOf, makeEnv } from './fixture.ts';

const OPS = "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";
const ESCAPES = "The valid escape sequences are \\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX.";

describe('syntax errors', () => {
  it.each<[string, string]>([
    ['project = ', 'Error in the JQL Query: Expecting either a value, list or function before the end of the query.'],
    ['project =', 'Error in the JQL Query: Expecting either a value, list or function before the end of the query.'],
    ['project = !', "Error in the JQL Query: Expecting either a value, list or function but got '!'. You must surround '!' in quotation marks to use it as a value. (line 1, character 11)"],
    ['project = AND', "Error in the JQL Query: Expecting either a value, list or function but got 'AND'. You must surround 'AND' in quotation marks to use it as a value. (line 1, character 11)"],
    ['project in (ABC,', 'Error in the JQL Query: Expecting either a value, list or function before the end of the query.'],
    ['project in (ABC', "Error in the JQL Query: Expecting ')' before the end of the query."],
    ['project in ((ABC) status = Done', "Error in the JQL Query: Expecting ')' but got 'status'. (line 1, character 19)"],
    ['project in (ABC, (, XYZ))', "Error in the JQL Query: Expecting either a value, list or function but got ','. You must surround ',' in quotation marks to use it as a value. (line 1, character 19)"],
    ['project = ABC status = Done', "Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'status'. (line 1, character 15)"],
    ['project = ABC and', 'Error in the JQL Query: Expecting a field name at the end of the query.'],
    [', project = ABC', "Error in the JQL Query: Expecting a field name but got ','. You must surround ',' in quotation marks to use it as a field name. (line 1, character 1)"],
    ['project', `Error in the JQL Query: Expecting operator before the end of the query. ${OPS}`],
    ['project blah ABC', `Error in the JQL Query: Expecting operator but got 'blah'. ${OPS} (line 1, character 9)`],
    ['status not is EMPTY', "Error in the JQL Query: Expecting 'IN' but got 'is'. (line 1, character 12)"],
    ['status is ! EMPTY', "Error in the JQL Query: Expecting 'NOT' but got '!'. (line 1, character 11)"],
    ['(project = ABC', "Error in the JQL Query: Expecting ')' before the end of the query."],
    ['project = ABC)', "Error in the JQL Query: Expecting either 'OR' or 'AND' but got ')'. (line 1, character 14)"],
    ['project = ABC\nAND ) ', "Error in the JQL Query: Expecting a field name but got ')'. You must surround ')' in quotation marks to use it as a field name. (line 2, character 5)"],
    ["'' = ABC", 'Error in the JQL Query: A field name cannot be empty. (line 1, character 1)'],
    // functions
    ['created > now(', "Error in the JQL Query: Expecting ')' before the end of the query."],
    ['created > startOfDay(, x)', "Error in the JQL Query: Expecting ')' but got ','. (line 1, character 22)"],
    ['created > startOfDay(-1,)', 'Error in the JQL Query: Function argument must be specified. (line 1, character 25)'],
    ['created > startOfDay(-1,', 'Error in the JQL Query: Expecting a function argument at the end of the query.'],
    ['created > startOfDay(-1, !', "Error in the JQL Query: Expecting a function argument but got '!'. You must surround '!' in quotation marks to use it as an argument. (line 1, character 26)"],
    ['created > startOfDay(a b)', "Error in the JQL Query: Expecting ')' or ',' but got 'b'. (line 1, character 24)"],
    ['assignee = ""()', 'Error in the JQL Query: A function name cannot be empty. (line 1, character 12)'],
    // ORDER BY
    ['project = ABC order', "Error in the JQL Query: Expecting 'by' before the end of the query."],
    ['project = ABC order summary', "Error in the JQL Query: Expecting 'by' but got 'summary'. (line 1, character 21)"],
    ['project = ABC order by', 'Error in the JQL Query: Expecting a field name at the end of the query.'],
    ['project = ABC order by asc', "Error in the JQL Query: Expecting a field name but got 'asc'. You must surround 'asc' in quotation marks to use it as a field name. (line 1, character 24)"],
    ['project = ABC order by key blah', "Error in the JQL Query: Expecting either 'ASC' or 'DESC' but got 'blah'. (line 1, character 28)"],
    ['order by key desc created', "Error in the JQL Query: Expecting ',' but got 'created'. (line 1, character 19)"],
    ['order by key,', 'Error in the JQL Query: Expecting a field name at the end of the query.'],
    // strings, escapes and reserved characters
    ['summary ~ "login', "Error in the JQL Query: The quoted string 'login' has not been completed. (line 1, character 11)"],
    ["summary ~ '", 'Error in the JQL Query: The quoted string has not been completed. (line 1, character 11)'],
    ['summary ~ "a\nb', "Error in the JQL Query: The quoted string 'a b' has not been completed. (line 1, character 11)"],
    ['summary ~ "a\\qb"', `Error in the JQL Query: '\\q' is an illegal JQL escape sequence. ${ESCAPES} (line 1, character 13)`],
    ['summ\\unt ~ x', `Error in the JQL Query: '\\un' is an illegal JQL escape sequence. ${ESCAPES} (line 1, character 5)`],
    ['summary ~ x\\', `Error in the JQL Query: The escape sequence has not been completed. ${ESCAPES} (line 1, character 12)`],
    ['labels = {x}', "Error in the JQL Query: The character '{' is a reserved JQL character. You must enclose it in a string or use the escape '\\u007b' instead. (line 1, character 10)"],
    ['labels = a#b', "Error in the JQL Query: The character '#' is a reserved JQL character. You must enclose it in a string or use the escape '\\u0023' instead. (line 1, character 11)"],
  ])('%j', (jql, message) => {
    expect(errorOf(jql)).toBe(message);
  });

  it('reserved characters are fine inside quotes', () => {
    expect(errorOf('labels = "a#b{c}"')).toBe('(no error)');
  });
});

describe('validation errors', () => {
  it.each<[string, string]>([
    ['foo = 1', "Field 'foo' does not exist or you do not have permission to view it."],
    ['"Not A Field" = 1 order by key', "Field 'Not A Field' does not exist or you do not have permission to view it."],
    ['project = NOPE', "The value 'NOPE' does not exist for the field 'project'."],
    ['Project in (ABC, NOPE)', "The value 'NOPE' does not exist for the field 'Project'."],
    ['project = 99999', "A value with ID '99999' does not exist for the field 'project'."],
    ['status = Blocked', "The value 'Blocked' does not exist for the field 'status'."],
    ['statusCategory = Later', "The value 'Later' does not exist for the field 'statusCategory'."],
    ['type = Story', "The value 'Story' does not exist for the field 'type'."],
    ['priority = Urgent', "The value 'Urgent' does not exist for the field 'priority'."],
    ['assignee = nobody', "The value 'nobody' does not exist for the field 'assignee'."],
    ['key = ABC-99', "An issue with key 'ABC-99' does not exist for field 'key'."],
    ['key > NOPE-1', "An issue with key 'NOPE-1' does not exist for field 'key'."],
    ['key = 123456', "A value with ID '123456' does not exist for the field 'key'."],
    ['key = "ABC_1"', "The issue key 'ABC_1' for field 'key' is invalid."],
    ['parent = ABC-99', "An issue with key 'ABC-99' does not exist for field 'parent'."],
    // operators a field does not support
    ['project ~ ABC', "The operator '~' is not supported by the 'project' field."],
    ['project > ABC', "The operator '>' is not supported by the 'project' field."],
    ['summary = login', "The operator '=' is not supported by the 'summary' field."],
    ['text = login', "The operator '=' is not supported by the 'text' field."],
    ['text !~ login', "The operator '!~' is not supported by the 'text' field."],
    ['status is not EMPTY and labels > a', "The operator '>' is not supported by the 'labels' field."],
    ['key is EMPTY', "The operator 'is' is not supported by the 'key' field."],
    ['key in (ABC-1, EMPTY)', "The field 'key' does not support searching for EMPTY values."],
    ['text ~ EMPTY', "The field 'text' does not support searching for EMPTY values."],
    ['comment is EMPTY', "The field 'comment' does not support searching for EMPTY values."],
    // operator usage
    ['status in Done', "Operator 'in' does not support the non-list value '\"Done\"' for field 'status'."],
    ['status not in 5', "Operator 'not in' does not support the non-list value '5' for field 'status'."],
    ['assignee in currentUser()', "Operator 'in' does not support the non-list value 'currentUser()' for field 'assignee'."],
    ['status = (Done, "To Do")', "Operator '=' does not support the list value '(\"Done\", \"To Do\")' for field 'status'."],
    ['status in EMPTY', "Operator 'in' does not support the empty value representation 'EMPTY' for field 'status'."],
    ['created > EMPTY', "Operator '>' does not support the empty value representation 'EMPTY' for field 'created'."],
    ['status is Done', "Operator 'is' does not support searching for non-empty values for field 'status'."],
    ['status is not Done', "Operator 'is not' does not support searching for non-empty values for field 'status'."],
    // functions
    ['assignee = foo()', "Unable to find JQL function 'foo()'."],
    ['created > now(1)', "Function 'now' expected '0' arguments but received '1'."],
    ['assignee = currentUser(x)', "Function 'currentUser' expected '0' arguments but received '1'."],
    ['created > startOfDay(1, 2)', "Function 'startOfDay' expected between '0' and '1' arguments but received '2'."],
    ['created > startOfWeek("soon")', "Duration for function 'startOfWeek' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier."],
    ['assignee = now()', "A value provided by the function 'now' is invalid for the field 'assignee'."],
    ['status = currentUser()', "A value provided by the function 'currentUser' is invalid for the field 'status'."],
    ['created > currentUser()', "A date for the field 'created' provided by the function 'currentUser' is not valid."],
    // dates and text
    ['created > yesterday', "Date value 'yesterday' for field 'created' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'."],
    ['updated > "2026-02-30"', "Date value '2026-02-30' for field 'updated' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'."],
    ['summary ~ ""', "The field 'summary' does not support searching for an empty string."],
    // ORDER BY
    ['project = ABC order by foo', "Not able to sort using field 'foo'."],
    ['project = ABC order by text', "Not able to sort using field 'text'."],
  ])('%j', (jql, message) => {
    expect(errorOf(jql)).toBe(message);
  });

  it('names what the simulator does not model instead of pretending it does not exist', () => {
    expect(errorOf('fixVersion = 1.0')).toBe("The Jira simulator does not support the field 'fixVersion' in JQL.");
    expect(errorOf('"Story Points" > 3')).toBe("The Jira simulator does not support the field 'Story Points' in JQL.");
    expect(errorOf('status was Done')).toBe("The Jira simulator does not support the 'WAS' operator (no change history is kept) in JQL.");
    expect(errorOf('sprint in openSprints()')).toBe("The Jira simulator does not support the field 'sprint' in JQL.");
    expect(errorOf('assignee in membersOf("jira-users")')).toBe("The Jira simulator does not support the function 'membersOf()' in JQL.");
    expect(errorOf('summary ~ "a OR b"')).toBe("The Jira simulator does not support 'OR' inside a text search in JQL.");
    expect(errorOf('project = ABC order by "Story Points"')).toBe("The Jira simulator does not support sorting by 'Story Points' in JQL.");
  });

  it('throws JqlError', () => {
    expect(() => compileJql('project = ', makeEnv())).toThrow(JqlError);
    try {
      compileJql('foo = 1', makeEnv());
    } catch (e) {
      expect(e).toBeInstanceOf(JqlError);
      expect((e as Error).name).toBe('JqlError');
    }
  });
});
