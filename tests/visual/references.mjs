#!/usr/bin/env node
// The reviewed reference screenshots under tests/visual/anatomy/, each with the arguments that make it, so that a
// change to the anatomy can re-shoot them all the same way and a reviewer can compare like with like.
//
//   node tests/visual/references.mjs                    re-shoot all into tests/visual/anatomy/
//   node tests/visual/references.mjs sacrum,l4 --outdir /tmp/ref   only names containing "sacrum" or "l4", elsewhere
//
// Each shot runs tests/visual/shoot-anatomy.mjs (see its header for the options).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

const LEVELS = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`), 'L1', 'L2', 'L3', 'L4', 'L5'];
const SIDES = ['left', 'right'];
const sided = (...names) => names.flatMap((n) => SIDES.map((s) => `${n}-${s}`));
const perLevel = (name, sidedToo) => LEVELS.flatMap((l) => (sidedToo ? SIDES.map((s) => `${name}-${l}-${s}`) : [`${name}-${l}`]));
const RIBS = perLevel('rib', true);
/** The posterior arch behind the canal (laminae, spinous processes, inferior articular processes, flava). */
const ROOF = [
  ...perLevel('lamina', true), ...perLevel('spinous-process'), ...perLevel('inferior-articular-process', true),
  ...LEVELS.slice(0, -1).map((l, i) => `ligamentum-flavum-${l}-${LEVELS[i + 1]}`), 'ligamentum-flavum-L5-S1',
];
const BONES = ['--kinds', 'bone,disc'];
const LUMBAR = ['--ids', 'vertebra-L3,vertebra-L4,vertebra-L5,sacrum,disc-L3-L4,disc-L4-L5,disc-L5-S1', '--focus', 'L4,L5', '--zoom', '1.05'];

/** Thoracic views from behind keep the ribs (they are what makes a thoracic level), not the shoulder girdle. */
const WITH_RIBS = ['--hide', ['skin', 'muscle', ...sided('scapula', 'humerus', 'clavicle', 'shoulder-joint')].join(',')];
/** Spine views from the side or obliquely: the shoulder girdle and the hip bones would stand in front. */
const SPINE_ONLY = ['--hide', ['skin', 'muscle', ...sided('scapula', 'humerus', 'clavicle', 'ilium', 'femur', 'sacroiliac-joint', 'hip-joint', 'shoulder-joint', 'tibia', 'fibula', 'patella', 'knee-joint'), ...RIBS].join(',')];
const WHOLE_SPINE = ['--focus', [...LEVELS, 'S1', 'Co'].join(',')];
const NEURAL = ['--hide', ['skin', 'muscle', 'space', ...sided('scapula', 'humerus', 'clavicle', 'ilium', 'femur', 'sacroiliac-joint', 'hip-joint', 'shoulder-joint'), ...RIBS].join(','), '--translucent', 'dura', '--size', '900x900'];
const NEURAL_OPEN = ['--hide', ['skin', 'muscle', 'space', ...sided('scapula', 'humerus', 'clavicle', 'ilium', 'femur', 'sacroiliac-joint', 'hip-joint', 'shoulder-joint'), ...RIBS, ...ROOF].join(','), '--translucent', 'dura', '--size', '900x900'];

/** name → arguments of shoot-anatomy.mjs */
export const REFERENCES = {
  'bones-spine-posterior': [...BONES, ...WITH_RIBS, ...WHOLE_SPINE, '--view', 'posterior'],
  'bones-spine-lateral': [...BONES, ...SPINE_ONLY, ...WHOLE_SPINE, '--view', 'lateral'],
  'bones-c1-c3-posterior': [...BONES, '--focus', 'C1,C2,C3', '--view', 'posterior'],
  'bones-c1-c3-lateral': [...BONES, ...SPINE_ONLY, '--focus', 'C1,C2,C3', '--view', 'lateral'],
  'bones-c1-c3-oblique': [...BONES, ...SPINE_ONLY, '--focus', 'C1,C2,C3', '--view', 'oblique-left'],
  'bones-c2-closeup': [...BONES, ...SPINE_ONLY, '--ids', 'vertebra-C2', '--focus', 'C2', '--view', 'oblique-left', '--zoom', '1.3', '--size', '700x700'],
  'bones-c2-lateral-closeup': [...BONES, ...SPINE_ONLY, '--ids', 'vertebra-C2', '--focus', 'C2', '--view', 'lateral', '--zoom', '1.3', '--size', '700x700'],
  'bones-c1-closeup': [...BONES, ...SPINE_ONLY, '--ids', 'vertebra-C1', '--focus', 'C1', '--view', 'superior', '--zoom', '1.5', '--size', '700x700'],
  'bones-cervical-posterior': [...BONES, '--focus', 'C3,C4,C5,C6,C7', '--view', 'posterior'],
  'bones-cervical-lateral': [...BONES, ...SPINE_ONLY, '--focus', 'C3,C4,C5,C6,C7', '--view', 'lateral'],
  'bones-cervical-anterior': [...BONES, ...SPINE_ONLY, '--focus', 'C3,C4,C5,C6,C7', '--view', 'anterior'],
  'bones-cervical-oblique': [...BONES, ...SPINE_ONLY, '--focus', 'C3,C4,C5,C6,C7', '--view', 'oblique-left'],
  'bones-t6-t8-posterior': [...BONES, ...WITH_RIBS, '--focus', 'T6,T7,T8', '--view', 'posterior'],
  'bones-t6-t8-lateral': [...BONES, ...SPINE_ONLY, '--focus', 'T6,T7,T8', '--view', 'lateral'],
  'bones-t6-t8-oblique': [...BONES, ...WITH_RIBS, '--focus', 'T6,T7,T8', '--view', 'oblique-left'],
  'bones-t7-closeup': [...BONES, ...SPINE_ONLY, '--ids', 'vertebra-T7', '--focus', 'T7', '--view', 'oblique-left', '--zoom', '1.3', '--size', '700x700'],
  'bones-l4-s1-posterior': [...LUMBAR, '--view', 'posterior'],
  'bones-l4-s1-lateral': [...LUMBAR, '--view', 'lateral'],
  'bones-l4-s1-oblique': [...LUMBAR, '--view', 'oblique-left'],
  'bones-l4-s1-oblique45': [...LUMBAR, '--view', 'oblique45-left'],
  'bones-l4-oblique-closeup': ['--ids', 'vertebra-L4', '--focus', 'L4', '--view', 'oblique-left', '--zoom', '1.2'],
  'bones-l4-superior': ['--ids', 'vertebra-L4', '--focus', 'L4', '--view', 'superior', '--zoom', '1.2'],
  'bones-l5-s1-posterior-oblique-caudal': ['--ids', 'vertebra-L5,sacrum,disc-L5-S1', '--focus', 'L5,S1', '--view', 'posterior-oblique-caudal'],
  'bones-sacrum-posterior': [...BONES, ...SPINE_ONLY, '--ids', 'sacrum,coccyx,vertebra-L5', '--focus', 'sacrum', '--view', 'posterior'],
  'bones-sacrum-lateral': [...BONES, ...SPINE_ONLY, '--ids', 'sacrum,coccyx,vertebra-L5', '--focus', 'sacrum', '--view', 'lateral'],
  'bones-sacrum-anterior': [...BONES, ...SPINE_ONLY, '--ids', 'sacrum,coccyx,vertebra-L5', '--focus', 'sacrum', '--view', 'anterior'],
  'bones-sacrum-closeup': [...BONES, ...SPINE_ONLY, '--ids', 'sacrum', '--focus', 'sacrum', '--view', 'posterior-oblique-caudal', '--zoom', '1.4', '--size', '700x700'],
  'neural-lumbar-canal-posterior': [...NEURAL_OPEN, '--focus', 'L3,L4,L5', '--view', 'posterior'],
  'neural-lumbar-foramina-lateral': [...NEURAL, '--focus', 'L3,L4,L5', '--view', 'lateral'],
  'neural-lumbar-medial-branches-oblique': [...NEURAL, '--focus', 'L3,L4,L5', '--view', 'oblique-left'],
  'neural-cervical-roots-lateral': [...NEURAL, '--focus', 'C4,C5,C6,C7', '--view', 'lateral'],
  'neural-gon-posterior': [...NEURAL, '--focus', 'C1,C2,greater-occipital-nerve-left,greater-occipital-nerve-right', '--view', 'posterior'],
  'neural-stellate-anterior': [...NEURAL, '--focus', 'C6,C7,T1', '--view', 'anterior'],
  'neural-sacral-canal-lateral': [...NEURAL, '--translucent', 'bone,dura', '--focus', 'sacrum', '--view', 'lateral'],
  'periphery-body-posterior': ['--size', '600x900', '--hide', 'none', '--translucent', 'skin', '--view', 'posterior'],
  'periphery-body-anterior': ['--size', '600x900', '--hide', 'none', '--translucent', 'skin', '--view', 'anterior'],
  'periphery-body-lateral': ['--size', '600x900', '--hide', 'none', '--translucent', 'skin', '--view', 'lateral'],
  'periphery-muscles-posterior': ['--size', '600x900', '--hide', 'skin', '--view', 'posterior'],
  'periphery-pelvis-posterior': [...BONES, '--focus', 'ilium-left,ilium-right,sacrum', '--view', 'posterior', '--zoom', '0.8', '--size', '800x650'],
  'periphery-pelvis-anterior': [...BONES, '--focus', 'ilium-left,ilium-right,sacrum', '--view', 'anterior', '--zoom', '0.8', '--size', '800x650'],
  'periphery-pelvis-hip-bone-oblique': ['--view', 'oblique-left', '--ids', 'ilium-left,femur-left,sacrum,coccyx', '--focus', 'ilium-left', '--zoom', '1.3'],
  'periphery-hip-anterior-closeup': ['--view', 'anterior', '--ids', 'ilium-left,femur-left', '--focus', 'ilium-left', '--zoom', '1.5'],
  'periphery-pelvis-coccyx-lateral': ['--ids', 'sacrum,coccyx', '--focus', 'sacrum,coccyx', '--view', 'lateral', '--zoom', '1.5', '--size', '700x700'],
  'periphery-hip-lateral': ['--kinds', 'bone,joint', '--focus', 'hip-joint-left,ilium-left', '--zoom', '1.1', '--view', 'lateral', '--size', '700x700'],
  'periphery-knee-anterior': ['--kinds', 'bone,joint,nerve', '--focus', 'knee-joint-left', '--view', 'anterior', '--size', '700x700'],
  'periphery-knee-lateral': ['--kinds', 'bone,joint,nerve', '--focus', 'knee-joint-left', '--view', 'lateral', '--size', '700x700'],
  'periphery-knee-posterior': ['--kinds', 'bone,joint,nerve', '--focus', 'knee-joint-left', '--view', 'posterior', '--size', '700x700'],
  'periphery-shoulder-closeup-posterior': [...['--ids', 'scapula-left,humerus-left,clavicle-left,shoulder-joint-left,subacromial-bursa-left,suprascapular-nerve-left', '--focus', 'scapula-left', '--zoom', '1.1'], '--view', 'posterior'],
  'periphery-shoulder-closeup-lateral': [...['--ids', 'scapula-left,humerus-left,clavicle-left,shoulder-joint-left,subacromial-bursa-left,suprascapular-nerve-left', '--focus', 'scapula-left', '--zoom', '1.1'], '--view', 'lateral'],
  'periphery-shoulder-closeup-superior': [...['--ids', 'scapula-left,humerus-left,clavicle-left,shoulder-joint-left,subacromial-bursa-left,suprascapular-nerve-left', '--focus', 'scapula-left', '--zoom', '1.1'], '--view', 'superior'],
  'periphery-shoulder-posterior': ['--kinds', 'bone,joint,nerve', '--focus', 'scapula-left,humerus-left', '--view', 'posterior', '--size', '800x700'],
  'periphery-shoulder-anterior': ['--kinds', 'bone,joint,nerve', '--focus', 'scapula-left,humerus-left', '--view', 'anterior', '--size', '800x700'],
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const outdirAt = argv.indexOf('--outdir');
  const outdir = outdirAt >= 0 ? argv[outdirAt + 1] : join(here, 'anatomy');
  const filters = argv.filter((a, i) => !a.startsWith('--') && (outdirAt < 0 || i !== outdirAt + 1)).flatMap((a) => a.split(','));
  mkdirSync(outdir, { recursive: true });
  let failed = 0;
  for (const [name, args] of Object.entries(REFERENCES)) {
    if (filters.length && !filters.some((f) => name.includes(f))) continue;
    const out = join(outdir, `${name}.png`);
    const r = spawnSync(process.execPath, [join(here, 'shoot-anatomy.mjs'), '--size', '800x800', ...args, '--out', out], { encoding: 'utf8' });
    const ok = r.status === 0 && !/"errors":\[[^\]]/.test(r.stdout);
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : `\n${r.stdout}${r.stderr}`}`);
  }
  process.exitCode = failed ? 1 : 0;
}
