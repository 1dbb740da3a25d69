// Accord Atlas embed helper for publishers: add once to an article page that holds one or more
//   <iframe data-accord-atlas src="https://…/embed.html#c=…" …></iframe>
// It reserves each iframe's height as soon as it runs, from the column's width, so the article
// does not move when the map loads (the embed fills the height it is given, the map taking what
// the title and source lines leave); it grows an iframe only when its content needs more (the
// table, a long error). It gives the page AccordAtlasEmbed.send(iframe, message) to drive an embed
// while the reader scrolls (see web/README.md for the messages): a message sent before the embed
// is ready waits for it. A late script (a CMS that defers it) says hello, and each embed answers
// with its height and whether it is ready. It changes nothing else on the page.
(() => {
  if (window.AccordAtlasEmbed) return;  // added twice: the first one serves
  const frames = () => [...document.querySelectorAll('iframe[data-accord-atlas]')];
  const originOf = (frame) => new URL(frame.src, location.href).origin;
  const asked = new WeakMap();    // frame -> the height its content asked for (CSS px)
  const widths = new WeakMap();   // frame -> the width its height was reserved for
  const readyFrames = new WeakSet();
  const waiting = new WeakMap();  // frame -> messages sent before it was ready

  // The height an embed needs at a column width: the title (two lines at most), the map canvas
  // (web/style.css: below 760 px the world at half the width, five lines of legend and the phone
  // timeline; from 760 px 0.62 of the width and the timeline) and the two source lines. A test
  // (tests/browser/embed.test.mjs) holds this to what the embed asks for at 300 to 1000 px.
  const chromeCss = 52 + 52;
  const reservedHeight = (width) => Math.ceil(chromeCss + (width < 760 ? width * 0.5 + 360 : width * 0.62 + 118));

  function size(frame) {
    const width = frame.getBoundingClientRect().width;
    if (!width) return;
    widths.set(frame, width);
    const height = Math.max(reservedHeight(width), asked.get(frame) ?? 0);
    if (frame.style.height !== `${height}px`) frame.style.height = `${height}px`;
  }

  const post = (frame, message) => frame.contentWindow?.postMessage(message, originOf(frame));

  function start(frame) {
    if (widths.has(frame)) return;
    size(frame);
    post(frame, { type: 'accord-atlas:hello' });  // an embed that has loaded already answers
  }

  const resized = new ResizeObserver((entries) => {
    for (const { target } of entries) if (target.getBoundingClientRect().width !== widths.get(target)) size(target);
  });
  function startAll() {
    for (const frame of frames()) {
      start(frame);
      resized.observe(frame);
    }
  }

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || typeof data.type !== 'string' || !data.type.startsWith('accord-atlas:')) return;
    const frame = frames().find((f) => f.contentWindow === event.source);
    if (!frame) return;
    if (data.type === 'accord-atlas:height' && Number.isFinite(data.height) && data.height > 0 && data.height < 10000) {
      asked.set(frame, Math.ceil(data.height));
      size(frame);
    } else if (data.type === 'accord-atlas:ready' && !readyFrames.has(frame)) {
      readyFrames.add(frame);
      for (const message of waiting.get(frame) ?? []) post(frame, message);
      waiting.delete(frame);
    }
    frame.dispatchEvent(new CustomEvent('accord-atlas', { detail: data }));
  });

  window.AccordAtlasEmbed = {
    // message: {type: 'accord-atlas:set', view: {...}} | {type: 'accord-atlas:play'} | {type: 'accord-atlas:pause'} | …
    // Before the embed is ready, messages wait and go in order once it is.
    send(frame, message) {
      if (readyFrames.has(frame)) {
        post(frame, message);
        return;
      }
      if (!waiting.has(frame)) waiting.set(frame, []);
      waiting.get(frame).push(message);
      if (widths.has(frame)) post(frame, { type: 'accord-atlas:hello' });  // (start says hello itself)
      else start(frame);
    },
    // The height reserved for an embed in a column this wide (CSS px).
    reservedHeight,
  };

  startAll();
  // Iframes the page adds later (a CMS that renders late) are found on the next load events.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', startAll);
  window.addEventListener('load', startAll);
})();
