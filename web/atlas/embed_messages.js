// The embed (embed.html in an article's iframe): the title and source line in HTML, its height and
// the reader's actions told to the article (postMessage, public facts only), the "Open full view"
// link kept on the current view, and the article's messages (set, play, pause, get-state),
// obeyed only from allowed origins (config.js). The protocol is documented in web/README.md.
import { configReady, embedOriginAllowed } from './config.js';
import { onInternal } from './events.js';
import { embedded, framed, root } from './page.js';
import { getState } from './state.js';

function postToParent(message) {
  // Heights and events carry only public facts, so any embedding page may hear them.
  if (framed) window.parent.postMessage(message, '*');
}

const reportHeight = () => postToParent({ type: 'accord-atlas:height', height: Math.ceil(root.getBoundingClientRect().height) });

export function updateEmbedText() {
  if (!embedded) return;
  const state = getState();
  if (!state.dataset) return;
  const title = document.getElementById('atlas-title');
  title.textContent = state.commitmentTitle ? `${state.commitmentTitle}: ${state.partyCount} parties on ${state.date}` : state.dataset.title;
  document.getElementById('atlas-source-text').textContent =
    `Source: ${state.dataset.title}, edition ${state.dataset.version} (facts checked to ${state.dataset.asOf})`;
}

// Answers the article's messages through the public API (`api`: window.accordAtlas).
export function answerMessages(api) {
  window.addEventListener('message', async (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || typeof data.type !== 'string' || !data.type.startsWith('accord-atlas:')) return;
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
  onInternal(name, (detail) => {
    postToParent({ type: 'accord-atlas:event', name, detail });
    updateEmbedText();
  });
}

onInternal('statechange', ({ hash }) => {
  const full = document.getElementById('atlas-full-view');
  if (full) full.href = `index.html#${hash}`;
});

// Once the app runs: the embed's texts, and its height whenever its size changes.
export function startEmbed() {
  updateEmbedText();
  if (framed) {
    new ResizeObserver(reportHeight).observe(root);
    reportHeight();
  }
}
