// A reader with a keyboard only, in a real browser: Tab from the page enters the canvas at its
// first control with a visible ring, goes on through the header, the map (arrows select
// countries and do not scroll the page), the timeline and the record, and leaves the atlas for
// the page past the last control; Shift-Tab comes back in at the last one; "?" lists the
// shortcuts, Escape closes them and the record. Screenshots of the ring and of the list, in
// light and dark, are kept for people to look at.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { decodePng, openPage, outputDir, settle, startHarness, waitForIdle } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const state = (page) => page.evaluate(() => window.accordAtlas.getState());
const active = (page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);

async function press(page, key) {
  await page.keyboard.press(key);
  await waitForIdle(page, 200);
}

async function tabUntil(page, name) {
  for (let i = 0; i < 80; i++) {
    const s = await state(page);
    if (s.keyboard.focused === name) return s;
    await press(page, 'Tab');
  }
  assert.fail(`Tab never reached ${name}`);
}

function hex(rgb) {
  return [1, 3, 5].map((i) => parseInt(rgb.slice(i, i + 2), 16));
}

// Pixels of the ring's colour along the border of a stop's box (canvas CSS px, device scale 1).
function ringPixels(png, [x, y, w, h], colour) {
  const [r, g, b] = hex(colour);
  let n = 0;
  const near = (px, py) => {
    if (px < 0 || py < 0 || px >= png.width || py >= png.height) return false;
    const i = (py * png.width + px) * 4;
    return Math.abs(png.data[i] - r) <= 24 && Math.abs(png.data[i + 1] - g) <= 24 && Math.abs(png.data[i + 2] - b) <= 24;
  };
  for (let px = Math.floor(x) - 3; px <= x + w + 3; px++) {
    for (let d = -3; d <= 3; d++) if (near(px, Math.round(y) + d) || near(px, Math.round(y + h) + d)) { n++; break; }
  }
  return n;
}

