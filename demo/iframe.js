// The iframe demo: frame.html configured by URL parameters and driven by postMessage. The frame
// accepts commands only from the origins listed in its `allowed-origins` parameter (here: this page).
const params = new URLSearchParams(location.search);
const frameOrigin = params.get('frame-origin') ?? location.origin;
const iframe = document.getElementById('explainer');
const log = document.getElementById('log');

const src = new URL('/embed/frame.html', frameOrigin);
src.search = new URLSearchParams({
  procedure: params.get('procedure') ?? 'epidural-interlaminar',
  level: params.get('level') ?? 'L4-L5',
  'allowed-origins': location.origin,
}).toString();
iframe.src = src.href;
document.getElementById('src').textContent = src.href;

const write = (line) => {
  log.textContent += `${new Date().toISOString().slice(11, 19)}  ${line}\n`;
  log.scrollTop = log.scrollHeight;
};

window.received = [];
window.addEventListener('message', (event) => {
  // Trust only the frame we embedded, at the origin we loaded it from.
  if (event.origin !== frameOrigin || event.source !== iframe.contentWindow) return;
  const data = event.data;
  if (!data || data.type !== 'spine-explainer') return;
  window.received.push(data);
  // Fit the iframe to the explainer's height, so nothing scrolls inside it.
  if (data.event === 'resize') {
    iframe.style.height = `${data.detail.height}px`;
    return;
  }
  if (data.event) write(`event ${data.event} ${JSON.stringify(data.detail)}`);
  else if ('reply' in data) write(`reply #${data.reply} ${data.ok ? 'ok' : `failed: ${data.error}`}`);
});

let nextId = 1;
const send = (message) => {
  const id = nextId++;
  iframe.contentWindow.postMessage({ type: 'spine-explainer', id, ...message }, frameOrigin);
  write(`sent #${id} ${JSON.stringify(message)}`);
  return id;
};
window.sendToFrame = send;

for (const button of document.querySelectorAll('[data-command]')) {
  button.addEventListener('click', () => send({ command: button.dataset.command }));
}
document.getElementById('procedure').addEventListener('change', (e) => {
  const [procedure, level = null, side = null] = e.target.value.split('|');
  send({ command: 'set', attributes: { procedure, level, side, step: '1' } });
});
document.getElementById('theme').addEventListener('change', (e) => send({ command: 'set', attributes: { theme: e.target.value } }));
document.getElementById('locale').addEventListener('change', (e) => send({ command: 'set', attributes: { locale: e.target.value } }));
