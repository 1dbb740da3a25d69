// The HTML twin of the canvas (#atlas-twin): what the map shows as a heading, a summary, the
// legend, a sortable table of parties with their sources, the selected party's record and the
// timeline's events, made by the wasm app from the same scene (src/scene/twin.cpp). The site
// build writes the default view's twin into the page (atlas-data render), so it is there before
// any script runs; from then on this module re-makes it when what it shows changes (once the
// view has stayed put for 300 ms, keeping the focus and the table's order), announces changes in
// a polite live region (a date while stepping or playing, at most every 1.5 s; a new commitment
// or mode by its title and summary; the selection), lets a row select its party on the map, and
// swaps the canvas for the view's SVG map when the page is printed, or while the reader's system
// forces its colours (forced-colors: the canvas paints its own colours, so it steps aside and
// the twin shows, with the map as an SVG whose colours are the data). In the embed, the twin is
// read by screen readers and shown in place of the map by the "Table" switch, or as soon as the
// keyboard focus enters it.
import * as bridge from './bridge.js';
import { onInternal } from './events.js';
import { canvas, embedded, root } from './page.js';

const section = document.getElementById('atlas-twin');
const body = document.getElementById('twin-body');
const title = document.getElementById('twin-title');
const subtitle = document.getElementById('twin-subtitle');
const live = document.getElementById('atlas-announce');
const tableSwitch = document.getElementById('twin-switch');
// The embed's own title and source line are the twin's (pre-rendered for the default view, so the
// first paint has them; re-made with it).
const graphicTitle = embedded ? document.getElementById('atlas-title') : null;
const graphicSource = embedded ? document.getElementById('atlas-source-text') : null;

const refreshDelayMs = 300;
const dateAnnouncementGapMs = 1500;
let refreshTimer = 0;
let lastTwin = null;
let lastKey = '';
let lastTheme;  // the link's t= when the page last took the theme's colours (undefined: never)
let selectionToAnnounce = false;
let order = { column: 0, descending: false };  // the reader's sort, kept across re-makes
let lastDateAnnouncedAt = 0;
let dateAnnouncementTimer = 0;
const forcedColors = window.matchMedia('(forced-colors: active)');

// [SECTION] announcements
function announce(text) {
  if (!live || !text) return;
  // The same text twice is announced again only if the region changes in between.
  live.textContent = live.textContent === text ? `${text}\u00a0` : text;
}

function announceDate() {
  const since = performance.now() - lastDateAnnouncedAt;
  clearTimeout(dateAnnouncementTimer);
  const say = () => {
    lastDateAnnouncedAt = performance.now();
    refreshTwin();  // while playing, the twin follows at the pace of the announcements
    announce(lastTwin?.announcement);
  };
  if (since >= dateAnnouncementGapMs) say();
  else dateAnnouncementTimer = setTimeout(say, dateAnnouncementGapMs - since);
}

// [SECTION] the table's order
function cellValue(row, column, kind) {
  const cell = row.cells[column];
  if (!cell) return '';
  if (kind === 'text') return cell.textContent.trim().toLocaleLowerCase();
  return cell.dataset.value ?? cell.textContent.trim();
}

function applyOrder() {
  const table = body.querySelector('table.twin-table');
  if (!table) return;
  const headers = [...table.tHead.rows[0].cells];
  const column = Math.min(order.column, headers.length - 1);
  const kind = headers[column].dataset.sort;
  const rows = [...table.tBodies[0].rows];
  const compare = (a, b) => {
    const x = cellValue(a, column, kind);
    const y = cellValue(b, column, kind);
    const byValue = kind === 'number' ? Number(x) - Number(y) : kind === 'text' ? x.localeCompare(y) : x < y ? -1 : x > y ? 1 : 0;
    return (order.descending ? -byValue : byValue) || cellValue(a, 0, 'text').localeCompare(cellValue(b, 0, 'text'));
  };
  rows.sort(compare);
  table.tBodies[0].append(...rows);
  headers.forEach((th, i) => {
    if (i === column) th.setAttribute('aria-sort', order.descending ? 'descending' : 'ascending');
    else th.removeAttribute('aria-sort');
  });
}

// [SECTION] re-making the twin
// Where the focus was, so that it comes back to the same control in the new twin.
function focusKey() {
  const active = document.activeElement;
  if (!active || !section.contains(active)) return null;
  if (active.dataset?.party) return { party: active.dataset.party };
  const th = active.closest('th');
  if (th) return { column: th.cellIndex };
  return null;
}

function restoreFocus(key) {
  if (!key) return;
  const target = key.party ? body.querySelector(`button.twin-party[data-party="${CSS.escape(key.party)}"]`)
    : body.querySelector(`thead th:nth-child(${key.column + 1}) button`);
  target?.focus({ preventScroll: true });
}

