// Drift checks: a schema's inferred type must be exactly its lib/jira type (not merely assignable
// one way). Used at the end of each views file: a field added to a type but not to its schema, or
// typed differently, fails `tsc`.
import type * as z from 'zod/mini';

/** Rebuilds an object type property by property, so an `interface X extends Y` and the flat
 *  object zod infers compare by their members rather than by how they were declared. */
type Flat<T> = T extends (infer E)[] ? Flat<E>[] : T extends object ? { [K in keyof T]: Flat<T[K]> } : T;
/** True only when A and B are the same type (the conditional-type identity trick), so `?:` versus
 *  `| undefined`, `unknown` versus `any` and missing or extra members all count as drift. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export type Exactly<S extends z.ZodMiniType, T> = Same<Flat<z.infer<S>>, Flat<T>>;
