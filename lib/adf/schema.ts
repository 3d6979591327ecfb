import * as z from 'zod/mini';

// Atlassian Document Format (ADF), the rich-text JSON Jira Cloud uses for descriptions, comments
// and textarea fields (lib/ATLASSIAN.md#atlassian-document-format). The schema is deliberately
// permissive: any node type is accepted (the renderer shows unknown ones as their text), unknown
// attrs pass through, and a malformed field is dropped rather than failing the whole issue.

export interface AdfMark {
  type: string;
  attrs?: Record<string, unknown> | undefined;
}

export interface AdfNode {
  type: string;
  content?: AdfNode[] | undefined;
  text?: string | undefined;
  marks?: AdfMark[] | undefined;
  attrs?: Record<string, unknown> | undefined;
}

export interface AdfDoc {
  type: 'doc';
  version: 1;
  content: AdfNode[];
}

const attrsSchema = z.catch(z.optional(z.record(z.string(), z.unknown())), undefined);

export const adfMarkSchema = z.object({ type: z.string(), attrs: attrsSchema });

/** A node that is not even an object with a string `type` (kept in place, rendered as nothing). */
export const INVALID_NODE_TYPE = 'invalid';

export const adfNodeSchema: z.ZodMiniType<AdfNode> = z.object({
  type: z.string(),
  get content(): z.ZodMiniType<AdfNode[] | undefined> {
    return z.catch(z.optional(z.array(z.catch(adfNodeSchema, { type: INVALID_NODE_TYPE }))), undefined);
  },
  text: z.catch(z.optional(z.string()), undefined),
  marks: z.catch(z.optional(z.array(adfMarkSchema)), undefined),
  attrs: attrsSchema,
});

export const adfDocSchema = z.object({
  type: z.literal('doc'),
  version: z.literal(1),
  content: z.array(z.catch(adfNodeSchema, { type: INVALID_NODE_TYPE })),
});

/**
 * The value as an ADF document, or null when it is not one (not a `doc` of version 1 with a
 * content array). Malformed parts deep inside are dropped instead of rejecting the document.
 */
export function parseAdf(value: unknown): AdfDoc | null {
  try {
    const result = adfDocSchema.safeParse(value);
    return result.success ? (result.data as AdfDoc) : null;
  } catch {
    // A pathologically deep value can overflow the stack while parsing.
    return null;
  }
}