test('Tab walks every region of the canvas with a visible ring, and leaves for the page past the end', async () => {
  const { context, page, log } = await openPage(harness, { viewport: { width: 1280, height: 800 } });
  await settle(page);
  // From the page's start: the skip link comes first, then the canvas.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  await press(page, 'Tab');
  assert.equal(await active(page), 'canvas');
  let s = await state(page);
  const order = s.keyboard.stops.map((stop) => stop.name);
  assert.equal(s.keyboard.focused, order[0], 'Tab into the canvas focuses its first control');
  assert.equal(s.keyboard.ring, true);
  for (const name of ['mode-single', 'commitment', 'search', 'map', 'previous', 'play', 'next', 'speed', 'time-axis']) {
    assert.ok(order.includes(name), `${name} is a stop (${order.join(', ')})`);
  }
  assert.ok(order.indexOf('search') < order.indexOf('map') && order.indexOf('map') < order.indexOf('play'), 'header, map, timeline');

  const png = decodePng(await page.screenshot());
  const first = s.keyboard.stops[0];
  assert.ok(ringPixels(png, first.rect, s.colors.link) > first.rect[2] * 0.5, `the ring around ${first.name} is drawn in ${s.colors.link}`);
  mkdirSync(outputDir, { recursive: true });
  writeFileSync(join(outputDir, 'keyboard-ring-header.png'), await page.screenshot());

  s = await tabUntil(page, 'map');
  assert.equal(await active(page), 'canvas', 'Tab stays in the canvas while it has controls');
  const scrollBefore = await page.evaluate(() => window.scrollY);
  await press(page, 'ArrowRight');
  await press(page, 'ArrowDown');
  s = await state(page);
  assert.ok(s.selected, 'the arrows select a country');
  assert.equal(s.panel, 'country', 'and open its record');
  assert.equal(await page.evaluate(() => window.scrollY), scrollBefore, 'the arrows do not scroll the page');
  writeFileSync(join(outputDir, 'keyboard-ring-map.png'), await page.screenshot());

  await tabUntil(page, 'play');
  await page.keyboard.press('Enter');  // playing draws every frame: no waiting for idle
  await page.waitForFunction(() => window.accordAtlas.getState().playing, null, { timeout: 5000 }).catch(() => {});
  assert.equal((await state(page)).playing, true, 'Enter presses Play');
  await press(page, 'Enter');
  assert.equal((await state(page)).playing, false);

  await tabUntil(page, 'close');
  await press(page, 'Escape');
  s = await state(page);
  assert.equal(s.panel, 'none', 'Escape closes the record');
  assert.equal(s.keyboard.focused, 'map', 'and the focus goes back to the map');

  // Past the last stop the browser moves the focus on: the twin's first control after the canvas.
  for (let i = 0; i < 80 && (await active(page)) === 'canvas'; i++) await press(page, 'Tab');
  assert.notEqual(await active(page), 'canvas', 'Tab leaves the atlas after its last control');
  assert.equal((await state(page)).keyboard.focused, null);
  await press(page, 'Shift+Tab');
  assert.equal(await active(page), 'canvas');
  s = await state(page);
  assert.equal(s.keyboard.focused, s.keyboard.stops.at(-1).name, 'Shift-Tab comes back in at the last control');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('a click focuses no control and shows no ring', async () => {
  const { context, page } = await openPage(harness, { viewport: { width: 1280, height: 800 } });
  await settle(page);
  const [x, y, w, h] = (await state(page)).layout.map;
  await page.mouse.click(x + w * 0.1, y + h * 0.5);  // the Pacific
  await waitForIdle(page, 200);
  const s = await state(page);
  assert.equal(await active(page), 'canvas');
  assert.equal(s.keyboard.ring, false);
  await context.close();
});

test('? lists the shortcuts, Escape closes the list, in light and dark', async () => {
  for (const theme of ['light', 'dark']) {
    const { context, page } = await openPage(harness, { viewport: { width: 1280, height: 800 } });
    await page.evaluate((t) => window.accordAtlas.set({ theme: t }), theme);
    await settle(page);
    await page.locator('#canvas').focus();
    await press(page, 'Shift+Slash');
    let s = await state(page);
    assert.equal(s.keyboard.shortcuts, true, `${theme}: ? opens the list`);
    assert.equal(s.keyboard.focused, 'shortcuts-close');
    mkdirSync(outputDir, { recursive: true });
    writeFileSync(join(outputDir, `keyboard-shortcuts-${theme}.png`), await page.screenshot());
    await press(page, 'Escape');
    s = await state(page);
    assert.equal(s.keyboard.shortcuts, false, `${theme}: Escape closes it`);
    await context.close();
  }
});

test('on a phone the keyboard reaches the same regions (an external keyboard, a switch device)', async () => {
  const { context, page } = await openPage(harness, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  await settle(page);
  await page.locator('#canvas').focus();
  await waitForIdle(page, 200);
  const s = await tabUntil(page, 'map');
  for (const stop of s.keyboard.stops) {
    const [x, y, w, h] = stop.rect;
    assert.ok(x >= -0.5 && y >= -0.5 && x + w <= 390.5 && y + h <= s.layout.map[1] + 844, `${stop.name} is on the canvas`);
  }
  await press(page, 'ArrowLeft');
  assert.ok((await state(page)).selected);
  writeFileSync(join(outputDir, 'keyboard-phone.png'), await page.screenshot());
  await context.close();
});

// Pixels that differ between two screenshots inside a stop's box, grown by the ring's width.
function changedPixels(a, b, [x, y, w, h]) {
  let n = 0;
  for (let py = Math.max(0, Math.floor(y) - 4); py < Math.min(a.height, y + h + 4); py++) {
    for (let px = Math.max(0, Math.floor(x) - 4); px < Math.min(a.width, x + w + 4); px++) {
      const i = (py * a.width + px) * 4;
      if (Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]) > 60) n++;
    }
  }
  return n;
}

test('a keyboard-only journey: another commitment, the date, a country and its record, a source link, Share and Embed', async () => {
  const { context, page, log } = await openPage(harness, {
    viewport: { width: 1280, height: 800 },
    initScript: [() => { window.__opened = []; window.open = (url) => { window.__opened.push(url); return null; }; }],
  });
  await settle(page);
  await page.evaluate(() => { window.__shared = 0; window.accordAtlas.on('share', () => { window.__shared++; }); });
  const unfocused = decodePng(await page.screenshot());
  await page.keyboard.press('Tab');  // the skip link
  await press(page, 'Tab');          // the canvas, at its first control

  // The commitment picker: its ring, then Enter opens it, typing filters, Enter takes the first.
  let s = await tabUntil(page, 'commitment');
  const picker = s.keyboard.stops.find((stop) => stop.name === 'commitment');
  const focused = decodePng(await page.screenshot());
  assert.ok(changedPixels(unfocused, focused, picker.rect) > picker.rect[2], 'the focused picker looks different: its ring');
  writeFileSync(join(outputDir, 'keyboard-ring-picker.png'), await page.screenshot());
  await press(page, 'Enter');
  for (const key of 'Paris') await press(page, key);
  await press(page, 'Enter');
  s = await state(page);
  assert.match(s.commitment, /^paris/, `Enter takes the first commitment the filter leaves (${s.commitment})`);

  // The date, from the time axis.
  await tabUntil(page, 'time-axis');
  await press(page, 'Home');
  const first = (await state(page)).date;
  await press(page, 'ArrowRight');
  assert.ok((await state(page)).date > first, 'the next event');

  // A country, its record and a source link: Shift-Tab back to the map, then Tab into the record.
  for (let i = 0; i < 20 && (await state(page)).keyboard.focused !== 'map'; i++) await press(page, 'Shift+Tab');
  assert.equal((await state(page)).keyboard.focused, 'map');
  // Arrows until the selected country's record has a source (a signatory of the statement).
  const hasLink = (st) => st.keyboard.stops.some((stop) => stop.name.startsWith('link-'));
  const arrows = ['ArrowRight', 'ArrowDown', 'ArrowRight', 'ArrowUp'];
  for (let i = 0; i < 40 && !hasLink(await state(page)); i++) await press(page, arrows[Math.floor(i / 3) % 4]);
  s = await state(page);
  assert.ok(s.selected, 'the arrows selected a country');
  assert.equal(s.panel, 'country', 'its record is open');
  for (let i = 0; i < 80; i++) {
    s = await state(page);
    if (s.keyboard.focused?.startsWith('link-')) break;
    await press(page, 'Tab');
  }
  assert.match(s.keyboard.focused ?? '', /^link-/, `Tab reaches a source link in ${s.selected}'s record`);
  await press(page, 'Enter');
  const opened = await page.evaluate(() => window.__opened);
  assert.equal(opened.length, 1);
  assert.match(opened[0], /^https?:\/\//, 'Enter follows the source link');

  // Share and Embed, back in the header.
  for (let i = 0; i < 80 && (await state(page)).keyboard.focused !== 'share'; i++) await press(page, 'Shift+Tab');
  assert.equal((await state(page)).keyboard.focused, 'share', 'Shift-Tab goes back to Share');
  await press(page, 'Enter');
  assert.equal(await page.evaluate(() => window.__shared), 1, 'Enter on Share shares the view');
  await press(page, 'Shift+Tab');
  assert.equal((await state(page)).keyboard.focused, 'embed');
  await press(page, 'Enter');
  await page.waitForSelector('#atlas-embed-dialog[open]', { timeout: 5000 });
  assert.equal(await page.evaluate(() => document.activeElement.closest('dialog')?.id), 'atlas-embed-dialog', 'the embed dialog has the focus');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#atlas-embed-dialog[open]').count(), 0, 'Escape closes it');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
