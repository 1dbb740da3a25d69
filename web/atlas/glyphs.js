// The UI's glyphs, drawn by the browser with the page's own font stack (the canvas's computed
// font-family: web/style.css's, or the article's around an in-page atlas), for the app's font
// atlas (src/platform/font_atlas.h, src/scene/glyphs.h). The app asks twice per atlas build: the
// font's ascent and descent and how wide each text is (a character, or a whole word of a shaped
// script such as Arabic or Devanagari, which the browser shapes), then to draw each one into its
// rectangle of the atlas (white, coverage in alpha). No font is fetched: what the system has is
// used, offline too. A character no font on the system has is reported (getState().glyphs.missing).
import { canvas as atlasCanvas } from './page.js';

let canvas = null;

function context(width, height) {
  if (!canvas) canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1) : document.createElement('canvas');
  if (canvas.width < width || canvas.height < height) {
    canvas.width = Math.max(canvas.width, width);
    canvas.height = Math.max(canvas.height, height);
  }
  return canvas.getContext('2d', { willReadFrequently: true });
}

const fontFamily = () => getComputedStyle(atlasCanvas).fontFamily || 'system-ui, sans-serif';

function setFont(ctx, emPx, lang) {
  ctx.font = `${emPx}px ${fontFamily()}`;
  if ('lang' in ctx) ctx.lang = lang;  // the form of Han characters (Chinese or Japanese)
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
}

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

// Writes the font's ascent and descent, then each item's advance (device pixels), from heapF32[index].
export function measure(itemsJson, emPx, lang, heapF32, index) {
  const items = JSON.parse(itemsJson);
  const ctx = context(1, 1);
  setFont(ctx, emPx, lang);
  const box = ctx.measureText('Hg');
  heapF32[index] = box.fontBoundingBoxAscent ?? emPx * 0.92;
  heapF32[index + 1] = box.fontBoundingBoxDescent ?? emPx * 0.24;
  items.forEach((item, i) => { heapF32[index + 2 + i] = ctx.measureText(item).width; });
}

// Draws every item on one sheet (rows of cells), reads it back once, and copies each cell's
// coverage into the atlas. Returns how many characters no font has, and writes the code points of
// the first `sampleSize` of them at heap32[sampleIndex…].
export function draw(itemsJson, emPx, lang, abovePx, heapU8, pixels, atlasWidth, heap32, rectIndex, count, sampleIndex, sampleSize) {
  const items = JSON.parse(itemsJson);
  const rects = [];
  for (let i = 0; i < count; i += 1) rects.push(heap32.subarray(rectIndex + i * 4, rectIndex + i * 4 + 4));
  const cellHeight = rects.length ? rects[0][3] : 0;
  const sheetWidth = 2048;
  // Shelf layout of the cells on the sheet.
  const places = [];
  let x = 0, y = 0;
  for (const [, , w] of rects) {
    if (x + w > sheetWidth) { x = 0; y += cellHeight; }
    places.push([x, y]);
    x += w;
  }
  const sheetHeight = y + cellHeight;
  const ctx = context(sheetWidth, sheetHeight);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  setFont(ctx, emPx, lang);
  ctx.fillStyle = '#fff';
  items.forEach((item, i) => {
    ctx.direction = RTL.test(item) ? 'rtl' : 'ltr';
    ctx.fillText(item, places[i][0] + 1, places[i][1] + abovePx);
  });
  ctx.direction = 'ltr';
  const sheet = ctx.getImageData(0, 0, sheetWidth, sheetHeight).data;
  rects.forEach(([ax, ay, w, h], i) => {
    const [sx, sy] = places[i];
    for (let row = 0; row < h; row += 1) {
      let from = ((sy + row) * sheetWidth + sx) * 4;
      let to = pixels + ((ay + row) * atlasWidth + ax) * 4;
      for (let col = 0; col < w; col += 1, from += 4, to += 4) {
        heapU8[to] = 255;
        heapU8[to + 1] = 255;
        heapU8[to + 2] = 255;
        heapU8[to + 3] = sheet[from + 3];
      }
    }
  });
  const missing = missingCharacters(items, emPx, lang, abovePx, cellHeight);
  missing.slice(0, sampleSize).forEach((ch, i) => { heap32[sampleIndex + i] = ch.codePointAt(0); });
  return missing.length;
}

// A character with no font draws the same box as a code point no font can have (U+0378 is
// unassigned): compare each character's picture with that box.
function missingCharacters(items, emPx, lang, abovePx, cellHeight) {
  const characters = new Set();
  for (const item of items) for (const ch of item) if (!/\s|[\u200c\u200d]/.test(ch)) characters.add(ch);
  const ctx = context(1, 1);
  setFont(ctx, emPx, lang);
  const picture = (ch) => {
    const width = Math.max(1, Math.ceil(ctx.measureText(ch).width) + 2);
    ctx.clearRect(0, 0, width, cellHeight);
    ctx.fillStyle = '#fff';
    ctx.fillText(ch, 1, abovePx);
    return { width, data: ctx.getImageData(0, 0, width, cellHeight).data };
  };
  context(Math.ceil(emPx * 4), cellHeight);
  setFont(ctx, emPx, lang);
  const box = picture('\u0378');
  const boxAdvance = ctx.measureText('\u0378').width;
  const missing = [];
  for (const ch of characters) {
    if (ctx.measureText(ch).width !== boxAdvance) continue;  // drawn by some font: not the box
    const p = picture(ch);
    if (p.width === box.width && p.data.every((v, k) => v === box.data[k])) missing.push(ch);
  }
  return missing;
}
