import { webglAvailable } from '../webglSupport';
import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useThree } from '@react-three/fiber';
import { Vector3 } from 'three';
import type { SpineModel } from '@spine-explainer/anatomy';
import { acquireSpineModel } from '../sharedModel';
import { resolvePlacement } from '@spine-explainer/procedures';
import { SpineStoreProvider } from '../context';
import { readPalette } from '../palette';
import { SpineScene } from '../SpineScene';
import { DermatomeOverlay } from '../DermatomeOverlay';
import { whereItHurts } from './whereItHurts';
import { buildTracks } from '../steps';
import { createSpineStore, type SpineStore } from '../store';
import type { PlacementLike } from '../types';
import type { EditorViewHandle, EditorViewProps } from './EditorView';
import type { CameraPose } from './types';

const close = (a: readonly number[], b: readonly number[]) => a.every((v, i) => Math.abs(v - b[i]!) < 0.01);

/** Applies a stored pose, and reports the user's orbit at the end of each drag. */
function CameraSync({ pose, onChange }: { pose?: CameraPose | undefined; onChange?: ((p: CameraPose) => void) | undefined }) {
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as unknown as { target: Vector3; update(): void; addEventListener(t: string, f: () => void): void; removeEventListener(t: string, f: () => void): void } | null;
  const invalidate = useThree((s) => s.invalidate);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  useLayoutEffect(() => {
    if (!pose) return;
    const pos = camera.position.toArray();
    const tgt = controls ? controls.target.toArray() : pose.target;
    if (close(pos, pose.position) && close(tgt, pose.target)) return;
    camera.position.fromArray(pose.position);
    if (controls) { controls.target.fromArray(pose.target); controls.update(); } else camera.lookAt(new Vector3(...pose.target));
    invalidate();
  }, [pose, camera, controls, invalidate]);
  useEffect(() => {
    if (!controls?.addEventListener) return;
    const end = () => onChangeRef.current?.({ position: camera.position.toArray() as CameraPose['position'], target: controls.target.toArray() as CameraPose['target'] });
    controls.addEventListener('end', end);
    return () => controls.removeEventListener('end', end);
  }, [controls, camera]);
  return null;
}


/**
 * The real editor view: the package's `SpineScene` (R3F, render on demand) driven by one tab's procedure,
 * level, side, step, view, mode and camera. Each pane has its own scene store; panes share the anatomy model.
 */
