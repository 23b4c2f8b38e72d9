export function resolvePlacement(): never { throw new Error('todo'); }
export function resolveStep(): never { throw new Error('todo'); }
