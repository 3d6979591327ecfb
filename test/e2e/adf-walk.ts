// Reading back what Jira stored: an ADF document as the simulator keeps it, visited node by node.

export interface AdfNode {
  type: string;
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  content?: AdfNode[];
}

/** Calls `visit` on `node` and every node below it, depth first. */
export function walk(node: AdfNode, visit: (n: AdfNode) => void): void {
  visit(node);
  for (const child of node.content ?? []) walk(child, visit);
}
