#!/usr/bin/env node
// Draws the no-WebGL poster of every procedure as a small schematic SVG (no text, so it needs no
// translation), writes assets/posters/<id>.svg, and inlines them into packages/embed/src/posters.generated.ts
// so the bundle shows them without a request.
//   node packages/embed/scripts/build-posters.mjs           write
//   node packages/embed/scripts/build-posters.mjs --check   exit 1 if the files on disk are stale
// Drawn at each procedure's default level and side, patient seen from behind (the 3D scene's
// posterior view) unless the poster says otherwise: the patient's left is on the viewer's left.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const W = 480;
const H = 320;

// ---------------------------------------------------------------------------------------------
// Palette and primitives
// ---------------------------------------------------------------------------------------------

const C = {
  bg: '#eef2f5',
  skin: '#f3ddd0',
  skinLine: '#d9b8a6',
  muscle: '#e3b3a8',
  muscleLine: '#c98f82',
  bone: '#f4ecd8',
  boneLine: '#8a7a5c',
  disc: '#a9c1d3',
  discLine: '#6f8ea6',
  nerve: '#e7b416',
  nerveLine: '#a47d00',
  dura: '#cfe0ea',
  target: '#d9480f',
  spread: 'rgba(47,158,68,0.35)',
  spreadLine: '#2f9e44',
  needle: '#2b2f36',
  hub: '#1c7ed6',
  lead: '#5f3dc4',
  device: '#495057',
};

const f = (n) => Number(n.toFixed(1));
const pts = (list) => list.map(([x, y]) => `${f(x)},${f(y)}`).join(' ');
const bone = (d) => `<path d="${d}" fill="${C.bone}" stroke="${C.boneLine}" stroke-width="1.5" stroke-linejoin="round"/>`;
const rrect = (x, y, w, h, r, fill = C.bone, stroke = C.boneLine) =>
  `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" rx="${r}" fill="${fill}" stroke="${stroke}" stroke-width="1.5"/>`;
const ellipse = (cx, cy, rx, ry, fill, stroke, sw = 1.5, extra = '') =>
  `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(ry)}" fill="${fill}" stroke="${stroke}" stroke-width="${sw}"${extra}/>`;
const line = (x1, y1, x2, y2, stroke, sw, extra = '') =>
  `<line x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}" stroke="${stroke}" stroke-width="${sw}" stroke-linecap="round"${extra}/>`;
const curve = (d, stroke, sw, extra = '') => `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${sw}" stroke-linecap="round"${extra}/>`;

/** A needle from the skin (x1,y1) to its tip (x2,y2), hub outside the skin, and a target ring at the tip. */
function needle(x1, y1, x2, y2, { kind = 'spinal', ring = true } = {}) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len = Math.hypot(dx, dy);
  const ux = dx / len;
  const uy = dy / len;
  const hubLen = kind === 'tuohy' ? 22 : 16;
  const hx = x1 - ux * hubLen;
  const hy = y1 - uy * hubLen;
  const out = [
    ring ? ellipse(x2, y2, 9, 9, 'none', C.target, 2, ' stroke-dasharray="3 2"') : '',
    line(x1, y1, x2, y2, C.needle, kind === 'tuohy' ? 3 : 2),
    line(hx, hy, x1 - ux * 2, y1 - uy * 2, kind === 'radiofrequency' ? C.target : C.hub, 6),
  ];
  if (kind === 'radiofrequency') out.push(ellipse(x2 - ux * 5, y2 - uy * 5, 9, 5, 'rgba(217,72,15,0.35)', 'none', 0,
    ` transform="rotate(${f((Math.atan2(dy, dx) * 180) / Math.PI)} ${f(x2 - ux * 5)} ${f(y2 - uy * 5)})"`));
  if (kind === 'tuohy') out.push(line(x2, y2, x2 + uy * 3, y2 - ux * 3, C.needle, 3));
  return out.join('');
}

