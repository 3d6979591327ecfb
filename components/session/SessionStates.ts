// The states loaded on demand by SessionStates.lazy.ts, as one module.
export { ChooseSite } from './ChooseSite.tsx';
export { Declined } from './Declined.tsx';
export { NotConnected } from './NotConnected.tsx';
export { Reconnect } from './Reconnect.tsx';
