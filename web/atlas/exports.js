// Exports: the CSV of what is shown, the dataset as loaded (the full edition first), a PNG of the
// map that can be cited on its own (title, date, legend and source line drawn in; the legend from
// legend(), the same entries the app draws), the iframe snippet of the current view, and the
// downloads the app's controls ask for on the private event channel ("download": csv, json, png,
// offline, embed-code).
import * as bridge from './bridge.js';
import { onInternal } from './events.js';
import { datasetTextAsLoaded, loadFullEdition } from './loading.js';
import { canvas, saveFile, showEmbedCodeDialog } from './page.js';
import { getState } from './state.js';
import { syncCanvasSize } from './canvas_size.js';
import { link } from './url_state.js';

export const exportCsv = () => (bridge.running() ? bridge.exportCsv() : '');
// The map of what is shown as SVG text (src/scene/svg_map.cpp), '' before the map loads.
export const exportSvg = () => (bridge.running() ? bridge.viewSvg() : '');

// The dataset as loaded, as text; from a lean edition loaded by address, the full edition is
// loaded first (a lean edition handed over as bytes or an object has no address to resolve it).
export async function exportDataset() {
  await loadFullEdition();
  return datasetTextAsLoaded();
}

// The legend's swatch: its colour, hatched or dotted like the map where the entry says so.
function drawSwatch(ctx, entry, x, y, size) {
  ctx.fillStyle = entry.color;
  ctx.fillRect(x, y, size, size);
  if (entry.dotted) {
    ctx.fillStyle = entry.dotColor;
    for (const fx of [0.3, 0.7]) for (const fy of [0.3, 0.7]) { ctx.beginPath(); ctx.arc(x + size * fx, y + size * fy, Math.max(1, size * 0.12), 0, 2 * Math.PI); ctx.fill(); }
  }
  if (!entry.hatched) return;
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, size, size);
  ctx.clip();
  ctx.strokeStyle = entry.hatchColor;
  for (let k = -size; k < size; k += 4) { ctx.beginPath(); ctx.moveTo(x + k, y + size); ctx.lineTo(x + k + size, y); ctx.stroke(); }
  ctx.restore();
}

// `text` broken into lines no wider than `maxWidth` in the context's font: at spaces, and a word
// longer than a line (a link) between its characters.
function wrapLines(ctx, text, maxWidth) {
  const lines = [];
  let line = '';
  const fits = (candidate) => ctx.measureText(candidate).width <= maxWidth;
  for (const word of String(text).split(' ')) {
    const tried = line ? `${line} ${word}` : word;
    if (fits(tried)) {
      line = tried;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const character of word) {
      if (line && !fits(line + character)) {
        lines.push(line);
        line = '';
      }
      line += character;
    }
  }
  if (line) lines.push(line);
  return lines;
}

