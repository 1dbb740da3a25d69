// Time travel and the story panels in the real page: dragging the date cursor with real input
// changes colours and counts as the data says; play advances and stops at the end; previous/next
// land on event dates; search finds a country by alias; compare counts equal counts computed from
// the data; statusOf and the select/datechange/commitmentchange events; the narrow layout.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { decodePng, openPage, shippedDataset, startHarness, settle, waitForIdle } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const data = shippedDataset();
const dayNumber = (iso) => Math.floor(Date.UTC(+iso.slice(0, 4), (+iso.slice(5, 7) || 1) - 1, +iso.slice(8, 10) || 1) / 86400000);
const lastDayOf = (iso) => {
  if (iso.length === 10) return dayNumber(iso);
  // Date.UTC rolls month 13 over into January of the next year.
  if (iso.length === 7) return dayNumber(`${iso.slice(0, 4)}-${String(+iso.slice(5, 7) + 1).padStart(2, '0')}-01`) - 1;
  return dayNumber(`${+iso + 1}-01-01`) - 1;
};
// The day an action is certain (data/SCHEMA.md): day precision -> that day, else the period's end.
const certainDay = (date) => (date.on ? lastDayOf(date.on) : date.by ? lastDayOf(date.by) : lastDayOf(date.between[1]));
const isoOf = (day) => new Date(day * 86400000).toISOString().slice(0, 10);
const joins = new Set(['signed', 'endorsed', 'adhered', 'joined', 'member', 'subscribed', 'ratified', 'sponsored', 'co-sponsored']);

function partiesBy(commitmentId, day) {
  const commitment = data.commitments.find((c) => c.id === commitmentId);
  return new Set(commitment.actions.filter((a) => joins.has(a.action) && certainDay(a.date) <= day).map((a) => a.party));
}

