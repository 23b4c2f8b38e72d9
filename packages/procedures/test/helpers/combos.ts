import type { Procedure } from '@spine-explainer/procedures';

export type Opts = { level?: string; side?: string; site?: string };

/** Every option combination a procedure allows (each level × side × site), after its defaults (`{}`) when asked. */
export function combos(p: Procedure, { withDefaults = true } = {}): Opts[] {
  const out: Opts[] = withDefaults ? [{}] : [];
  for (const level of p.levels.length ? p.levels : [undefined])
    for (const side of p.sides.length ? p.sides : [undefined])
      for (const site of p.sites.length ? p.sites : [undefined]) {
        const o: Opts = {};
        if (level) o.level = level;
        if (side) o.side = side;
        if (site) o.site = site;
        out.push(o);
      }
  return out;
}
