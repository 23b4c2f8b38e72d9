import qrcode from 'qrcode-generator';

/** QR modules of `text` (error correction M, smallest version that fits). */
export function qrMatrix(text: string): boolean[][] {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
}

/** One SVG path (`M x y h1 v1 h-1 z` per dark module) with a 4-module quiet zone; scales cleanly when printed. */
export function qrSvgPath(text: string): { size: number; d: string } {
  const m = qrMatrix(text);
  const q = 4;
  let d = '';
  m.forEach((row, r) => row.forEach((dark, c) => { if (dark) d += `M${c + q} ${r + q}h1v1h-1z`; }));
  return { size: m.length + 2 * q, d };
}
