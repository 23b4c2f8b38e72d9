import { useEffect, useRef, type PointerEvent } from 'react';
import { useWb, useWorkbench } from './context';
import { arrowHead, type MarkupPoint, type MarkupStroke } from './markup';

/** Draws strokes onto a 2D context sized `w`×`h`; points are fractions of the size. */
export function paintStrokes(ctx: CanvasRenderingContext2D, strokes: readonly MarkupStroke[], w: number, h: number, scale = 1) {
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const s of strokes) {
    const pts = s.points.map(([x, y]) => [x * w, y * h] as [number, number]);
    ctx.strokeStyle = s.color;
    ctx.lineWidth = 4 * scale;
    ctx.beginPath();
    if (s.tool === 'arrow') {
      const a = pts[0]!, b = pts[pts.length - 1]!;
      ctx.moveTo(a[0], a[1]);
      ctx.lineTo(b[0], b[1]);
      const [l, r] = arrowHead(a, b, 18 * scale);
      ctx.moveTo(l[0], l[1]); ctx.lineTo(b[0], b[1]); ctx.lineTo(r[0], r[1]);
    } else {
      pts.forEach(([x, y], i) => (i ? ctx.lineTo(x, y) : ctx.moveTo(x, y)));
    }
    ctx.stroke();
  }
}

const MARK_COLOR = '#ff3b30';

/** The pen/arrow canvas over the focused view. It only takes pointer input while a tool is active. */
export function MarkupLayer() {
  const { controller } = useWorkbench();
  const tool = useWb((s) => s.markupTool);
  const markup = useWb((s) => s.markup);
  const canvas = useRef<HTMLCanvasElement>(null);
  const draft = useRef<MarkupPoint[] | null>(null);

  const redraw = () => {
    const c = canvas.current;
    const ctx = c?.getContext?.('2d');
    if (!c || !ctx) return;
    const { width, height } = c.getBoundingClientRect();
    if (c.width !== Math.round(width) || c.height !== Math.round(height)) { c.width = Math.round(width); c.height = Math.round(height); }
    ctx.clearRect(0, 0, c.width, c.height);
    const strokes = draft.current && tool ? [...markup.strokes, { tool, points: draft.current, color: MARK_COLOR }] : markup.strokes;
    paintStrokes(ctx, strokes, c.width, c.height);
  };
  useEffect(redraw);

  const point = (e: PointerEvent<HTMLCanvasElement>): MarkupPoint => {
    const r = e.currentTarget.getBoundingClientRect();
    return [(e.clientX - r.left) / (r.width || 1), (e.clientY - r.top) / (r.height || 1)];
  };

  return (
    <canvas
      ref={canvas}
      className="sx-wb-markup"
      data-tool={tool}
      data-strokes={markup.strokes.length}
      aria-hidden="true"
      onPointerDown={(e) => {
        if (!tool) return;
        e.currentTarget.setPointerCapture?.(e.pointerId);
        draft.current = [point(e)];
      }}
      onPointerMove={(e) => {
        if (!draft.current || !tool) return;
        const p = point(e);
        if (tool === 'arrow') draft.current = [draft.current[0]!, p];
        else draft.current.push(p);
        redraw();
      }}
      onPointerUp={() => {
        if (draft.current && tool) controller.markup({ type: 'add', stroke: { tool, points: draft.current, color: MARK_COLOR } });
        draft.current = null;
      }}
    />
  );
}
