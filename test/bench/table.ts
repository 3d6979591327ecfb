// The bench's output: one aligned plain-text table in sections, each with its own two value
// columns (median and p95 for timings; warm and cold for request counts), readable in a terminal
// and pasteable into the README as is.

export type Row = [label: string, first: string, second: string, note?: string | undefined];

export interface Section {
  title: string;
  /** Names of the two value columns; median and p95 unless given. */
  columns?: [string, string];
  rows: Row[];
}

export function renderTable(sections: Section[]): string {
  const heads = sections.map((s): Row => [s.title, ...(s.columns ?? ['median', 'p95'])]);
  const bodies = sections.map((s) => s.rows.map(([l, a, b, n]): Row => [`  ${l}`, a, b, n]));
  const all = [...heads, ...bodies.flat()];
  const widths = [0, 1, 2].map((i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  const line = ([label, a, b, note]: Row) =>
    [label.padEnd(widths[0] ?? 0), a.padStart(widths[1] ?? 0), b.padStart(widths[2] ?? 0), note ?? ''].join('  ').trimEnd();
  return sections.map((_, i) => [line(heads[i] as Row), ...(bodies[i] ?? []).map(line)].join('\n')).join('\n\n');
}
