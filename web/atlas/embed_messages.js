// The embed (embed.html in an article's iframe): its height and the reader's actions told to the
// article (postMessage, public facts only), the "Open full view" link kept on the current view,
// and the article's messages (set, play, pause, get-state), obeyed only from allowed origins
// (config.js). The article's web/embed.js reserves the height; the embed fills it and asks for
// more only when its content needs more. It says when it is ready, and answers a late embed.js's
// hello. The protocol is documented in web/README.md. (The title and the source line are the
// twin's: twin.js.)
import { configReady, embedOriginAllowed } from './config.js';
import { onInternal } from './events.js';
import { canvas, framed, root } from './page.js';

let ready = false;

function postToParent(message) {
  // Heights and events carry only public facts, so any embedding page may hear them.
  if (framed) window.parent.postMessage(message, '*');
}

// What the embed needs: its content with the canvas at its least height (embed.html's CSS), not
// the extra height the canvas takes when the iframe is given more.
function neededHeight() {
  const grown = canvas.offsetHeight - (parseFloat(getComputedStyle(canvas).minHeight) || 0);
  return Math.ceil(root.scrollHeight - Math.max(0, grown));
}

const reportHeight = () => postToParent({ type: 'accord-atlas:height', height: neededHeight() });

// Answers the article's messages through the public API (`api`: window.accordAtlas).
export function answerMessages(api) {
  window.addEventListener('message', async (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || typeof data.type !== 'string' || !data.type.startsWith('accord-atlas:')) return;
    if (data.type === 'accord-atlas:hello') {  // a late embed.js: the height, and whether it is ready (public facts)
      if (event.source === window.parent) {
        reportHeight();
        if (ready) postToParent({ type: 'accord-atlas:ready' });
      }
      return;
    }
    await configReady;
    if (!embedOriginAllowed(event.origin)) return;  // not in config.json's embed.allowedOrigins: ignored
    const reply = (message) => event.source?.postMessage({ ...message, id: data.id }, event.origin);
    if (data.type === 'accord-atlas:set') reply({ type: 'accord-atlas:result', result: await api.set(data.view) });
    else if (data.type === 'accord-atlas:play') { await api.ready; api.play(); reply({ type: 'accord-atlas:result', result: { ok: true } }); }
    else if (data.type === 'accord-atlas:pause') { await api.ready; api.pause(); reply({ type: 'accord-atlas:result', result: { ok: true } }); }
    else if (data.type === 'accord-atlas:get-state') { await api.ready; reply({ type: 'accord-atlas:state', state: api.getState() }); }
  });
}

for (const name of ['select', 'datechange', 'commitmentchange']) {
  onInternal(name, (detail) => postToParent({ type: 'accord-atlas:event', name, detail }));
}

onInternal('statechange', ({ hash }) => {
  const full = document.getElementById('atlas-full-view');
  if (full) full.href = `index.html#${hash}`;
});

// From the start (before the app runs, and if it cannot): the height the embed needs, whenever
// its size changes.
export function followEmbedHeight() {
  if (!framed) return;
  new ResizeObserver(reportHeight).observe(root);
  reportHeight();
}

// Once the app runs and its data is in: the article may drive it now.
export function startEmbed() {
  ready = true;
  postToParent({ type: 'accord-atlas:ready' });
}
