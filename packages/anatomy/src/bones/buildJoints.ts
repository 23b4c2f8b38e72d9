import type { BuildContext } from '../build/context';

export function buildJoints(_ctx: BuildContext): void {
  // Not built yet.
}
