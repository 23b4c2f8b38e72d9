import { paintStrokes } from './MarkupLayer';
import type { MarkupStroke } from './markup';

/**
 * A PNG of the view: its pixels, the markup strokes, and a caption band naming the procedure, level,
 * side and step. The band is drawn in the image so the label survives printing and sharing.
 */
export async function composeSnapshot(source: HTMLCanvasElement | null, strokes: readonly MarkupStroke[], caption: string): Promise<Blob | null> {
  if (!source) return null;
  const doc = source.ownerDocument;
  const w = source.width || 640;
  const h = source.height || 480;
  const band = Math.max(28, Math.round(h * 0.06));
  const out = doc.createElement('canvas');
  out.width = w;
  out.height = h + band;
  const ctx = out.getContext('2d');
  if (!ctx) return null;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, w, h + band);
  ctx.drawImage(source, 0, 0, w, h);
  paintStrokes(ctx, strokes, w, h, Math.max(1, w / 900));
  ctx.fillStyle = '#111111';
  ctx.fillRect(0, h, w, band);
  ctx.fillStyle = '#ffffff';
  ctx.font = `${Math.round(band * 0.5)}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  ctx.fillText(caption, 12, h + band / 2, w - 24);
  return new Promise((resolve) => out.toBlob((b) => resolve(b), 'image/png'));
}

export function downloadBlob(blob: Blob, filename: string, doc: Document | undefined): void {
  if (!doc || typeof URL.createObjectURL !== 'function') return;
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename.replace(/[^\w.-]+/g, '-');
  a.rel = 'noopener';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
