/**
 * Whether this document can create a WebGL 2 context (three needs WebGL 2). Asked once per document: every
 * probe creates a context (released at once, but counted against the page's cap while it lives), and eight
 * viewers asking for themselves made eight of them. jsdom has no WebGL and logs noisily if asked.
 */
const answers = new WeakMap<Document, boolean>();

export function webglAvailable(doc: Document | undefined = typeof document === 'undefined' ? undefined : document): boolean {
  if (!doc) return false;
  if (typeof navigator !== 'undefined' && /jsdom/i.test(navigator.userAgent)) return false;
  const known = answers.get(doc);
  if (known !== undefined) return known;
  let ok = false;
  try {
    const gl = doc.createElement('canvas').getContext('webgl2');
    ok = !!gl;
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    ok = false;
  }
  answers.set(doc, ok);
  return ok;
}