const glow = (cx, cy, rx, ry = rx) => ellipse(cx, cy, rx, ry, 'rgba(217,72,15,0.22)', C.target, 2);
const spread = (cx, cy, rx, ry, rot = 0) =>
  `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(ry)}" fill="${C.spread}" stroke="${C.spreadLine}" stroke-width="1" transform="rotate(${rot} ${f(cx)} ${f(cy)})"/>`;

function svg(body, { background = C.bg } = {}) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}"><rect width="${W}" height="${H}" fill="${background}"/>${body}</svg>`;
}

// ---------------------------------------------------------------------------------------------
// Regions
// ---------------------------------------------------------------------------------------------

/**
 * Lumbar spine from behind: L1..L5 and the sacrum, with pedicles, transverse and spinous processes.
 * Returns the drawing and a map of anchor points per level.
 */
function lumbarPosterior({ top = 'L1', roots = false, sacrum = true, pelvis = false } = {}) {
  const names = ['T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5'];
  const start = names.indexOf(top);
  const levels = names.slice(start);
  const cx = W / 2;
  const pitch = (H - (sacrum ? 95 : 20)) / levels.length;
  const bodyW = 92;
  const parts = [];
  const at = {};
  if (pelvis) {
    parts.push(bone(`M ${cx - 48} ${H - 92} C ${cx - 120} ${H - 150}, ${cx - 210} ${H - 130}, ${cx - 225} ${H - 60} C ${cx - 215} ${H - 20}, ${cx - 150} ${H - 5}, ${cx - 70} ${H - 15} Z`));
    parts.push(bone(`M ${cx + 48} ${H - 92} C ${cx + 120} ${H - 150}, ${cx + 210} ${H - 130}, ${cx + 225} ${H - 60} C ${cx + 215} ${H - 20}, ${cx + 150} ${H - 5}, ${cx + 70} ${H - 15} Z`));
  }
  levels.forEach((name, i) => {
    const y = 12 + i * pitch;
    const h = pitch * 0.7;
    const lumbar = name.startsWith('L');
    const tp = lumbar ? 44 + (name === 'L3' ? 12 : name === 'L1' ? -6 : 0) : 30;
    // transverse processes
    parts.push(rrect(cx - bodyW / 2 - tp, y + h * 0.25, tp + 10, h * 0.3, 6));
    parts.push(rrect(cx + bodyW / 2 - 10, y + h * 0.25, tp + 10, h * 0.3, 6));
    // body, seen through the arch
    parts.push(rrect(cx - bodyW / 2, y, bodyW, h, 9));
    // pedicles ("eyes")
    parts.push(ellipse(cx - bodyW / 2 + 17, y + h * 0.32, 9, 12, '#e8dcc0', C.boneLine, 1.2));
    parts.push(ellipse(cx + bodyW / 2 - 17, y + h * 0.32, 9, 12, '#e8dcc0', C.boneLine, 1.2));
    // lamina and spinous process
    parts.push(bone(`M ${cx - 26} ${y + h * 0.55} Q ${cx} ${y + h * 0.35} ${cx + 26} ${y + h * 0.55} L ${cx + 9} ${y + h + 6} Q ${cx} ${y + h + 12} ${cx - 9} ${y + h + 6} Z`));
    at[name] = {
      y, h,
      pedicleL: [cx - bodyW / 2 + 17, y + h * 0.32],
      pedicleR: [cx + bodyW / 2 - 17, y + h * 0.32],
      tpRootL: [cx - bodyW / 2 - 4, y + h * 0.4],
      tpRootR: [cx + bodyW / 2 + 4, y + h * 0.4],
      facetBelowL: [cx - 27, y + h + (pitch - h) / 2],
      facetBelowR: [cx + 27, y + h + (pitch - h) / 2],
      foramenL: [cx - bodyW / 2 + 12, y + h * 0.32 + 20],
      foramenR: [cx + bodyW / 2 - 12, y + h * 0.32 + 20],
      interlaminar: [cx, y + h + (pitch - h) / 2],
      spinous: [cx, y + h],
    };
    if (i < levels.length - 1 || sacrum) {
      // disc edge peeking out between bodies
      parts.push(rrect(cx - bodyW / 2 + 3, y + h + 1, bodyW - 6, pitch - h - 2, 3, C.disc, C.discLine));
    }
  });
  if (sacrum) {
    const y = 12 + levels.length * pitch;
    parts.push(bone(`M ${cx - 62} ${y} L ${cx + 62} ${y} Q ${cx + 58} ${y + 40} ${cx + 22} ${H - 6} L ${cx - 22} ${H - 6} Q ${cx - 58} ${y + 40} ${cx - 62} ${y} Z`));
    for (let k = 0; k < 3; k++) {
      parts.push(ellipse(cx - 26 + k * 1.5, y + 18 + k * 20, 5, 4, '#e0d2b0', C.boneLine, 1));
      parts.push(ellipse(cx + 26 - k * 1.5, y + 18 + k * 20, 5, 4, '#e0d2b0', C.boneLine, 1));
    }
    at.S1 = {
      y, h: 40,
      pedicleL: [cx - 40, y + 8], pedicleR: [cx + 40, y + 8],
      foramenL: [cx - 26, y + 18], foramenR: [cx + 26, y + 18],
      siL: [cx - 58, y + 30], siR: [cx + 58, y + 30],
      hiatus: [cx, H - 12],
    };
  }
  if (roots) {
    for (const name of [...levels, 'S1'].filter((n) => n.startsWith('L') || n === 'S1')) {
      const a = at[name];
      if (!a) continue;
      for (const side of [-1, 1]) {
        const [fx, fy] = side < 0 ? a.foramenL : a.foramenR;
        parts.push(curve(`M ${f(fx)} ${f(fy)} q ${side * 30} 10 ${side * 52} 44`, C.nerve, 5));
        parts.push(curve(`M ${f(fx)} ${f(fy)} q ${side * 30} 10 ${side * 52} 44`, C.nerveLine, 1, ' stroke-opacity="0.6"'));
      }
    }
  }
  return { body: parts.join(''), at, cx };
}

