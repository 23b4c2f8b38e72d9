import { ProcedureError } from '../errors';
import type { Procedure } from '../types';
import {
  genicularNerveBlock, lumbarSympatheticBlock, medialBranchBlock, occipitalNerveBlock, radiofrequencyAblation,
  selectiveNerveRootBlock, stellateGanglionBlock, suprascapularNerveBlock,
} from './nerve-blocks';
import {
  epiduralCaudal, epiduralInterlaminar, epiduralTransforaminal, facetJointInjection, hipJointInjection,
  kneeJointInjection, sacroiliacJointInjection, shoulderJointInjection, triggerPointInjection,
} from './injections';
import { scsPermanent, scsTrial } from './stimulation';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The built-in catalog, in the order of DESIGN §2 (deeply frozen: it is shared by every viewer). */
export const procedures: readonly Procedure[] = deepFreeze([
  medialBranchBlock,
  selectiveNerveRootBlock,
  stellateGanglionBlock,
  lumbarSympatheticBlock,
  occipitalNerveBlock,
  genicularNerveBlock,
  suprascapularNerveBlock,
  epiduralInterlaminar,
  epiduralTransforaminal,
  epiduralCaudal,
  facetJointInjection,
  radiofrequencyAblation,
  triggerPointInjection,
  kneeJointInjection,
  hipJointInjection,
  shoulderJointInjection,
  sacroiliacJointInjection,
  scsTrial,
  scsPermanent,
]);

export const PROCEDURE_IDS: readonly string[] = procedures.map((p) => p.id);

/** The built-in procedure with that id; throws `ProcedureError` listing the valid ids. */
export function getProcedure(id: string, catalog: readonly Procedure[] = procedures): Procedure {
  const found = typeof id === 'string' ? catalog.find((p) => p.id === id) : undefined;
  if (!found) throw ProcedureError.unknownProcedure(id, catalog.map((p) => p.id));
  return found;
}