export function refreshTwin() {
  clearTimeout(refreshTimer);
  refreshTimer = 0;
  if (!section || !bridge.running()) return;
  const key = bridge.twinKey();
  if (key === lastKey) return;
  const twin = bridge.twin();
  if (!twin.html) return;
  lastKey = key;
  followTheme();
  document.documentElement.lang = twin.language;  // the twin, the title and the announcements speak it
  canvas.setAttribute('aria-label', twin.canvasLabel);
  const retitled = lastTwin && twin.title !== lastTwin.title;
  const focus = focusKey();
  if (title) title.textContent = twin.title;
  if (subtitle) subtitle.textContent = twin.subtitle;
  if (graphicTitle && graphicTitle.textContent !== twin.title) graphicTitle.textContent = twin.title;
  if (graphicSource && graphicSource.textContent !== twin.source) {
    graphicSource.textContent = twin.source;
    graphicSource.title = twin.source;  // the whole line, where a narrow column cuts it short
  }
  body.innerHTML = twin.html;  // made by the app from the dataset, every text escaped (scene/twin.cpp)
  applyOrder();
  restoreFocus(focus);
  lastTwin = twin;
  if (forcedColors.matches) drawViewMap();
  if (retitled) announce(`${twin.title}. ${twin.summary}`);
  else if (selectionToAnnounce) announce(twin.selection);
  selectionToAnnounce = false;
}

// The page around the map takes the map's colours (one source: the app's theme palette). The
// state's JSON is large, so it is read only when the theme changed: the view's link says the
// theme (t=), and is short.
function followTheme() {
  const theme = new URLSearchParams(bridge.viewHash()).get('t');
  if (theme === lastTheme) return;
  lastTheme = theme;
  const state = bridge.stateJson();
  const style = document.documentElement.style;
  style.setProperty('--atlas-bg', state.colors.background);
  style.setProperty('--atlas-text', state.colors.text);
  style.setProperty('--atlas-muted', state.colors.mutedText);
  style.setProperty('--atlas-link', state.colors.link);
  document.documentElement.dataset.theme = state.theme;
}

// Once the view has stayed put for a moment: a drag, a pan or playback re-makes it once, after.
function scheduleRefresh() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(refreshTwin, refreshDelayMs);
}

// [SECTION] the embed's Table switch
function showTable(shown) {
  if (!embedded || !tableSwitch) return;
  root.classList.toggle('show-table', shown);
  tableSwitch.setAttribute('aria-pressed', String(shown));
  if (shown) {
    // Over the canvas, at its size: the embed's height (and the article around it) stays put.
    section.style.top = `${canvas.offsetTop}px`;
    section.style.height = `${canvas.offsetHeight}px`;
  } else {
    section.style.top = '';
    section.style.height = '';
  }
}

// When the app cannot start (no WebAssembly or WebGL2), the embed shows the pre-rendered text
// version where the map would be, rather than an empty box.
export function showTwinInstead() {
  if (section && embedded) showTable(true);
}

// [SECTION] the view's SVG map in place of the canvas: in print (a WebGL canvas may print blank)
// and under forced colours
function drawViewMap() {
  if (!bridge.running()) return;
  const svg = bridge.viewSvg();
  if (!svg) return;
  let figure = document.getElementById('twin-view-map');
  if (!figure) {
    figure = Object.assign(document.createElement('figure'), { id: 'twin-view-map', className: 'twin-view-map' });
    section.querySelector('.twin-header')?.after(figure) ?? section.prepend(figure);
  }
  figure.innerHTML = svg;  // made by the app, every text escaped (scene/svg_map.cpp)
}

// Forced colours: the twin takes the canvas's place (the full view's CSS hides the canvas; the
// embed shows its table), with the view's map.
function followForcedColors() {
  if (forcedColors.matches) drawViewMap();
  if (embedded) showTable(forcedColors.matches);
}

export function startTwin() {
  if (!section || !body) return;
  refreshTwin();
  onInternal('statechange', scheduleRefresh);
  onInternal('datechange', () => { scheduleRefresh(); announceDate(); });
  onInternal('commitmentchange', scheduleRefresh);
  // Re-made once the clicks have settled (never inside a double-click), then announced.
  onInternal('select', () => { selectionToAnnounce = true; scheduleRefresh(); });
  body.addEventListener('click', (event) => {
    const party = event.target.closest('button.twin-party');
    if (party) {
      const selected = party.getAttribute('aria-pressed') === 'true';
      bridge.setView({ selected: selected ? null : party.dataset.party });
      bridge.requestFrame();
      return;
    }
    const sort = event.target.closest('th button.twin-sort');
    if (sort) {
      const column = sort.closest('th').cellIndex;
      order = { column, descending: order.column === column ? !order.descending : false };
      applyOrder();
    }
  });
  tableSwitch?.addEventListener('click', () => showTable(!root.classList.contains('show-table')));
  if (embedded) section.addEventListener('focusin', () => showTable(true));
  window.addEventListener('beforeprint', drawViewMap);
  followForcedColors();
  forcedColors.addEventListener('change', followForcedColors);
}
