import { forwardRef, useEffect, useImperativeHandle, useRef, type ComponentType, type Ref } from 'react';
import type { LayerName, Locale, ProcedureLike, ReadingLevel, SceneMode, Side, Theme, ViewName } from '../types';
import type { CameraPose } from './types';

/** What the workbench gives the 3D view of one editor pane. */
export interface EditorViewProps {
  procedure: ProcedureLike;
  level?: string | undefined;
  side?: Side | undefined;
  site?: string | undefined;
  step: number;
  view: ViewName;
  mode: SceneMode;
  layers: Readonly<Record<LayerName, boolean>>;
  labels: boolean;
  /** A structure picked in the anatomy tree, to highlight. */
  selectedStructure?: string | undefined;
  /** Shade where it hurts: the selected root's dermatome, or the pain pattern this procedure treats. */
  painMap?: boolean;
  theme: Theme;
  locale: Locale;
  readingLevel: ReadingLevel;
  camera?: CameraPose | undefined;
  /** Reported when the user orbits; the workbench stores it on the tab and mirrors it when cameras are linked. */
  onCameraChange?(pose: CameraPose): void;
  /** Accessible name of the view region. */
  label: string;
}

/** Imperative side of a view: the workbench asks it for pixels when it takes a snapshot. */
export interface EditorViewHandle {
  /** A canvas holding the current frame (drawn on demand), or null when there is nothing to show. */
  capture(): Promise<HTMLCanvasElement | null>;
}

export type EditorViewComponent = ComponentType<EditorViewProps & { ref?: Ref<EditorViewHandle> }>;

// ---------------------------------------------------------------------------------------------
// Placeholder: a 2D schematic (column, level, needle line) used until the 3D scene is plugged in,
// in tests, and wherever WebGL is missing.
// ---------------------------------------------------------------------------------------------

const VIEW_ANGLE: Record<ViewName, number> = { posterior: 0, anterior: 180, lateral: 90, 'oblique-left': -35, 'oblique-right': 35, 'close-up': 0 };

export function drawSchematic(ctx: CanvasRenderingContext2D, w: number, h: number, p: Pick<EditorViewProps, 'level' | 'side' | 'step' | 'view' | 'mode' | 'procedure'>, colors: { bg: string; fg: string; accent: string }) {
  const fluoro = p.mode === 'fluoro';
  ctx.fillStyle = fluoro ? '#111' : colors.bg;
  ctx.fillRect(0, 0, w, h);
  const n = 12;
  const cx = w / 2 + (Math.sin((VIEW_ANGLE[p.view] * Math.PI) / 180) * w * 0.08);
  const top = h * 0.08;
  const vh = (h * 0.84) / n;
  const zoom = p.view === 'close-up' ? 1.6 : 1;
  const upper = p.level?.split('-')[0];
  const names = ['T9', 'T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2', 'S3'];
  const hit = upper ? names.indexOf(upper) : -1;
  for (let i = 0; i < n; i++) {
    const y = top + i * vh;
    const bw = Math.min(w * 0.22, 120) * zoom * (p.view === 'lateral' ? 0.8 : 1);
    ctx.fillStyle = i === hit ? colors.accent : fluoro ? '#bbb' : '#d9cdb4';
    ctx.globalAlpha = fluoro ? 0.8 : 1;
    ctx.fillRect(cx - bw / 2, y + 2, bw, vh * 0.7);
    ctx.globalAlpha = 1;
    ctx.fillStyle = fluoro ? '#ddd' : colors.fg;
    ctx.font = `${Math.max(10, vh * 0.35)}px system-ui, sans-serif`;
    ctx.fillText(names[i]!, cx + bw / 2 + 8, y + vh * 0.5);
  }
  if (hit >= 0 && p.step > 0) {
    const side = p.side === 'right' ? 1 : -1;
    const y = top + hit * vh + vh * 0.8;
    const tipX = cx + side * 20;
    ctx.strokeStyle = colors.accent;
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.moveTo(cx + side * w * 0.35, y - vh * 1.5);
    ctx.lineTo(tipX, y);
    ctx.stroke();
  }
}

/** The stand-in view. It renders a labelled canvas with a schematic so layouts, tests and snapshots work without WebGL. */
export const PlaceholderEditorView = forwardRef<EditorViewHandle, EditorViewProps>(function PlaceholderEditorView(props, ref) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const draw = () => {
    const c = canvas.current;
    const ctx = c?.getContext?.('2d');
    if (!c || !ctx) return;
    const { width, height } = c.getBoundingClientRect();
    c.width = Math.max(1, Math.round(width || 640));
    c.height = Math.max(1, Math.round(height || 480));
    const style = getComputedStyle(c);
    drawSchematic(ctx, c.width, c.height, props, {
      bg: style.getPropertyValue('--sx-wb-editor-background').trim() || '#ffffff',
      fg: style.getPropertyValue('--sx-wb-editor-foreground').trim() || '#1f1f1f',
      accent: style.getPropertyValue('--sx-color-highlight').trim() || '#e5533d',
    });
  };
  useEffect(draw);
  useImperativeHandle(ref, () => ({ capture: async () => { draw(); return canvas.current; } }));
  return (
    <canvas
      ref={canvas}
      className="sx-wb-canvas"
      role="img"
      aria-label={props.label}
      data-sx-ready="true"
      data-view={props.view}
      data-mode={props.mode}
    />
  );
});
