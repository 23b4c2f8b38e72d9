import type { BuildContext } from '../build/context';

export function buildPeriphery(_ctx: BuildContext): void {
  // Not built yet.
}
