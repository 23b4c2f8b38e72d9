import { useEffect, useMemo, useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { Canvas } from '@react-three/fiber';
import { OrbitControls } from '@react-three/drei/core/OrbitControls';
import { DoubleSide, MeshStandardMaterial } from 'three';
import { DERMATOME_ROOTS, PAIN_PATTERNS, createSpineModel, localizePainPattern, type SpineModel } from '@spine-explainer/anatomy';
import { DermatomeOverlay, SpineRoot, dermatomeCaption } from '@spine-explainer/react';

/**
 * "Where it hurts": pick a nerve root and see its dermatome shaded on the skin (evidence-based map of
 * Lee, McPhee & Stringer 2008), or pick a pain pattern (facet, SI joint, radicular). Our skin runs from the
 * head to the elbows and about 20 cm below the knees, so the caption says where a band continues beyond it.
 * The caption and the pattern names follow `locale` (English and Spanish ship; a clinic adds more by data).
 */
function Body({ model }: { model: SpineModel }) {
  const bone = useMemo(() => new MeshStandardMaterial({ color: '#f1e8d6', roughness: 0.8 }), []);
  const skin = useMemo(() => new MeshStandardMaterial({ color: '#f0c6a6', roughness: 0.8, transparent: true, opacity: 0.22, depthWrite: false, side: DoubleSide }), []);
  useEffect(() => () => { bone.dispose(); skin.dispose(); }, [bone, skin]);
  return (
    <>
      {model.structures.filter((s) => s.kind === 'bone').map((s) => <mesh key={s.id} geometry={s.geometry} material={bone} />)}
      <mesh geometry={model.get('skin')!.geometry} material={skin} renderOrder={2} />
    </>
  );
}

const LABELS = {
  en: { root: 'Nerve root', pattern: 'Pain pattern', language: 'Language', pick: 'Pick a nerve root or a pain pattern.' },
  es: { root: 'Raíz nerviosa', pattern: 'Patrón de dolor', language: 'Idioma', pick: 'Elija una raíz nerviosa o un patrón de dolor.' },
} as const;
type StoryLocale = keyof typeof LABELS;

function DermatomeExplorer({ initialRoot, initialPattern, color, locale: initialLocale = 'en' }: { initialRoot?: string; initialPattern?: string; color?: string; locale?: StoryLocale }) {
  const [model] = useState(() => createSpineModel({ quality: 'medium' }));
  useEffect(() => () => model.dispose(), [model]);
  const [root, setRoot] = useState<string | undefined>(initialRoot);
  const [pattern, setPattern] = useState<string | undefined>(initialPattern);
  const [locale, setLocale] = useState<StoryLocale>(initialLocale);
  useEffect(() => setLocale(initialLocale), [initialLocale]);
  const words = LABELS[locale];
  const caption = dermatomeCaption(root, pattern, locale);
  return (
    <div style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 760 }}>
      <div style={{ display: 'flex', gap: 16, alignItems: 'center', marginBottom: 8, flexWrap: 'wrap' }}>
        <label>
          {words.root}{' '}
          <select value={root ?? ''} onChange={(e) => { setRoot(e.target.value || undefined); if (e.target.value) setPattern(undefined); }}>
            <option value="">—</option>
            {DERMATOME_ROOTS.map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
        </label>
        <label>
          {words.pattern}{' '}
          <select value={pattern ?? ''} onChange={(e) => { setPattern(e.target.value || undefined); if (e.target.value) setRoot(undefined); }}>
            <option value="">—</option>
            {PAIN_PATTERNS.map((p) => <option key={p.id} value={p.id}>{localizePainPattern(p.id, locale).name}</option>)}
          </select>
        </label>
        <label>
          {words.language}{' '}
          <select value={locale} onChange={(e) => setLocale(e.target.value as StoryLocale)}>
            <option value="en">English</option>
            <option value="es">Español</option>
          </select>
        </label>
      </div>
      <div style={{ height: 520, background: '#eef2f5', borderRadius: 10 }}>
        <Canvas frameloop="demand" camera={{ fov: 30, near: 10, far: 8000, position: [900, 250, 2500] }}>
          <hemisphereLight args={['#ffffff', '#8899aa', 1.6]} />
          <directionalLight position={[600, 1200, 900]} intensity={1.6} />
          <OrbitControls makeDefault target={[0, 30, 0]} enableDamping={false} />
          <SpineRoot>
            <Body model={model} />
            <DermatomeOverlay model={model} root={root} pattern={pattern} color={color} />
          </SpineRoot>
        </Canvas>
      </div>
      <p aria-live="polite" lang={locale} style={{ minHeight: '3em', lineHeight: 1.4 }}>{caption ?? words.pick}</p>
    </div>
  );
}

const meta = {
  title: 'Scene/Dermatomes',
  component: DermatomeExplorer,
  tags: ['autodocs'],
  argTypes: {
    initialRoot: { control: 'select', options: [undefined, ...DERMATOME_ROOTS] },
    initialPattern: { control: 'select', options: [undefined, ...PAIN_PATTERNS.map((p) => p.id)] },
    color: { control: 'color' },
    locale: { control: 'inline-radio', options: ['en', 'es'] },
  },
} satisfies Meta<typeof DermatomeExplorer>;
export default meta;
type Story = StoryObj<typeof meta>;

export const L5Root: Story = { args: { initialRoot: 'L5' } };
export const C6Root: Story = { args: { initialRoot: 'C6' } };
export const T10Root: Story = { args: { initialRoot: 'T10' } };
export const LumbarFacet: Story = { args: { initialPattern: 'lumbar-facet' } };
export const SacroiliacJoint: Story = { args: { initialPattern: 'sacroiliac' } };
export const L5RootSpanish: Story = { name: 'L5 root (español)', args: { initialRoot: 'L5', locale: 'es' } };
export const SacroiliacJointSpanish: Story = { name: 'Sacroiliac joint (español)', args: { initialPattern: 'sacroiliac', locale: 'es' } };