export const SceneEditorView = forwardRef<EditorViewHandle, EditorViewProps & { quality?: 'low' | 'medium' | 'high' }>(function SceneEditorView(props, ref) {
  const { procedure, level, side, site, step, view, mode, layers, labels, selectedStructure, painMap, theme, locale, readingLevel, camera, onCameraChange, label, quality = 'medium' } = props;
  const root = useRef<HTMLDivElement>(null);
  const [store] = useState<SpineStore>(() => createSpineStore({ locale, readingLevel, quality, labels }));
  const [webgl] = useState(() => webglAvailable());
  const [model, setModel] = useState<SpineModel | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    if (!webgl) return;
    let lease: ReturnType<typeof acquireSpineModel> | undefined;
    try { lease = acquireSpineModel(quality); setModel(lease.model); } catch (e) { setError(e instanceof Error ? e.message : String(e)); }
    return () => { setModel(undefined); lease?.release(); };
  }, [webgl, quality]);

  const placement = useMemo((): PlacementLike | undefined => {
    if (!model) return undefined;
    try {
      const p = resolvePlacement(model, procedure.id, { ...(level ? { level } : {}), ...(side ? { side } : {}), ...(site ? { site } : {}) }) as unknown as PlacementLike;
      return selectedStructure && model.get(selectedStructure) ? { ...p, highlight: [selectedStructure, ...p.highlight.filter((h) => h !== selectedStructure)] } : p;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return undefined;
    }
  }, [model, procedure.id, level, side, site, selectedStructure]);
  const tracks = useMemo(() => buildTracks(procedure, side), [procedure, side]);
  const reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

  useLayoutEffect(() => {
    store.setState({
      procedureId: procedure.id, procedure, level, side, site, step, tracks, view, mode, layers: { ...layers }, labels,
      readingLevel, locale, reducedMotion, quality, model, placement, status: placement ? 'ready' : 'loading',
    });
    store.getState().runtime.invalidate?.();
  });
  useLayoutEffect(() => { store.setState({ palette: readPalette(root.current) }); }, [store, theme]);

  useEffect(() => {
    const rt = store.getState().runtime;
    rt.onContentDrawn = () => { if (root.current) root.current.dataset.sxReady = 'true'; };
    rt.onFrame = () => { if (root.current) root.current.dataset.sxFrames = String(rt.frames); };
  }, [store]);
  const readyKey = `${procedure.id}|${level}|${side}|${site}|${mode}|${model ? 'm' : ''}`;
  useLayoutEffect(() => { if (root.current && webgl) root.current.dataset.sxReady = 'false'; }, [readyKey, webgl]);

  useImperativeHandle(ref, () => ({
    capture: async () => {
      const canvas = root.current?.querySelector('canvas') ?? null;
      if (!canvas) return null;
      store.getState().runtime.invalidate?.();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return withLabels(canvas, root.current!);
    },
  }), [store]);

  return (
    <div
      ref={root}
      className={`sx-root sx-theme-${theme} sx-wb-scene`}
      data-mode={mode}
      role="img"
      aria-label={label}
      data-sx-ready={webgl ? undefined : 'true'}
    >
      {webgl && !error ? (
        <SpineStoreProvider value={store}>
          <SpineScene labels={labels}>
            <CameraSync pose={camera} onChange={onCameraChange} />
            {painMap && model ? <DermatomeOverlay model={model} {...whereItHurts(selectedStructure, procedure.id, level)} /> : null}
          </SpineScene>
        </SpineStoreProvider>
      ) : (
        <p className="sx-wb-scene-fallback">{error ?? (locale === 'es' ? 'Este dispositivo no muestra 3D; el texto de cada paso está debajo.' : 'This device cannot show 3D; the text of each step is below.')}</p>
      )}
    </div>
  );
});

/** A copy of the WebGL canvas with the visible HTML labels drawn on it, so a snapshot keeps its labels. */
function withLabels(canvas: HTMLCanvasElement, root: HTMLElement): HTMLCanvasElement {
  const out = canvas.ownerDocument.createElement('canvas');
  out.width = canvas.width;
  out.height = canvas.height;
  const ctx = out.getContext('2d');
  if (!ctx) return canvas;
  const box = canvas.getBoundingClientRect();
  const sx = canvas.width / (box.width || 1);
  const sy = canvas.height / (box.height || 1);
  const bg = getComputedStyle(root).getPropertyValue('--sxv-stage-bg').includes('gradient') ? '#eef2f6' : (getComputedStyle(root).backgroundColor || '#ffffff');
  ctx.fillStyle = root.dataset.mode === 'fluoro' ? '#000000' : bg;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(canvas, 0, 0);
  for (const el of root.querySelectorAll<HTMLElement>('.sx-label')) {
    if (el.dataset.hidden === 'true' || !el.textContent) continue;
    const r = el.getBoundingClientRect();
    const x = (r.left - box.left) * sx, y = (r.top - box.top) * sy, w = r.width * sx, h = r.height * sy;
    const cs = getComputedStyle(el);
    ctx.fillStyle = cs.backgroundColor || 'rgba(255,255,255,.92)';
    ctx.strokeStyle = cs.borderTopColor || '#888';
    ctx.lineWidth = Math.max(1, sx);
    ctx.beginPath();
    ctx.roundRect?.(x, y, w, h, 6 * sx);
    ctx.fill();
    ctx.stroke();
    ctx.fillStyle = cs.color || '#111';
    ctx.font = `${cs.fontWeight} ${parseFloat(cs.fontSize) * sy}px ${cs.fontFamily}`;
    ctx.textBaseline = 'middle';
    ctx.fillText(el.textContent, x + parseFloat(cs.paddingLeft) * sx, y + h / 2);
  }
  return out;
}
