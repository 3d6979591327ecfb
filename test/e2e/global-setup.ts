import { buildExtension } from './build-extension.ts';

export default function setup(): void {
  buildExtension();
}
