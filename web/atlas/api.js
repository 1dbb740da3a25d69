// The public JS API, window.accordAtlas (documented in web/README.md; host pages, the embed's
// message handler and the browser tests use it). Each member is a thin wrapper: calls that change
// or read the app wait for `ready` where they always have, and answer a harmless default before
// the app runs where they always have. Keep it backwards compatible: members are only added.
import * as bridge from './bridge.js';
import { on } from './events.js';
import { embedCode, exportCsv, exportDataset, exportPng, exportSvg } from './exports.js';
import { loadDataset, loadDetailGeometry, loadFullEdition } from './loading.js';
import { getState } from './state.js';
import { link } from './url_state.js';
import { markThemeChosen } from './theme.js';

// `ready`: resolves once the app runs and the first dataset and map loads were tried.
export function createApi(ready) {
  const whenReady = (fn) => async (...args) => { await ready; return fn(...args); };
  const whenRunning = (fn, otherwise = () => undefined) => (...args) => (bridge.running() ? fn(...args) : otherwise());
  return {
    ready,
    getState,
    loadDataset: whenReady(loadDataset),
    on,
    // Changes what the map shows; resolves to {ok, errors}. Nothing changes when a field is invalid.
    set: whenReady((view) => {
      const reply = bridge.setView(view ?? {});
      if (reply.ok && view?.theme) markThemeChosen();
      return reply;
    }),
    parties: whenRunning(bridge.parties, () => []),
    // The party under a CSS pixel of the canvas (relative to its top-left corner), or null.
    partyAt: whenRunning(bridge.partyAt, () => null),
    // Where a party is shown, in CSS pixels relative to the canvas, or null when it cannot be seen.
    screenPos: whenRunning((partyId) => bridge.screenPos(String(partyId)), () => null),
    legend: whenRunning(bridge.legend, () => []),
    play: whenRunning(bridge.play),
    pause: whenRunning(bridge.pause),
    statusOf,
    link,
    exportCsv,
    exportSvg,
    exportDataset: whenReady(exportDataset),
    loadFullEdition: whenReady(loadFullEdition),
    // The overview is in place first, so it can never replace the detail.
    loadDetailGeometry: whenReady(loadDetailGeometry),
    exportPng: whenReady(exportPng),
    embedCode,
    framesDrawn: whenRunning(bridge.framesDrawn, () => 0),
    frameCosts: whenRunning(bridge.frameCosts, () => []),
    requestFrame: whenRunning(bridge.requestFrame),
  };
}

// {status, action, date, confidence, sources: [{url, publisher}], note} of a party in a commitment
// on a date (YYYY-MM-DD); throws on an unknown party, commitment or a malformed date.
function statusOf(partyId, commitmentId, date) {
  if (!bridge.running()) throw new Error('Accord Atlas is not ready');
  const result = bridge.statusOf(String(partyId), String(commitmentId), String(date));
  if (result.error) throw new Error(result.error);
  return result;
}
