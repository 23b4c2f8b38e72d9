import type { BuildContext } from '../build/context';

export function buildVertebrae(_ctx: BuildContext): void {
  // Not built yet.
}
