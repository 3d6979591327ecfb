import { useEffect, useState } from 'preact/hooks';

/**
 * Whether the browser says it has a network (`navigator.onLine`), following its `online` and
 * `offline` events. `false` is reliable (no network at all); `true` only means a network is there,
 * not that Atlassian answers. https://html.spec.whatwg.org/multipage/system-state.html#dom-navigator-online
 */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    // It may have changed between the first render and now.
    update();
    addEventListener('online', update);
    addEventListener('offline', update);
    return () => {
      removeEventListener('online', update);
      removeEventListener('offline', update);
    };
  }, []);
  return online;
}
