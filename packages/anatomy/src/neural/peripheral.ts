/** Nerves outside the canal: medial branches, L5 dorsal ramus, sympathetic chains, stellate ganglia, greater occipital nerves. */
import type { BuildContext } from '../build/context';
import type { Canal } from './canal';
import type { RootResult } from './roots';

export interface PeripheralInput {
  canal: Canal;
  roots: RootResult[];
}

export function buildPeripheralNerves(_ctx: BuildContext, _input: PeripheralInput): void {
  // Filled in below.
}