/** Lumbar spine from the patient's left: bodies to the left (anterior), spinous processes to the right. */
function lumbarLateral({ top = 'L1', sacrum = true, chain = false } = {}) {
  const names = ['L1', 'L2', 'L3', 'L4', 'L5'];
  const levels = names.slice(names.indexOf(top));
  const parts = [];
  const at = {};
  const pitch = (H - (sacrum ? 110 : 20)) / levels.length;
  const bx = 150; // anterior edge of bodies
  const bw = 92;
  // skin of the back
  parts.push(curve(`M ${W - 40} 0 Q ${W - 70} ${H / 2} ${W - 40} ${H}`, C.skinLine, 3));
  // dural sac behind the bodies
  parts.push(`<path d="M ${bx + bw + 4} 0 L ${bx + bw + 34} 0 L ${bx + bw + 34} ${H - 90} Q ${bx + bw + 20} ${H - 60} ${bx + bw + 6} ${H - 80} Z" fill="${C.dura}" stroke="#7aa6c2" stroke-width="1"/>`);
  levels.forEach((name, i) => {
    const y = 10 + i * pitch;
    const h = pitch * 0.74;
    parts.push(rrect(bx, y, bw, h, 8));
    parts.push(rrect(bx + 4, y + h + 1, bw - 8, pitch - h - 2, 4, C.disc, C.discLine));
    // pedicle + lamina + spinous process
    parts.push(bone(`M ${bx + bw} ${y + 8} L ${bx + bw + 40} ${y + 4} L ${bx + bw + 58} ${y + h * 0.5} L ${bx + bw + 120} ${y + h * 0.45} Q ${bx + bw + 128} ${y + h * 0.75} ${bx + bw + 116} ${y + h} L ${bx + bw + 56} ${y + h + 2} L ${bx + bw + 36} ${y + h * 0.7} L ${bx + bw} ${y + h * 0.6} Z`));
    at[name] = {
      y, h,
      bodyFront: [bx + 6, y + h * 0.55],
      interlaminar: [bx + bw + 38, y + h + (pitch - h) / 2 + 2],
      epidural: [bx + bw + 30, y + h + (pitch - h) / 2 + 2],
      skinAt: (yy) => [W - 40 - 30 * (1 - ((2 * yy) / H - 1) ** 2), yy],
    };
  });
  if (sacrum) {
    const y = 10 + levels.length * pitch;
    parts.push(bone(`M ${bx + 10} ${y} L ${bx + bw + 60} ${y - 4} Q ${bx + bw + 70} ${y + 60} ${bx + bw + 30} ${H - 14} L ${bx + bw + 6} ${H - 10} Q ${bx + 20} ${y + 70} ${bx + 10} ${y} Z`));
    at.S1 = { y, hiatus: [bx + bw + 24, H - 26], canal: [bx + bw + 10, y + 60] };
  }
  if (chain) {
    const pts2 = levels.map((n) => [at[n].bodyFront[0] - 2, at[n].y + at[n].h * 0.5]);
    parts.push(`<polyline points="${pts(pts2)}" fill="none" stroke="${C.nerve}" stroke-width="4" stroke-dasharray="2 6" stroke-linecap="round"/>`);
    for (const [x, y] of pts2) parts.push(ellipse(x, y, 5, 5, C.nerve, C.nerveLine, 1));
  }
  return { body: parts.join(''), at, bx, bw };
}

