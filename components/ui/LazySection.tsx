import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { asCodedError, type CodedError } from '../../lib/errors.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import type { Lazy } from './lazy.ts';

interface Props<M> {
  module: Lazy<M>;
  /** The polite status line while it loads: "Loading Find…"; '' for none (inside a live region). */
  loading: string;
  children: (module: M) => ComponentChildren;
}

/** Renders `children` with a lazily loaded module: a status line while it loads, the failure with
 *  Try again if it cannot. A module loaded before renders at once, without the status line. */
export function LazySection<M>({ module, loading, children }: Props<M>) {
  // State is kept per module: Preact reuses this component where another LazySection stood in the
  // same place (a draft note, then the created panel), and one module's state must not serve another.
  const [kept, setState] = useState<{ of: Lazy<M>; module?: M | undefined; error?: CodedError }>(() => ({ of: module, module: module.loaded() }));
  const state = kept.of === module ? kept : { of: module, module: module.loaded() };
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (state.module !== undefined) return;
    let live = true;
    module.load().then(
      (loaded) => live && setState({ of: module, module: loaded }),
      (error: unknown) => live && setState({ of: module, error: asCodedError(error) }),
    );
    return () => {
      live = false;
    };
  }, [module, attempt]);

  if (state.module !== undefined) return <>{children(state.module)}</>;
  if (state.error) {
    const retry = () => {
      setState({ of: module });
      setAttempt((n) => n + 1);
    };
    return <ErrorNotice error={state.error} onRetry={retry} />;
  }
  if (loading === '') return null;
  return (
    <p class="hint" role="status">
      {loading}
    </p>
  );
}
