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

// A PNG of the map at `scale` x its CSS size (1, 2 or 4), with the title, the date, the legend and
// the source line drawn in, so that the picture can be cited on its own. Resolves to a Blob.
export async function exportPng(scale = 2) {
  if (![1, 2, 4].includes(scale)) throw new Error('scale must be 1, 2 or 4');
  const state = getState();
  const { cssWidth: width, cssHeight: height } = state.viewport;
  const legendEntries = bridge.legend();
  const { title, subtitle, source } = bridge.twin();  // the graphic's title, what it counts as of when, its source
  const padding = 14, line = 20;
  const headerHeight = 2 * line + padding;
  const legendHeading = legendEntries[0]?.heading;  // the overview's scale has a line above it
  const legendNote = legendEntries[0]?.note;  // a partial list: how much of it is known
  const legendRows = Math.ceil(legendEntries.length / 2) + (legendHeading ? 1 : 0) + (legendNote ? 1 : 0);
  const footerHeight = legendRows * line + line + padding * 2;
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  bridge.setExportMode(true);
  bridge.setViewport(width, height, scale, false);
  bridge.drawNow();
  const picture = document.createElement('canvas');
  picture.width = Math.round(width * scale);
  picture.height = Math.round((height + headerHeight + footerHeight) * scale);
  const ctx = picture.getContext('2d');
  ctx.scale(scale, scale);
  // The margins and texts take the map's own colours (getState().colors), the swatches legend()'s.
  const colours = state.colors;
  ctx.fillStyle = colours.background;
  ctx.fillRect(0, 0, width, height + headerHeight + footerHeight);
  ctx.drawImage(canvas, 0, headerHeight, width, height);  // same task as the draw: the buffer is still there
  bridge.setExportMode(false);
  syncCanvasSize();
  bridge.drawNow();
  ctx.fillStyle = colours.text;
  ctx.font = '600 16px system-ui, sans-serif';
  ctx.fillText(title || state.dataset.title, padding, padding + 12, width - 2 * padding);
  ctx.font = '13px system-ui, sans-serif';
  ctx.fillStyle = colours.mutedText;
  ctx.fillText(subtitle || state.date, padding, padding + 12 + line, width - 2 * padding);
  const legendTop = height + headerHeight + padding + (legendHeading ? line : 0);
  if (legendHeading) {
    ctx.fillStyle = colours.text;
    ctx.fillText(legendHeading, padding, legendTop - line + 11);
  }
  legendEntries.forEach((entry, i) => {
    const x = padding + (i % 2) * (width / 2), y = legendTop + Math.floor(i / 2) * line;
    drawSwatch(ctx, entry, x, y, 12);
    ctx.fillStyle = colours.text;
    ctx.fillText(entry.text, x + 18, y + 11, width / 2 - 24);  // the line the canvas draws (label and count)
  });
  if (legendNote) {
    ctx.fillStyle = colours.mutedText;
    ctx.fillText(legendNote, padding, legendTop + Math.ceil(legendEntries.length / 2) * line + 11, width - 2 * padding);
  }
  ctx.fillStyle = colours.mutedText;
  ctx.font = '12px system-ui, sans-serif';
  ctx.fillText(`${source} · ${link()}`.slice(0, 220), padding, height + headerHeight + footerHeight - padding, width - 2 * padding);
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