/** Back of the neck and head: cervical spine from behind, occiput, greater occipital nerves. */
function neckPosterior({ occipital = false } = {}) {
  const cx = W / 2;
  const parts = [];
  const at = {};
  // head and shoulders outline
  parts.push(`<path d="M ${cx - 120} ${H} Q ${cx - 110} ${H - 70} ${cx - 60} ${H - 90} L ${cx - 52} 150 Q ${cx - 115} 130 ${cx - 110} 60 Q ${cx - 100} -20 ${cx} -22 Q ${cx + 100} -20 ${cx + 110} 60 Q ${cx + 115} 130 ${cx + 52} 150 L ${cx + 60} ${H - 90} Q ${cx + 110} ${H - 70} ${cx + 120} ${H} Z" fill="${C.skin}" stroke="${C.skinLine}" stroke-width="2"/>`);
  // occiput
  parts.push(bone(`M ${cx - 88} 92 Q ${cx} 40 ${cx + 88} 92 Q ${cx + 60} 125 ${cx} 128 Q ${cx - 60} 125 ${cx - 88} 92 Z`));
  const names = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'T1'];
  names.forEach((name, i) => {
    const y = 134 + i * 22;
    const w = name === 'C1' ? 78 : name === 'T1' ? 70 : 58;
    parts.push(rrect(cx - w / 2, y, w, 15, 6));
    parts.push(bone(`M ${cx - 7} ${y + 4} L ${cx + 7} ${y + 4} L ${cx + 4} ${y + 22} L ${cx - 4} ${y + 22} Z`));
    at[name] = { y, w, tubercleL: [cx - w / 2 + 4, y + 8], tubercleR: [cx + w / 2 - 4, y + 8] };
  });
  if (occipital) {
    for (const side of [-1, 1]) {
      parts.push(curve(`M ${cx + side * 18} 170 Q ${cx + side * 30} 130 ${cx + side * 36} 100 Q ${cx + side * 44} 70 ${cx + side * 40} 30`, C.nerve, 5));
    }
    at.gonL = [cx - 35, 104];
    at.gonR = [cx + 35, 104];
  }
  return { body: parts.join(''), at, cx };
}

