import type * as z from 'zod/mini';

/** The JSON body of an error answer as `schema` reads it, or `{}` when it is not that JSON (a proxy
 *  or gateway page): then the status alone decides. Both Jira's and the sign-in service's errors
 *  are read this way. */
export async function readErrorBody<T extends z.ZodMiniType<object>>(response: Response, schema: T): Promise<Partial<z.infer<T>>> {
  const text = await response.text().catch(() => '');
  try {
    const result = schema.safeParse(JSON.parse(text));
    if (result.success) return result.data;
  } catch {
    // Not JSON.
  }
  return {};
}
