import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROCEDURE_IDS } from '@spine-explainer/procedures';
import { spineExplainerCss } from '@spine-explainer/react';
import { hoistTokens } from '../src/styles';
import { parseAllowedOrigins } from '../src/frame';
import { parseAttributes } from '../src/parse';
import { POSTERS } from '../src/posters.generated';

describe('hoistTokens', () => {
  it('moves token defaults to :host so the page can override them', () => {
    const css = `.sx-root {\n  --sx-accent: #0b6bcb;\n  display: flex;\n  color: var(--sx-fg);\n}\n.sx-theme-dark { --sx-accent: #6cb6ff; }\n.sx-chip { color: red; }\n@media (x) { .sx-root { --sx-keep: 1; } }`;
    const out = hoistTokens(css);
    expect(out).toContain(':host { --sx-accent: #0b6bcb; }');
    expect(out).toContain(':host([theme="dark" i]) { --sx-accent: #6cb6ff; }');
    expect(out).toContain('.sx-root { display: flex; color: var(--sx-fg); }');
    expect(out).not.toMatch(/\.sx-theme-dark/);
    expect(out).toContain('.sx-chip { color: red; }');
    expect(out).toContain('@media (x) { .sx-root { --sx-keep: 1; } }');
  });
});

describe('hoistTokens on the viewer\'s stylesheet', () => {
  // The element's frame (.sx-embed) paints with these, so a dark theme must reach :host, not only the inner root.
  it('puts the dark theme\'s background and text colour on :host([theme="dark"])', () => {
    const out = hoistTokens(spineExplainerCss);
    const dark = /:host\(\[theme="dark" i\]\) \{([^}]*)\}/.exec(out)?.[1] ?? '';
    expect(dark).toMatch(/--sxv-bg: var\(--sx-bg, #14181d\)/);
    expect(dark).toMatch(/--sxv-fg: var\(--sx-fg, #e6edf3\)/);
    expect(/:host \{([^}]*)\}/.exec(out)?.[1]).toMatch(/--sxv-bg: var\(--sx-bg, #ffffff\)/);
    expect(out).not.toMatch(/\.sx-theme-dark\s*\{/);
  });
});

describe('parseAllowedOrigins', () => {
  it('keeps exact http(s) origins and drops wildcards, paths and junk', () => {
    const set = parseAllowedOrigins('https://clinic.example, http://127.0.0.1:8080 * https://x.example/path javascript:alert(1) ftp://a.b https://ok.example/');
    expect([...set]).toEqual(['https://clinic.example', 'http://127.0.0.1:8080', 'https://ok.example']);
    expect(parseAllowedOrigins(null).size).toBe(0);
  });
});

describe('parseAttributes', () => {
  it('defaults, normalises case and reports what it cannot use', () => {
    expect(parseAttributes({}).props).toMatchObject({ layout: 'compact', theme: 'light', locale: 'en', readingLevel: 'patient' });
    const { props, problems } = parseAttributes({ level: ' co ', theme: 'High-Contrast', locale: '12', step: '0', 'reading-level': 'expert' });
    expect(props).toMatchObject({ level: 'Co', theme: 'high-contrast', locale: 'en', step: undefined, readingLevel: 'patient' });
    expect(problems.map((p) => p.attribute)).toEqual(['locale', 'step', 'reading-level']);
    expect(problems[0]!.message).toMatch(/"12".*language tag/);
  });

  it('accepts regional tags of available languages and explains unavailable ones', () => {
    expect(parseAttributes({ locale: 'es-419' }).props.locale).toBe('es');
    const { props, problems } = parseAttributes({ locale: 'fr-CA' });
    expect(props.locale).toBe('en');
    expect(problems[0]!.message).toContain('not available (available: en, es)');
  });
});

describe('posters', () => {
  it('covers every procedure id of DESIGN §2 with a text-free SVG', () => {
    const ids = ['medial-branch-block', 'selective-nerve-root-block', 'stellate-ganglion-block', 'lumbar-sympathetic-block',
      'occipital-nerve-block', 'genicular-nerve-block', 'suprascapular-nerve-block', 'epidural-interlaminar',
      'epidural-transforaminal', 'epidural-caudal', 'facet-joint-injection', 'radiofrequency-ablation',
      'trigger-point-injection', 'knee-joint-injection', 'hip-joint-injection', 'shoulder-joint-injection',
      'sacroiliac-joint-injection', 'scs-trial', 'scs-permanent'];
    expect(Object.keys(POSTERS).sort()).toEqual([...ids].sort());
    // …and every procedure of the real catalog, should it grow.
    for (const id of PROCEDURE_IDS) expect(Object.keys(POSTERS)).toContain(id);
    for (const svg of Object.values(POSTERS)) {
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg).not.toMatch(/<text|style=|<script|href=/);
    }
  });
});

describe('assets/posters', () => {
  it('is in step with the drawings (node packages/embed/scripts/build-posters.mjs --check)', () => {
    const script = fileURLToPath(new URL('../scripts/build-posters.mjs', import.meta.url));
    expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
