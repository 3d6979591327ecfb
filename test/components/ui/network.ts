// The browser's network state for component tests: navigator.onLine and the online/offline events
// a real browser fires when it changes (https://html.spec.whatwg.org/multipage/system-state.html#dom-navigator-online).
let online = true;

/** Makes navigator.onLine follow the value set here; call once per test file. */
export function controlNetwork(): void {
  online = true;
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
}

export function goOffline(): void {
  online = false;
  window.dispatchEvent(new Event('offline'));
}

export function goOnline(): void {
  online = true;
  window.dispatchEvent(new Event('online'));
}
