// Browser side of shoot-parity.mjs: the same procedure in the R3F <SpineScene> (left) and the lite scene (right),
// each on a store filled the same way, side by side on one page (so also through one shared WebGL context).
import { createRoot } from 'react-dom/client';
import { createSpineModel } from '@spine-explainer/anatomy';
import { getProcedure, resolvePlacement } from '@spine-explainer/procedures';
import {
  buildTracks, createSpineStore, spineExplainerCss, SpineScene, SpineStoreProvider,
  type PlacementLike, type ProcedureLike, type SpineStore, type ViewName,
} from '@spine-explainer/react';
import { createLiteScene } from '../../../packages/embed/src/lite/scene/index';

const q = new URLSearchParams(location.search);
const procedureId = q.get('procedure') ?? 'epidural-transforaminal';
const opts = { level: q.get('level') ?? undefined, side: q.get('side') ?? undefined, site: q.get('site') ?? undefined };
const model = createSpineModel({ quality: (q.get('quality') as 'low' | 'medium' | 'high') ?? 'medium' });
const procedure = getProcedure(procedureId) as unknown as ProcedureLike;
const placement = resolvePlacement(model, procedureId, opts) as unknown as PlacementLike;
const tracks = buildTracks(procedure, placement.side);
const step = Number(q.get('step') ?? tracks.findIndex((t) => t.needle[1] === 1 || t.lead[1] === 1));

function fill(): SpineStore {
  const track = tracks[step];
  const store = createSpineStore({
    procedureId, procedure, level: placement.level, side: placement.side, site: placement.site, step, tracks, model, placement,
    status: 'ready', reducedMotion: true, labels: q.get('labels') !== 'off',
    view: (q.get('view') as ViewName | null) ?? track?.view ?? 'posterior', mode: (q.get('mode') as 'fluoro' | null) ?? track?.mode ?? 'anatomy',
    xray: q.get('xray') === 'on',
  });
  store.getState().frame.held = true;
  store.getState().frame.progress = Number(q.get('progress') ?? 1);
  return store;
}

const style = document.createElement('style');
style.textContent = `${spineExplainerCss}
body { margin: 0; display: flex; gap: 16px; padding: 16px; background: #fff; }
.parity-stage { position: relative; width: 640px; height: 480px; }`;
document.head.appendChild(style);

function stage(id: string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'sx-root';
  const el = document.createElement('div');
  el.id = id;
  el.className = 'sx-stage parity-stage';
  root.appendChild(el);
  document.body.appendChild(root);
  return el;
}

// `?only=r3f` or `?only=lite` mounts one scene, for a first-frame time without the other's warm shaders.
const only = q.get('only');
// `?env=on` builds the code environment in both (on software WebGL `auto` skips it: seconds per frame there).
const environment = q.get('env') === 'on' ? true : 'auto';
const stores = Object.fromEntries((only ? [only] : ['r3f', 'lite']).map((n) => [n, fill()]));
const drawn = new Set<string>();
const firstFrameMs: Record<string, number> = {};
const mountedAt: Record<string, number> = {};
for (const [name, store] of Object.entries(stores)) {
  store.getState().runtime.onContentDrawn = () => {
    if (!drawn.has(name)) firstFrameMs[name] = Math.round(performance.now() - mountedAt[name]!);
    drawn.add(name);
  };
}

if (stores.r3f) {
  mountedAt.r3f = performance.now();
  createRoot(stage('r3f')).render(
    <SpineStoreProvider value={stores.r3f}>
      <SpineScene labels environment={environment} />
    </SpineStoreProvider>,
  );
}
if (stores.lite) {
  mountedAt.lite = performance.now();
  const lite = createLiteScene(stores.lite, { labels: true, environment });
  stage('lite').appendChild(lite.element);
}

// Done once both have drawn their content and neither has drawn for half a second (tweens and glow over).
let last = '';
let quietSince = performance.now();
const poll = () => {
  const figures = Object.fromEntries(Object.entries(stores).map(([n, s]) => {
    const rt = s.getState().runtime;
    return [n, { frames: rt.frames, drawCalls: rt.drawCalls, triangles: rt.triangles }];
  }));
  const key = JSON.stringify(figures);
  if (key !== last) {
    last = key;
    quietSince = performance.now();
  }
  if (drawn.size === Object.keys(stores).length && performance.now() - quietSince > 500) {
    (window as unknown as { __done: unknown }).__done = { procedureId, step, firstFrameMs, ...figures };
    return;
  }
  setTimeout(poll, 100);
};
poll();
