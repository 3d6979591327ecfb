// Path and query parameters of a request, checked against the operation's `parameters`.
// Everything on the wire is a string, so values are first coerced the way Jira's Java resources
// read them, then validated with the parameter's schema.

import { describeErrors, validateAgainst } from './schemas.ts';
import type { Operation, Parameter, Schema } from './spec.ts';

const NOT_COERCIBLE = Symbol('not coercible');

/**
 * integer: digits only (Java's Integer/Long parsing rejects anything else with a 400).
 * boolean: only `true`/`false`. Jira parses booleans with Boolean.valueOf, so `1` or `yes`
 * silently mean false there; the check flags them because such a request is a bug.
 */
function coerce(raw: string, schema: Schema | undefined): unknown {
  switch (schema?.['type']) {
    case 'integer':
      return /^-?\d+$/.test(raw) ? Number(raw) : NOT_COERCIBLE;
    case 'number':
      return raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : NOT_COERCIBLE;
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : NOT_COERCIBLE;
    default:
      // strings, and items given as $ref (project/search `properties`: StringList) stay text.
      return raw;
  }
}

/**
 * Array parameters: with no `style`/`explode` OpenAPI 3.0 means form style, exploded, that is
 * `keys=PA&keys=PB`. Many Jira parameters also take `fields=summary,comment`, and their
 * description says so ("This parameter accepts a comma-separated list"); only those are split
 * on commas. Others (project/search `id`, `keys`, `status`, search/jql `reconcileIssues`) are
 * documented as ampersand-separated, so `id=1,2` is one (invalid) item there.
 */
function arrayItems(param: Parameter, values: string[]): string[] {
  const commaList =
    param.explode === false || /comma-separated/i.test(param.description ?? '');
  return commaList ? values.flatMap((v) => v.split(',')) : values;
}

function checkOne(param: Parameter, values: string[]): string[] {
  const schema = param.schema;
  const label = `${param.in} ${param.name}`;
  if (schema === undefined) return [];
  let value: unknown;
  if (schema['type'] === 'array') {
    const itemSchema = schema['items'] as Schema | undefined;
    const items = arrayItems(param, values).map((raw) => ({ raw, value: coerce(raw, itemSchema) }));
    const bad = items.find((item) => item.value === NOT_COERCIBLE);
    if (bad !== undefined) return [`${label} "${bad.raw}" is not a valid ${String(itemSchema?.['type'])}`];
    value = items.map((item) => item.value);
  } else {
    if (values.length > 1) {
      return [`${label} is given ${values.length} times but takes a single ${String(schema['type'])}`];
    }
    const raw = values[0] ?? '';
    value = coerce(raw, schema);
    if (value === NOT_COERCIBLE) return [`${label} "${raw}" is not a valid ${String(schema['type'])}`];
  }
  return describeErrors(validateAgainst(schema, value), param.name).map((line) => `${param.in} ${line}`);
}

/** Violations in path and query parameters, each starting with `path …` or `query …`. */
export function checkParameters(
  operation: Operation,
  pathParams: Record<string, string>,
  query: URLSearchParams,
): string[] {
  const params = operation.parameters ?? [];
  const violations: string[] = [];
  const documented = new Set(params.filter((p) => p.in === 'query').map((p) => p.name));
  for (const name of new Set(query.keys())) {
    if (!documented.has(name)) {
      violations.push(`query ${name} is not a documented parameter of ${operation.operationId ?? 'this operation'}`);
    }
  }
  for (const param of params) {
    // header/cookie parameters: none in the subset, and the simulator does not pass headers here.
    if (param.in !== 'query' && param.in !== 'path') continue;
    const fromPath = pathParams[param.name];
    const values = param.in === 'query' ? query.getAll(param.name) : fromPath === undefined ? [] : [fromPath];
    if (values.length === 0) {
      if (param.required === true) violations.push(`${param.in} ${param.name} is required but missing`);
      continue;
    }
    violations.push(...checkOne(param, values));
  }
  return violations;
}