/** Front of the lower neck: C5–T1, trachea, the stellate ganglion at C7–T1. */
function neckAnterior() {
  const cx = W / 2;
  const parts = [];
  parts.push(`<path d="M ${cx - 150} ${H} Q ${cx - 120} ${H - 60} ${cx - 80} ${H - 80} L ${cx - 70} 0 L ${cx + 70} 0 L ${cx + 80} ${H - 80} Q ${cx + 120} ${H - 60} ${cx + 150} ${H} Z" fill="${C.skin}" stroke="${C.skinLine}" stroke-width="2"/>`);
  const at = {};
  ['C4', 'C5', 'C6', 'C7', 'T1', 'T2'].forEach((name, i) => {
    const y = 20 + i * 46;
    parts.push(rrect(cx - 40, y, 80, 34, 7));
    parts.push(rrect(cx - 40 - 22, y + 8, 24, 14, 5));
    parts.push(rrect(cx + 38, y + 8, 24, 14, 5));
    at[name] = { y, tubercleL: [cx + 56, y + 15], tubercleR: [cx - 56, y + 15] };
  });
  // trachea, offset to the front of the spine (drawn semi-transparent over it)
  parts.push(`<rect x="${cx - 18}" y="0" width="36" height="${H}" rx="14" fill="rgba(166,196,214,0.55)" stroke="#7aa6c2" stroke-width="1"/>`);
  for (let y = 8; y < H; y += 16) parts.push(line(cx - 16, y, cx + 16, y, '#7aa6c2', 1.5));
  // sympathetic chains and stellate ganglia (viewer's right = patient's left, seen from the front)
  for (const side of [-1, 1]) {
    const x = cx + side * 50;
    parts.push(line(x, 10, x, H - 20, C.nerve, 3, ' stroke-dasharray="3 5"'));
    parts.push(ellipse(x, at.C7.y + 40, 9, 15, C.nerve, C.nerveLine, 1));
  }
  at.stellateL = [cx + 50, at.C7.y + 40];
  at.stellateR = [cx - 50, at.C7.y + 40];
  return { body: parts.join(''), at, cx };
}

/** Left knee from the front: femur, patella, tibia, fibula; lateral side on the viewer's right. */
function kneeAnterior() {
  const cx = W / 2;
  const parts = [];
  parts.push(`<path d="M ${cx - 95} 0 L ${cx + 95} 0 Q ${cx + 110} ${H / 2} ${cx + 85} ${H} L ${cx - 85} ${H} Q ${cx - 110} ${H / 2} ${cx - 95} 0 Z" fill="${C.skin}" stroke="${C.skinLine}" stroke-width="2"/>`);
  parts.push(bone(`M ${cx - 40} 0 L ${cx + 40} 0 L ${cx + 46} 110 Q ${cx + 80} 130 ${cx + 74} 158 Q ${cx + 40} 172 ${cx + 8} 160 Q ${cx} 166 ${cx - 8} 160 Q ${cx - 40} 172 ${cx - 74} 158 Q ${cx - 80} 130 ${cx - 46} 110 Z`));
  parts.push(bone(`M ${cx - 76} 174 Q ${cx} 164 ${cx + 76} 174 Q ${cx + 74} 200 ${cx + 44} 210 L ${cx + 38} ${H} L ${cx - 38} ${H} L ${cx - 44} 210 Q ${cx - 74} 200 ${cx - 76} 174 Z`));
  parts.push(bone(`M ${cx + 60} 210 Q ${cx + 74} 206 ${cx + 76} 220 L ${cx + 70} ${H} L ${cx + 56} ${H} L ${cx + 56} 222 Z`));
  parts.push(`<path d="M ${cx - 72} 166 Q ${cx} 158 ${cx + 72} 166" fill="none" stroke="${C.discLine}" stroke-width="4" stroke-opacity="0.6"/>`);
  parts.push(ellipse(cx, 128, 34, 40, C.bone, C.boneLine, 1.5, ' fill-opacity="0.92"'));
  const at = {
    superolateral: [cx + 50, 104], superomedial: [cx - 50, 104], inferomedial: [cx - 48, 196],
    suprapatellar: [cx + 28, 82], joint: [cx + 20, 120],
  };
  return { body: parts.join(''), at, cx };
}

/** Left hip from the front: half pelvis, femoral head and neck; lateral on the viewer's right. */
function hipAnterior() {
  const cx = W / 2;
  const parts = [];
  parts.push(bone(`M 60 30 Q 200 -10 300 40 Q 330 90 300 130 Q 270 150 260 175 Q 230 230 170 250 Q 120 262 90 230 Q 110 180 80 130 Q 40 80 60 30 Z`));
  parts.push(ellipse(150, 232, 34, 22, C.bg, C.boneLine, 1.5)); // obturator foramen
  parts.push(bone(`M 268 150 Q 300 128 322 150 Q 338 176 322 196 L 380 238 Q 410 232 418 252 L 430 ${H} L 350 ${H} L 352 282 L 306 214 Q 282 204 270 186 Q 256 168 268 150 Z`));
  parts.push(`<path d="M 262 146 Q 300 116 334 150" fill="none" stroke="${C.discLine}" stroke-width="4" stroke-opacity="0.6"/>`);
  const at = { headNeck: [322, 198], skin: [cx + 170, 40] };
  return { body: parts.join(''), at, cx };
}

