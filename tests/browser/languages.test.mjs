// Every language, in a real browser: a reader whose browser asks for French, Spanish, Russian or
// Chinese gets the UI, the party names, the dates and the HTML twin in it (English otherwise);
// a link's l= wins and travels in links; no character of the UI or of the data goes without a
// glyph (Chinese, Korean, Japanese, Arabic and Devanagari are drawn by the browser); nothing
// overflows at 320 px; text composed with an input method finds a country. Screenshots of every
// language, phone and desktop, and of the quotes in Korean, Arabic and Hindi, are kept for people
// to look at.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { openPage, outputDir, settle, startHarness, waitForIdle } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const state = (page) => page.evaluate(() => window.accordAtlas.getState());
const overlap = (a, b) => a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
const shotDir = join(outputDir, 'languages');

// Waits until the party names are in (other languages) and the atlas holds the browser's glyphs.
async function ready(page, tag) {
  for (let i = 0; i < 100; i++) {
    const s = await state(page);
    if ((tag === 'en' || s.partyNames.loaded) && s.glyphs.fromBrowser > 0) return s;
    await page.waitForTimeout(100);
  }
  assert.fail(`${tag}: the names or the glyphs never came`);
}

// Opens a record, which loads the full edition (quotes, notes), and waits for the glyphs of its
// texts: the Arabic and Hindi words among them are shaped whole.
async function fullEditionGlyphs(page, party) {
  await page.evaluate((id) => window.accordAtlas.set({ selected: id, fly: false }), party);
  for (let i = 0; i < 100; i++) {
    const s = await state(page);
    if (s.glyphs.shapedRuns >= 2) return s.glyphs;
    await page.waitForTimeout(100);
  }
  assert.fail('the full edition\'s shaped words never came');
}

const languages = [
  { locale: 'fr-FR', tag: 'fr', china: 'Chine', legendWord: /sign/i, titleWord: 'qui a refusé' },
  { locale: 'es-ES', tag: 'es', china: 'China', legendWord: /firm/i, titleWord: 'quién lo rechazó' },
  { locale: 'ru-RU', tag: 'ru', china: 'Китай', legendWord: /[а-я]/, titleWord: 'кто отказался' },
  { locale: 'zh-CN', tag: 'zh-Hans', china: '中国', legendWord: /[\u4e00-\u9fff]/, titleWord: '谁拒绝' },
  { locale: 'en-GB', tag: 'en', china: 'China', legendWord: /Signed/, titleWord: 'who declined' },
];

