// Events, on two channels kept apart. The public bus is what window.accordAtlas.on() offers: the
// documented events of web/README.md, dispatched on a later task (setTimeout 0), outside the wasm
// frame that caused them, so a host's listener may call straight back into the API (set(),
// getState(), …). The private channel carries the page's own plumbing: the app asking for the
// full edition or the detailed outlines, a download, the first map frame. Its handlers run right
// after the wasm call that emitted the event has returned, and no host ever hears it. The wasm
// app emits every event through one hook (bridge.js); fromApp sorts them onto the channels.

// The documented events (web/README.md, `on(event, fn)`): the page's own (datasetload, error) and
// those the wasm app marks public when it emits them (src/scene/outbox.cpp names each event once,
// with whether it is public); on() warns about any other name.
export const publicEvents = new Set(['select', 'datechange', 'commitmentchange', 'statechange', 'datasetload', 'error', 'share', 'activate']);

const listeners = new Map();  // public: event name -> Set of host listeners
const handlers = new Map();   // private: event name -> Set of the page's handlers

function subscribe(table, event, fn) {
  if (!table.has(event)) table.set(event, new Set());
  table.get(event).add(fn);
  return () => table.get(event).delete(fn);
}

function call(table, event, detail, who) {
  for (const fn of [...(table.get(event) ?? [])]) {
    try { fn(detail); } catch (err) { console.warn(`accordAtlas: ${who} of '${event}' failed:`, err); }
  }
}

// The API's on(): returns the unsubscribe function. Internal events never reach it.
export function on(event, fn) {
  if (!publicEvents.has(event)) console.warn(`accordAtlas: '${event}' is not an event of the API (${[...publicEvents].join(', ')})`);
  return subscribe(listeners, event, fn);
}

// Tells the host's listeners, on a later task.
export function emit(event, detail) {
  setTimeout(() => call(listeners, event, detail, 'a listener'), 0);
}

// The page's own handler of an event of the app, public or not.
export const onInternal = (event, fn) => subscribe(handlers, event, fn);

// Every event of the wasm app (through the bridge, from inside its frame): the page's handlers
// once the wasm call has returned, then, for the events the app marks public, the host's listeners.
export function fromApp(name, jsonText, isPublic) {
  const detail = JSON.parse(jsonText);
  queueMicrotask(() => call(handlers, name, detail, 'the handler'));
  if (isPublic) {
    if (!publicEvents.has(name)) console.warn(`accordAtlas: the app's public event '${name}' is missing from web/README.md and publicEvents`);
    emit(name, detail);
  }
}