/** Left shoulder from behind: scapula with spine and acromion, humeral head; medial on the viewer's right. */
function shoulderPosterior({ notch = false } = {}) {
  const parts = [];
  parts.push(`<path d="M 0 70 Q 120 20 300 40 L ${W} 60 L ${W} ${H} L 0 ${H} Z" fill="${C.skin}" stroke="${C.skinLine}" stroke-width="2"/>`);
  // scapula body (medial border to the right)
  parts.push(bone(`M 190 88 L 400 76 L 380 300 Q 300 250 220 170 Q 180 130 190 88 Z`));
  // spine of scapula + acromion
  parts.push(bone(`M 392 112 L 240 92 Q 200 84 150 74 Q 128 72 124 86 Q 130 100 160 102 L 236 112 Z`));
  // humeral head and shaft
  parts.push(bone(`M 120 96 Q 80 96 70 130 Q 64 164 96 180 L 100 ${H} L 150 ${H} L 146 180 Q 176 150 166 120 Q 156 96 120 96 Z`));
  parts.push(`<path d="M 164 108 Q 178 136 166 164" fill="none" stroke="${C.discLine}" stroke-width="4" stroke-opacity="0.6"/>`);
  const at = { glenohumeral: [162, 136], notch: [262, 90], skin: [60, 200] };
  if (notch) {
    parts.push(curve('M 300 40 Q 280 70 262 90 Q 230 140 210 190', C.nerve, 5));
  }
  return { body: parts.join(''), at };
}

/** Upper back from behind, trapezius and levator scapulae with trigger points. */
function upperBack() {
  const cx = W / 2;
  const parts = [];
  parts.push(`<path d="M ${cx - 40} 0 L ${cx + 40} 0 Q ${cx + 60} 60 ${cx + 200} 90 Q ${cx + 240} 110 ${cx + 240} ${H} L ${cx - 240} ${H} Q ${cx - 240} 110 ${cx - 200} 90 Q ${cx - 60} 60 ${cx - 40} 0 Z" fill="${C.skin}" stroke="${C.skinLine}" stroke-width="2"/>`);
  parts.push(`<path d="M ${cx} 0 Q ${cx - 50} 70 ${cx - 190} 98 Q ${cx - 130} 150 ${cx} ${H - 10} Q ${cx + 130} 150 ${cx + 190} 98 Q ${cx + 50} 70 ${cx} 0 Z" fill="${C.muscle}" stroke="${C.muscleLine}" stroke-width="1.5"/>`);
  for (let k = 1; k < 6; k++) {
    parts.push(curve(`M ${cx} ${k * 40} Q ${cx - 60} ${70 + k * 20} ${cx - 150 + k * 14} ${110 + k * 22}`, C.muscleLine, 1, ' stroke-opacity="0.6"'));
    parts.push(curve(`M ${cx} ${k * 40} Q ${cx + 60} ${70 + k * 20} ${cx + 150 - k * 14} ${110 + k * 22}`, C.muscleLine, 1, ' stroke-opacity="0.6"'));
  }
  for (let y = 10; y < H; y += 26) parts.push(rrect(cx - 7, y, 14, 16, 4));
  const at = { triggerL: [cx - 96, 104], triggerR: [cx + 96, 104] };
  return { body: parts.join(''), at, cx };
}

// ---------------------------------------------------------------------------------------------
// Posters
// ---------------------------------------------------------------------------------------------