// A PNG of the map at `scale` x its CSS width (1, 2 or 4), as a graphic that can be cited on its
// own: the title and what it counts as of when (the twin's), the map, the legend with its counts
// and note, and the source line with the view's link. At world zoom the map is as high as the
// world needs (a phone's tall canvas would leave sea above and below); zoomed in, it is the view.
// Texts wrap to the picture's width; the legend takes two columns where they fit. Resolves to a Blob.
export async function exportPng(scale = 2) {
  if (![1, 2, 4].includes(scale)) throw new Error('scale must be 1, 2 or 4');
  const state = getState();
  const { cssWidth: width, cssHeight: canvasHeight } = state.viewport;
  const height = state.map.zoom > 1.001 ? canvasHeight : Math.min(canvasHeight, Math.ceil(width * state.layout.worldAspect));
  const legendEntries = bridge.legend();
  const { title, subtitle, source } = bridge.twin();  // the graphic's title, what it counts as of when, its source
  const padding = 14, line = 20, small = 17;
  const fonts = { title: '600 16px system-ui, sans-serif', body: '13px system-ui, sans-serif', caption: '12px system-ui, sans-serif' };
  const textWidth = width - 2 * padding;
  // The texts' lines first: they decide the picture's height.
  const measure = document.createElement('canvas').getContext('2d');
  const linesOf = (text, font, maxWidth = textWidth) => { measure.font = font; return wrapLines(measure, text, maxWidth); };
  const titleLines = linesOf(title || state.dataset.title, fonts.title);
  const subtitleLines = linesOf(subtitle || state.date, fonts.body);
  const legendHeading = legendEntries[0]?.heading;  // the overview's scale has a line above it
  const legendNote = legendEntries[0]?.note;  // a partial list: how much of it is known
  const columns = width >= 600 && !legendEntries[0]?.heading ? 2 : 1;
  const columnWidth = textWidth / columns;
  const entryLines = legendEntries.map((entry) => linesOf(entry.text, fonts.body, columnWidth - 24));
  const rowHeights = [];
  for (let i = 0; i < entryLines.length; i += columns) rowHeights.push(Math.max(...entryLines.slice(i, i + columns).map((l) => l.length)) * small + (line - small));
  const noteLines = legendNote ? linesOf(legendNote, fonts.body) : [];
  const sourceLines = [...linesOf(source, fonts.caption), ...linesOf(link(), fonts.caption)];  // the view's link on its own line
  const headerHeight = padding + titleLines.length * line + subtitleLines.length * small + padding / 2;
  const legendHeight = (legendHeading ? line : 0) + rowHeights.reduce((a, b) => a + b, 0) + noteLines.length * small;
  const footerHeight = padding + legendHeight + padding / 2 + sourceLines.length * small + padding;
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  bridge.setExportMode(true);
  bridge.setViewport(width, height, scale, false);
  bridge.drawNow();
  const picture = document.createElement('canvas');
  picture.width = Math.round(width * scale);
  picture.height = Math.round((headerHeight + height + footerHeight) * scale);
  const ctx = picture.getContext('2d');
  ctx.scale(scale, scale);
  // The margins and texts take the map's own colours (getState().colors), the swatches legend()'s.
  const colours = state.colors;
  ctx.fillStyle = colours.background;
  ctx.fillRect(0, 0, width, headerHeight + height + footerHeight);
  ctx.drawImage(canvas, 0, headerHeight, width, height);  // same task as the draw: the buffer is still there
  bridge.setExportMode(false);
  syncCanvasSize();
  bridge.drawNow();
  const write = (lines, font, colour, top, step, x = padding) => {
    ctx.font = font;
    ctx.fillStyle = colour;
    lines.forEach((text, i) => ctx.fillText(text, x, top + i * step));
    return top + lines.length * step;
  };
  let y = padding + 12;
  y = write(titleLines, fonts.title, colours.text, y, line);
  write(subtitleLines, fonts.body, colours.mutedText, y - line + small, small);
  y = headerHeight + height + padding;
  if (legendHeading) y = write([legendHeading], fonts.body, colours.text, y + 11, line) - 11;
  for (let row = 0; row < rowHeights.length; row++) {
    for (let c = 0; c < columns; c++) {
      const i = row * columns + c;
      if (i >= legendEntries.length) break;
      const x = padding + c * columnWidth;
      drawSwatch(ctx, legendEntries[i], x, y, 12);
      write(entryLines[i], fonts.body, colours.text, y + 11, small, x + 18);  // the line the canvas draws (label and count)
    }
    y += rowHeights[row];
  }
  y = write(noteLines, fonts.body, colours.mutedText, y + 11, small) - 11;
  write(sourceLines, fonts.caption, colours.mutedText, y + padding / 2 + 12, small);
  return new Promise((resolve) => picture.toBlob(resolve, 'image/png'));
}

// The iframe snippet for the current view, for a newsroom's CMS.
export function embedCode() {
  const site = new URL('.', location.href).href;
  const hash = bridge.running() ? bridge.viewHash() : '';
  const title = `Accord Atlas: ${getState().commitmentTitle ?? 'AI governance commitments'}`.replaceAll('"', '&quot;');
  // The height is a stand-in for a page without embed.js (which sets the exact one at once).
  return `<iframe data-accord-atlas src="${site}embed.html#${hash}" style="width:100%;height:760px;border:0" title="${title}" loading="lazy"></iframe>\n` +
    `<script src="${site}web/embed.js"></script>`;
}

onInternal('download', async ({ kind }) => {
  const state = getState();
  const base = `accord-atlas-${state.commitment ?? 'all'}-${state.date ?? ''}`;
  if (kind === 'csv') saveFile(`${base}.csv`, new Blob([exportCsv()], { type: 'text/csv' }));
  else if (kind === 'json') saveFile(`accord-atlas-${state.dataset?.version}.json`, new Blob([await exportDataset()], { type: 'application/json' }));
  else if (kind === 'png') saveFile(`${base}.png`, await exportPng(2));
  else if (kind === 'svg') saveFile(`${base}.svg`, new Blob([exportSvg()], { type: 'image/svg+xml' }));
  else if (kind === 'embed-code') showEmbedCodeDialog(embedCode());
  // The single-file edition the build writes next to index.html; opened from disk it needs no server.
  else if (kind === 'offline') saveFile('accord-atlas.html', new URL('accord-atlas.html', document.baseURI).href);
});
