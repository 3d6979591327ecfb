import { buildFirefoxExtension } from './build.ts';

export default function setup(): void {
  buildFirefoxExtension();
}