function mbb(kind) {
  const s = lumbarPosterior({ top: 'L1' });
  // L4 medial branch lies on the L5 SAP–TP junction (DESIGN §3); left side on the viewer's left.
  const [tx, ty] = s.at.L5.tpRootL;
  const [tx2, ty2] = s.at.L4.tpRootL;
  return svg(s.body + glow(tx, ty - 4, 8) + glow(tx2, ty2 - 4, 8)
    + needle(tx - 70, ty + 52, tx + 2, ty - 4, { kind }) + needle(tx2 - 70, ty2 + 52, tx2 + 2, ty2 - 4, { kind }));
}

const POSTERS = {
  'medial-branch-block': () => mbb('spinal'),
  'radiofrequency-ablation': () => mbb('radiofrequency'),
  'facet-joint-injection': () => {
    const s = lumbarPosterior({ top: 'L1' });
    const [x, y] = s.at.L4.facetBelowL;
    return svg(s.body + glow(x, y, 7, 11) + spread(x, y, 6, 12) + needle(x - 60, y + 60, x, y));
  },
  'selective-nerve-root-block': () => {
    const s = lumbarPosterior({ top: 'L1', roots: true });
    const [x, y] = s.at.L5.foramenL;
    return svg(s.body + glow(x - 4, y + 4, 10) + needle(x - 80, y + 40, x - 4, y + 2));
  },
  'epidural-transforaminal': () => {
    const s = lumbarPosterior({ top: 'L1', roots: true });
    const [x, y] = s.at.L4.foramenL;
    return svg(s.body + spread(x + 4, y + 2, 22, 9, -60) + glow(x - 2, y - 4, 9) + needle(x - 76, y + 36, x - 2, y - 4));
  },
  'epidural-interlaminar': () => {
    const s = lumbarLateral({ top: 'L1' });
    const [x, y] = s.at.L4.epidural;
    return svg(s.body + spread(x + 2, y, 8, 38) + glow(x, y, 9) + needle(W - 62, y + 6, x + 4, y, { kind: 'tuohy' }));
  },
  'epidural-caudal': () => {
    const s = lumbarLateral({ top: 'L3' });
    const [hx, hy] = s.at.S1.hiatus;
    const [cx2, cy2] = s.at.S1.canal;
    return svg(s.body + spread(cx2, cy2 - 10, 7, 46, -10) + glow(hx - 4, hy - 8, 9) + needle(hx + 74, hy - 2, hx - 4, hy - 8));
  },
  'lumbar-sympathetic-block': () => {
    const s = lumbarLateral({ top: 'L1', chain: true });
    const [x, y] = s.at.L3.bodyFront;
    return svg(s.body + spread(x - 4, y, 8, 30) + glow(x - 2, y, 9) + needle(W - 60, y + 30, x - 2, y));
  },
  'sacroiliac-joint-injection': () => {
    const s = lumbarPosterior({ top: 'L3', pelvis: true });
    const [x, y] = s.at.S1.siL;
    return svg(s.body + glow(x - 4, y + 34, 8, 12) + needle(x - 40, y + 110, x - 4, y + 34));
  },
  'scs-trial': () => scs('trial'),
  'scs-permanent': () => scs('implanted'),
  'stellate-ganglion-block': () => {
    const s = neckAnterior();
    const [x, y] = s.at.C6.tubercleL;
    const [gx, gy] = s.at.stellateL;
    return svg(s.body + glow(gx, gy, 12, 18) + spread(x - 4, y + 40, 10, 40) + glow(x, y, 8) + needle(x + 70, y - 30, x, y));
  },
  'occipital-nerve-block': () => {
    const s = neckPosterior({ occipital: true });
    const [x, y] = s.at.gonL;
    return svg(s.body + glow(x, y, 9) + spread(x, y, 12, 8) + needle(x - 20, y + 70, x, y));
  },
  'genicular-nerve-block': () => {
    const s = kneeAnterior();
    const out = ['superolateral', 'superomedial', 'inferomedial'].map((k) => {
      const [x, y] = s.at[k];
      const side = x > s.cx ? 1 : -1;
      return glow(x, y, 8) + needle(x + side * 70, y - 20, x, y);
    });
    return svg(s.body + out.join(''));
  },
  'knee-joint-injection': () => {
    const s = kneeAnterior();
    const [x, y] = s.at.suprapatellar;
    return svg(s.body + spread(s.cx, 92, 50, 22) + glow(x, y, 9) + needle(x + 90, y - 24, x, y));
  },
  'hip-joint-injection': () => {
    const s = hipAnterior();
    const [x, y] = s.at.headNeck;
    return svg(s.body + spread(x - 6, y - 20, 20, 30, 35) + glow(x, y, 9) + needle(x + 60, y - 150, x, y));
  },
  'shoulder-joint-injection': () => {
    const s = shoulderPosterior();
    const [x, y] = s.at.glenohumeral;
    return svg(s.body + spread(x - 6, y, 12, 28) + glow(x, y, 9) + needle(x + 120, y + 90, x, y));
  },
  'suprascapular-nerve-block': () => {
    const s = shoulderPosterior({ notch: true });
    const [x, y] = s.at.notch;
    return svg(s.body + glow(x, y, 10) + spread(x, y + 8, 16, 10) + needle(x - 10, y - 80, x, y));
  },
  'trigger-point-injection': () => {
    const s = upperBack();
    const [x, y] = s.at.triggerL;
    return svg(s.body + glow(x, y, 11) + needle(x - 60, y - 60, x, y));
  },
};

