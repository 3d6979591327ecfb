// JSON text for the vendored subset: one value per line like JSON.stringify(v, null, 2) (so a
// regeneration after an upstream change gives a readable diff), but any object or array whose
// one-line form fits in the line width stays on one line. That roughly halves the line count of
// a schema-heavy document, where most leaves are small `{ "type": "string" }` objects.

const WIDTH = 100;
const INDENT = '  ';

export function compactJson(value: unknown): string {
  return `${render(value, '')}\n`;
}

function render(value: unknown, indent: string): string {
  const flat = JSON.stringify(value);
  if (flat === undefined) throw new Error('value is not JSON');
  if (value === null || typeof value !== 'object') return flat;
  if (indent.length + flat.length <= WIDTH) return flat;
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => inner + render(item, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${render(item, inner)}`);
  return `{\n${lines.join(',\n')}\n${indent}}`;
}