for (const language of languages) {
  test(`${language.tag}: the UI, the names and the twin follow the browser's language; every glyph is drawn; nothing overflows at 320 px`, async () => {
    mkdirSync(shotDir, { recursive: true });
    const { context, page, log } = await openPage(harness, { locale: language.locale, viewport: { width: 1280, height: 800 } });
    await settle(page);
    const s = await ready(page, language.tag);
    assert.equal(s.language, language.tag);
    assert.equal(s.languageChosen, false, 'the browser\'s language is a guess, not a choice');
    assert.deepEqual(s.languages.map((l) => l.tag), ['en', 'fr', 'es', 'ru', 'zh-Hans']);
    assert.doesNotMatch(await page.evaluate(() => window.accordAtlas.link()), /[#&]l=/, 'a guess does not travel in links');
    const parties = await page.evaluate(() => window.accordAtlas.parties());
    const china = parties.find((p) => p.id === 'CHN');
    assert.equal(china.name, language.china);
    assert.equal(china.englishName, 'China');
    const legend = await page.evaluate(() => window.accordAtlas.legend());
    assert.match(legend[0].label, language.legendWord, `legend: ${legend[0].label}`);
    if (language.tag !== 'en') assert.notEqual(legend[0].label, 'Signed, endorsed or joined');
    // The twin speaks the language too.
    await waitForIdle(page, 600);
    assert.equal(await page.evaluate(() => document.documentElement.lang), language.tag);
    // Its title is re-made once the language's table has come (a word of each language's title).
    await page.waitForFunction((word) => document.getElementById('twin-title').textContent.includes(word), language.titleWord, { timeout: 10000 });
    await page.screenshot({ path: join(shotDir, `${language.tag}-desktop.png`) });
    // A first visit (the lean edition) draws few glyphs: the full edition's quotes come with it.
    if (language.tag === 'en') assert.ok((await state(page)).glyphs.fromBrowser <= 160, `${(await state(page)).glyphs.fromBrowser} glyphs on an English first visit`);
    // Every character of the UI in this language and of the whole dataset has a glyph.
    const glyphs = await fullEditionGlyphs(page, 'KOR');
    assert.equal(glyphs.missing, 0, `characters without a glyph: ${glyphs.missingSample.join(' ')}`);
    await waitForIdle(page, 400);
    await page.screenshot({ path: join(shotDir, `${language.tag}-desktop-record.png`) });
    assert.deepEqual(log.pageErrors, []);
    await context.close();

    // A phone at 320 px: no control leaves the screen or overlaps another, in this language.
    for (const viewport of [{ width: 320, height: 568 }, { width: 390, height: 844 }]) {
      const phone = await openPage(harness, { locale: language.locale, viewport, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
      await settle(phone.page);
      await ready(phone.page, language.tag);
      await waitForIdle(phone.page, 400);
      await phone.page.waitForFunction((tag) => document.documentElement.lang === tag, language.tag);  // the twin is re-made
      const { layout } = await state(phone.page);
      const controls = Object.entries(layout.controls).filter(([name]) => name !== 'date-cursor' && name !== 'map' && name !== 'time-axis');
      for (const [name, [x, y, w, h]] of controls) {
        assert.ok(x >= -0.5 && x + w <= viewport.width + 0.5 && y >= -0.5 && y + h <= viewport.height + 0.5,
          `${language.tag} ${viewport.width}px: "${name}" leaves the screen (${[x, y, w, h].map(Math.round)})`);
      }
      controls.forEach(([a, ra], i) => {
        for (const [b, rb] of controls.slice(i + 1)) assert.ok(!overlap(ra, rb), `${language.tag} ${viewport.width}px: "${a}" overlaps "${b}"`);
      });
      for (const label of layout.timelineLabels) assert.ok(label.rect[0] >= 0 && label.rect[0] + label.rect[2] <= viewport.width, `${language.tag}: "${label.text}" is cut`);
      await phone.page.screenshot({ path: join(shotDir, `${language.tag}-phone-${viewport.width}.png`) });
      assert.deepEqual(phone.log.pageErrors, []);
      await phone.context.close();
    }
  });
}

test('a link\'s l= opens in its language and travels in links; the switch changes it', async () => {
  const { context, page } = await openPage(harness, { locale: 'en-US', path: '#l=ru' });
  await settle(page);
  await ready(page, 'ru');
  let s = await state(page);
  assert.equal(s.language, 'ru');
  assert.equal(s.languageChosen, true);
  assert.match(await page.evaluate(() => window.accordAtlas.link()), /[#&]l=ru\b/);
  const result = await page.evaluate(() => window.accordAtlas.set({ language: 'zh-Hans' }));
  assert.equal(result.ok, true);
  await waitForIdle(page, 600);
  s = await state(page);
  assert.equal(s.language, 'zh-Hans');
  assert.match(await page.evaluate(() => window.accordAtlas.link()), /[#&]l=zh-Hans\b/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hans');
  const refused = await page.evaluate(() => window.accordAtlas.set({ language: 'de' }));
  assert.equal(refused.ok, false);
  assert.match(refused.errors[0], /language must be one of en, fr, es, ru, zh-Hans/);
  // The switch in the header, as a reader uses it.
  await page.evaluate(() => window.accordAtlas.set({ language: 'en' }));
  await waitForIdle(page, 400);
  const { layout } = await state(page);
  const [x, y, w, h] = layout.controls.language;
  await page.mouse.click(x + w / 2, y + h / 2);
  await waitForIdle(page, 300);
  const item = (await state(page)).layout.controls['language-fr'];
  assert.ok(item, 'the switch lists the languages');
  await page.mouse.click(item[0] + item[2] / 2, item[1] + item[3] / 2);
  await waitForIdle(page, 400);
  assert.equal((await state(page)).language, 'fr');
  await context.close();
});

test('search: text composed with an input method, and names in other languages, find the country', async () => {
  const { context, page, log } = await openPage(harness, { locale: 'en-US' });
  await settle(page);
  const click = async (name) => {
    const [x, y, w, h] = (await state(page)).layout.controls[name] ?? (await state(page)).layout.search;
    await page.mouse.click(x + w / 2, y + h / 2);
    await waitForIdle(page, 300);
  };
  await click('search');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'atlas-text-input', 'the hidden text field takes the typing');
  // Pinyin composed into 中国, as an input method does it.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'zhong', selectionStart: 5, selectionEnd: 5 });
  await cdp.send('Input.imeSetComposition', { text: '中', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.insertText', { text: '中国' });
  for (let i = 0; i < 50 && !(await state(page)).partyNames.loaded; i++) await page.waitForTimeout(100);
  await waitForIdle(page, 400);
  await page.screenshot({ path: join(shotDir, 'search-ime-zh.png') });
  await page.keyboard.press('Enter');
  await waitForIdle(page, 400);
  assert.equal((await state(page)).selected, 'CHN', 'Enter chose the first hit: China');
  // A name pasted from the clipboard.
  await page.evaluate(() => window.accordAtlas.set({ selected: null }));
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await click('search');
  await page.evaluate(() => navigator.clipboard.writeText('Chine'));
  await page.keyboard.press('Control+V');
  await waitForIdle(page, 300);
  await page.keyboard.press('Enter');
  await waitForIdle(page, 400);
  assert.equal((await state(page)).selected, 'CHN', 'a pasted "Chine" finds China');
  // A Russian and a French name, typed on the keyboard.
  for (const [typed, id] of [['Китай', 'CHN'], ['Allemagne', 'DEU']]) {
    await click('search');
    await page.keyboard.type(typed);
    await waitForIdle(page, 300);
    await page.keyboard.press('Enter');
    await waitForIdle(page, 400);
    assert.equal((await state(page)).selected, id, typed);
  }
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

// The quotes in their own scripts, as a reader sees them: each source's words show when its link
// is hovered in the record. Korean (the African Union Commission's record of the Paris
// statement), Arabic (Saudi Arabia's OECD record) and Hindi (Russia's New Delhi record). The
// record's links are hovered one by one (scrolling the panel) and each view is kept as a picture;
// the atlas reports no character without a glyph.
test('quotes in Korean, Arabic and Hindi are drawn in their own scripts (screenshots)', async () => {
  const { context, page, log } = await openPage(harness, { locale: 'en-US', viewport: { width: 1280, height: 800 } });
  await settle(page);
  for (const [name, commitment, party] of [['korean', 'paris-statement-inclusive-sustainable-ai', 'AUC'], ['arabic', 'oecd-ai-recommendation', 'SAU'],
    ['hindi', 'new-delhi-declaration-ai-impact', 'RUS']]) {
    await page.evaluate(([c, p]) => window.accordAtlas.set({ commitment: c, selected: p, fly: false }), [commitment, party]);
    await fullEditionGlyphs(page, party);
    await waitForIdle(page, 400);
    const seen = new Set();
    let shot = 0;
    for (let scroll = 0; scroll < 6 && shot < 24; scroll++) {
      const { keyboard, layout } = await state(page);
      const [px, py, pw, ph] = layout.panel;
      const links = keyboard.stops.filter((stop) => stop.name.startsWith('link-') && !seen.has(stop.name) && stop.rect[1] > py && stop.rect[1] + stop.rect[3] < py + ph);
      for (const { name: stop, rect: [x, y, w, h] } of links) {
        if (shot >= 24) break;
        seen.add(stop);
        await page.mouse.move(x + Math.min(w / 2, 20), y + h / 2);
        await waitForIdle(page, 300);
        await page.screenshot({ path: join(shotDir, `quote-${name}-${++shot}.png`) });
      }
      await page.mouse.move(px + pw / 2, py + ph / 2);
      await page.mouse.wheel(0, ph * 0.6);
      await waitForIdle(page, 300);
    }
    assert.ok(shot > 0, `${name}: the record lists its sources`);
    const { glyphs } = await state(page);
    assert.equal(glyphs.missing, 0, `${name}: ${glyphs.missingSample.join(' ')}`);
  }
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
