// Code that a page needs only after it is ready (the Find and Open sections, the Markdown
// converter, notices most opens never show) is loaded with import() when first asked for, so the
// first paint carries only what the Create form needs. One Lazy per module: the import starts
// once, later askers share it, and once loaded the module is at hand synchronously (a section
// shown again renders at once).
//
// Naming rule (components/README.md, "Loading on demand"): the handle for `Thing.tsx` is
// `thingModule`, the only export of `Thing.lazy.ts` beside it; for a module of lib/, the
// `*.lazy.ts` lives in the components folder that uses it.
import { CodedError } from '../../lib/errors.ts';
import { t } from '../../lib/i18n/page-text.ts';

export interface Lazy<M> {
  /** Starts the import if it has not started; rejects with a CodedError when it fails. */
  load(): Promise<M>;
  /** The module once loaded, else undefined. */
  loaded(): M | undefined;
}

export function lazy<M>(importer: () => Promise<M>): Lazy<M> {
  let value: M | undefined;
  let pending: Promise<M> | undefined;
  return {
    loaded: () => value,
    load() {
      pending ??= importer().then(
        (module) => (value = module),
        () => {
          // A chunk that failed to load (the extension was updated or reloaded underneath this
          // page) may load on a later try: forget the failure so Try again imports afresh.
          pending = undefined;
          throw new CodedError('unknown', t('lazyNotLoaded'));
        },
      );
      return pending;
    },
  };
}

/** Starts loading ahead of need (a tab about to be chosen, a field being typed in); a failure
 *  shows up later, where the module is actually needed. */
export function prefetch(module: Lazy<unknown>): void {
  module.load().catch(() => {});
}
