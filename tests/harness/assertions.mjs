// Assertions over what a page did while it was open (see openPage's recorder).

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const NETWORK_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/** Requests that left the machine. data:, blob: and about: URLs never touch the network. */
export function externalRequests(urls) {
  return urls.filter((url) => {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      return true;
    }
    if (!NETWORK_PROTOCOLS.has(parsed.protocol)) return false;
    return !LOCAL_HOSTS.has(parsed.hostname);
  });
}

/**
 * Throws one error listing every console error, uncaught page error and request to a host other than
 * 127.0.0.1/localhost. `allowConsole` patterns exempt known, harmless console errors (say why at the call).
 * @param {import('./browser.mjs').Recorder} recorder
 * @param {{ allowConsole?: RegExp[] }} [options]
 */
export function assertNoErrorsNoExternalRequests(recorder, { allowConsole = [] } = {}) {
  const consoleErrors = recorder.consoleErrors.filter((text) => !allowConsole.some((re) => re.test(text)));
  const external = externalRequests(recorder.requests);
  const problems = [
    ...consoleErrors.map((t) => `console error: ${t}`),
    ...recorder.pageErrors.map((t) => `page error: ${t}`),
    ...external.map((u) => `external request: ${u}`),
  ];
  // Name the failing URLs next to Chromium's anonymous "Failed to load resource" lines.
  if (problems.length && recorder.httpErrors?.length) problems.push(...recorder.httpErrors.map((e) => `(${e})`));
  if (problems.length) throw new Error(`The page misbehaved:\n  ${problems.join('\n  ')}`);
}
