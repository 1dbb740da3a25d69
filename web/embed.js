// Accord Atlas embed helper for publishers: add once to an article page that holds one or more
//   <iframe data-accord-atlas src="https://…/embed.html#c=…" …></iframe>
// It sizes each iframe to the height its content reports (no inner scrollbars, no layout jumps),
// and gives the page AccordAtlasEmbed.send(iframe, message) to drive an embed while the reader
// scrolls (see web/README.md for the messages). It changes nothing else on the page.
(() => {
  const frames = () => [...document.querySelectorAll('iframe[data-accord-atlas]')];
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || typeof data.type !== 'string' || !data.type.startsWith('accord-atlas:')) return;
    const frame = frames().find((f) => f.contentWindow === event.source);
    if (!frame) return;
    if (data.type === 'accord-atlas:height' && Number.isFinite(data.height) && data.height > 0 && data.height < 10000) {
      frame.style.height = `${Math.ceil(data.height)}px`;
    }
    frame.dispatchEvent(new CustomEvent('accord-atlas', { detail: data }));
  });
  window.AccordAtlasEmbed = {
    // message: {type: 'accord-atlas:set', view: {...}} | {type: 'accord-atlas:play'} | {type: 'accord-atlas:pause'}
    send(frame, message) {
      const origin = new URL(frame.src, location.href).origin;
      frame.contentWindow?.postMessage(message, origin);
    },
  };
})();