function scs(kind) {
  const s = lumbarPosterior({ top: 'T10', sacrum: true });
  // A trial lead enters between T12 and L2 and its tip sits at T8 (above the top of this picture).
  const [ex, ey] = s.at.L1.interlaminar;
  const tipY = -10;
  const leadPath = `M ${f(ex - 6)} ${f(ey)} C ${f(ex - 4)} ${f(ey - 40)}, ${f(ex - 2)} ${f(ey - 90)}, ${f(s.cx - 2)} ${tipY}`;
  const contacts = [];
  for (let k = 0; k < 8; k++) contacts.push(rrect(s.cx - 5, 6 + k * 9, 8, 6, 2, C.lead, '#3b2a80'));
  const device = kind === 'trial'
    ? rrect(W - 120, H - 80, 84, 52, 10, '#dee2e6', C.device) + line(W - 120, H - 54, ex - 4, ey + 12, C.lead, 2, ' stroke-dasharray="5 4"')
    : ellipse(W - 96, H - 50, 46, 28, '#ced4da', C.device, 2) + curve(`M ${W - 140} ${H - 50} Q ${ex + 40} ${H - 40} ${ex - 6} ${ey + 10}`, C.lead, 2.5);
  return svg(s.body + curve(leadPath, C.lead, 4) + contacts.join('') + device
    + needle(ex - 40, ey + 60, ex - 6, ey + 2, { kind: 'tuohy', ring: false }));
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

const check = process.argv.includes('--check');
const outDir = join(root, 'assets/posters');
const moduleFile = join(root, 'packages/embed/src/posters.generated.ts');
const entries = Object.entries(POSTERS).map(([id, draw]) => [id, draw()]);
const moduleText = `// Generated by packages/embed/scripts/build-posters.mjs from the same drawings as assets/posters/*.svg.
// Do not edit: run \`node packages/embed/scripts/build-posters.mjs\`.
/** No-WebGL poster per procedure id: a text-free schematic SVG. */
export const POSTERS: Readonly<Record<string, string>> = {
${entries.map(([id, text]) => `  ${JSON.stringify(id)}: ${JSON.stringify(text)},`).join('\n')}
};
`;

let stale = 0;
const write = (file, text) => {
  let current;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) return;
  stale++;
  if (check) {
    console.error(`stale: ${file}`);
    return;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};
for (const [id, text] of entries) write(join(outDir, `${id}.svg`), `${text}\n`);
write(moduleFile, moduleText);
const bytes = entries.reduce((n, [, t]) => n + t.length, 0);
console.log(`${entries.length} posters, ${(bytes / 1024).toFixed(1)} KiB of SVG${check ? (stale ? `, ${stale} stale` : ', up to date') : ''}`);
if (check && stale) process.exitCode = 1;