test('dragging the date cursor with the mouse changes the date, the count and the map colours', async () => {
  const { context, page, log } = await openPage(harness, { viewport: { width: 1440, height: 900 } });
  await page.evaluate(() => window.accordAtlas.set({ commitment: 'bletchley-declaration' }));
  await settle(page);
  const state = await page.evaluate(() => window.accordAtlas.getState());
  const [tx, ty, tw, th] = state.layout.timeline;
  const y = ty + th - 22;
  const early = tx + tw * 0.1;  // inside the data's span, before Bletchley
  await page.mouse.click(early, y);  // a click moves the date there
  await settle(page);
  const before2023 = await page.evaluate(() => window.accordAtlas.getState());
  assert.ok(before2023.date < '2023-11-01', `the cursor went to ${before2023.date}`);
  assert.equal(before2023.partyCount, 0);
  const legend = Object.fromEntries((await page.evaluate(() => window.accordAtlas.legend())).map((l) => [l.status, l.color]));
  const gbr = await page.evaluate(() => window.accordAtlas.screenPos('GBR'));
  const pixel = (png, p) => { const i = (Math.round(p.y) * png.width + Math.round(p.x)) * 4; return '#' + [0, 1, 2].map((k) => png.data[i + k].toString(16).padStart(2, '0')).join(''); };
  const before = pixel(decodePng(await page.locator('#canvas').screenshot()), gbr);
  assert.equal(before, legend['not-applicable'], 'before adoption the declaration does not exist yet');
  // Grab the cursor where it now is and drag it to the right.
  await page.mouse.move(early, y);
  await page.mouse.down();
  await page.mouse.move(tx + tw * 0.7, y, { steps: 4 });
  await page.mouse.up();
  await settle(page);
  const later = await page.evaluate(() => window.accordAtlas.getState());
  assert.ok(later.date > '2023-11-01', `the cursor went to ${later.date}`);
  assert.equal(later.partyCount, partiesBy('bletchley-declaration', dayNumber(later.date)).size);
  const after = pixel(decodePng(await page.locator('#canvas').screenshot()), await page.evaluate(() => window.accordAtlas.screenPos('GBR')));
  // The legend lists the statuses shown: the parties' line comes with the first party.
  const partyColour = (await page.evaluate(() => window.accordAtlas.legend())).find((l) => l.status === 'party').color;
  assert.equal(after, partyColour, 'after adoption the United Kingdom is a party');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('play advances the date and stops at the end of the data', async () => {
  const { context, page } = await openPage(harness);
  await page.evaluate(() => window.accordAtlas.set({ date: '2026-10-20' }));
  await page.evaluate(() => { window.__dates = []; window.accordAtlas.on('datechange', (e) => window.__dates.push(e.date)); });
  await page.evaluate(() => window.accordAtlas.play());
  assert.equal((await page.evaluate(() => window.accordAtlas.getState())).playing, true);
  await page.waitForFunction(() => !window.accordAtlas.getState().playing, null, { timeout: 30000 });
  const dates = await page.evaluate(() => window.__dates);
  assert.ok(dates.length >= 2, `date changed ${dates.length} times`);
  for (let i = 1; i < dates.length; i++) assert.ok(dates[i] > dates[i - 1], 'dates only move forward while playing');
  assert.equal((await page.evaluate(() => window.accordAtlas.getState())).date, data.dataset.as_of);
  await context.close();
});

test('previous and next land on the dates on which something happened', async () => {
  const days = new Set();
  for (const e of data.events) if (e.start) days.add(dayNumber(e.start));
  for (const c of data.commitments) {
    days.add(dayNumber(c.adopted));
    for (const a of c.actions) days.add(certainDay(a.date));
  }
  const sorted = [...days].sort((a, b) => a - b);
  const { context, page } = await openPage(harness);
  await page.evaluate(() => window.accordAtlas.set({ date: '2023-06-01' }));
  await settle(page);
  await page.locator('#canvas').focus();
  let current = dayNumber('2023-06-01');
  for (let step = 0; step < 3; step++) {
    await page.keyboard.press('Period');
    await waitForIdle(page);
    const expected = sorted.find((d) => d > current);
    const date = (await page.evaluate(() => window.accordAtlas.getState())).date;
    assert.equal(date, isoOf(expected));
    current = expected;
  }
  await page.keyboard.press('Comma');
  await waitForIdle(page);
  assert.equal((await page.evaluate(() => window.accordAtlas.getState())).date, isoOf([...sorted].reverse().find((d) => d < current)));
  await context.close();
});

test('search finds a country by an alias, flies to it and opens its record', async () => {
  const { context, page } = await openPage(harness, { viewport: { width: 1280, height: 800 } });
  await settle(page);
  const selections = [];
  await page.exposeFunction('__selected', (party) => selections.push(party));
  await page.evaluate(() => window.accordAtlas.on('select', (e) => window.__selected(e.party)));
  const [sx, sy, sw, sh] = (await page.evaluate(() => window.accordAtlas.getState())).layout.search;
  await page.mouse.click(sx + sw / 2, sy + sh / 2);
  await waitForIdle(page);  // the field becomes active on the frames after the click, as for a person
  for (const key of 'Turkey') {
    await page.keyboard.press(key);
    await waitForIdle(page, 150);  // one key per frame burst: software GL frames are slow here
  }
  await page.keyboard.press('Enter');
  await settle(page);
  const state = await page.evaluate(() => window.accordAtlas.getState());
  assert.equal(state.selected, 'TUR');
  assert.equal(state.panel, 'country');
  assert.ok(state.map.zoom > 1.5, `the map flew to Türkiye (zoom ${state.map.zoom})`);
  assert.deepEqual(selections, ['TUR']);
  await context.close();
});

test('compare counts equal the counts computed from the data', async () => {
  const { context, page } = await openPage(harness);
  const result = await page.evaluate(() => window.accordAtlas.set({ mode: 'compare', commitment: 'bletchley-declaration', compare: 'seoul-declaration', date: '2025-01-01' }));
  assert.deepEqual(result, { ok: true, errors: [] });
  await settle(page);
  const legend = Object.fromEntries((await page.evaluate(() => window.accordAtlas.legend())).map((l) => [l.status, l.count]));
  const computed = await page.evaluate(() => {
    const api = window.accordAtlas;
    const definitelyNot = new Set(['declined', 'not-signed', 'withdrawn', 'not-party']);
    const counts = { both: 0, 'only-a': 0, 'only-b': 0, neither: 0, unknown: 0, 'not-applicable': 0 };
    for (const party of api.parties().filter((p) => p.kind === 'state' || p.kind === 'supranational')) {
      const a = api.statusOf(party.id, 'bletchley-declaration', '2025-01-01').status;
      const b = api.statusOf(party.id, 'seoul-declaration', '2025-01-01').status;
      if (a === 'not-applicable' || b === 'not-applicable') counts['not-applicable']++;
      else if (a === 'party' && b === 'party') counts.both++;
      else if (a === 'party' && definitelyNot.has(b)) counts['only-a']++;
      else if (b === 'party' && definitelyNot.has(a)) counts['only-b']++;
      else if (definitelyNot.has(a) && definitelyNot.has(b)) counts.neither++;
      else counts.unknown++;
    }
    // The legend lists only the classes the map shows.
    return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
  });
  assert.deepEqual(legend, computed);
  assert.equal(computed.both, [...partiesBy('bletchley-declaration', dayNumber('2025-01-01'))].filter((p) => partiesBy('seoul-declaration', dayNumber('2025-01-01')).has(p)).length);
  await context.close();
});

test('statusOf tells status, date, confidence and sources; events fire on changes', async () => {
  const { context, page } = await openPage(harness);
  const uk = await page.evaluate(() => window.accordAtlas.statusOf('GBR', 'paris-statement-inclusive-sustainable-ai', '2025-06-01'));
  assert.equal(uk.status, 'declined');
  assert.equal(uk.date, '2025-02-11');
  assert.ok(uk.sources.length > 0 && uk.sources.every((s) => /^https?:\/\//.test(s.url)));
  assert.equal(uk.note, null, 'the lean edition the page starts with leaves notes out');
  assert.equal(await page.evaluate(() => window.accordAtlas.loadFullEdition()), true);
  const ukFull = await page.evaluate(() => window.accordAtlas.statusOf('GBR', 'paris-statement-inclusive-sustainable-ai', '2025-06-01'));
  assert.match(ukFull.note, /practical clarity/);
  assert.deepEqual({ ...ukFull, note: null }, uk, 'the full edition changes only the texts');
  const peru = await page.evaluate(() => window.accordAtlas.statusOf('PER', 'paris-statement-inclusive-sustainable-ai', '2025-06-01'));
  assert.equal(peru.status, 'unknown');
  await assert.rejects(page.evaluate(() => window.accordAtlas.statusOf('XXX', 'gpai', '2025-01-01')), /unknown party/);
  await page.evaluate(() => { window.__events = []; for (const e of ['select', 'datechange', 'commitmentchange']) window.accordAtlas.on(e, (d) => window.__events.push([e, d])); });
  await page.evaluate(() => window.accordAtlas.set({ commitment: 'gpai', date: '2024-07-03', selected: 'FRA' }));
  await waitForIdle(page);
  const events = await page.evaluate(() => window.__events);
  assert.deepEqual(events.map(([e]) => e).sort(), ['commitmentchange', 'datechange', 'select']);
  assert.deepEqual(events.find(([e]) => e === 'commitmentchange')[1], { commitment: 'gpai' });
  await context.close();
});

test('on a phone the record opens as a bottom sheet above the timeline, with 44 px touch targets', async () => {
  const { context, page } = await openPage(harness, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  await settle(page);
  const france = await page.evaluate(() => window.accordAtlas.screenPos('FRA'));
  await page.touchscreen.tap(france.x, france.y);
  await settle(page);
  const state = await page.evaluate(() => window.accordAtlas.getState());
  assert.equal(state.selected, 'FRA');
  assert.equal(state.panel, 'country');
  assert.equal(state.layout.narrow, true);
  const [, panelY, panelW, panelH] = state.layout.panel;
  const [, timelineY] = state.layout.timeline;
  assert.equal(panelW, 390);
  assert.ok(panelY + panelH <= timelineY + 0.5, 'the sheet ends above the timeline');
  assert.ok(state.layout.map[3] > 100, 'the map keeps room above the sheet');
  assert.equal(state.layout.touchTarget, 44);
  await context.close();
});

test('dragging the time axis away from the cursor pans it; the wheel zooms it', async () => {
  const { context, page } = await openPage(harness, { viewport: { width: 1200, height: 800 } });
  await page.evaluate(() => window.accordAtlas.set({ date: '2025-02-11' }));
  await settle(page);
  const [tx, ty, tw, th] = (await page.evaluate(() => window.accordAtlas.getState())).layout.timeline;
  const y = ty + th - 22;
  const before = (await page.evaluate(() => window.accordAtlas.getState())).date;
  await page.mouse.move(tx + 60, y);
  await page.mouse.wheel(0, -400);  // zoom in around the pointer
  await settle(page);
  const zoomed = (await page.evaluate(() => window.accordAtlas.getState())).timeAxis;
  const span = (axis) => (Date.parse(axis[1]) - Date.parse(axis[0])) / 86400000;
  assert.ok(span(zoomed) < 0.5 * 3700, `the wheel zoomed the axis to ${zoomed.join('..')}`);
  await page.mouse.move(tx + 60, y);
  await page.mouse.down();
  await page.mouse.move(tx + 260, y, { steps: 5 });  // far from the cursor: pans, the date stays
  await page.mouse.up();
  await settle(page);
  const after = await page.evaluate(() => window.accordAtlas.getState());
  assert.equal(after.date, before);
  assert.ok(after.timeAxis[0] < zoomed[0], `dragging right moved the axis to earlier dates (${after.timeAxis.join('..')})`);
  await context.close();
});
