// The JSON Schema (data/atlas.schema.json) and the shipped dataset agree, and the schema refuses
// what the C++ loader refuses for the common cases, so that people who validate with standard
// JSON Schema tools get the same verdict on types, enums and patterns.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoDir, requireWebPackage } from '../browser/harness.mjs';

const Ajv2020 = requireWebPackage('ajv/dist/2020.js').default;

const schema = JSON.parse(readFileSync(join(repoDir, 'data/atlas.schema.json'), 'utf8'));
const atlas = JSON.parse(readFileSync(join(repoDir, 'data/atlas.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(schema);

test('the shipped dataset is valid against the JSON Schema', () => {
  const valid = validate(atlas);
  assert.equal(valid, true, JSON.stringify(validate.errors?.slice(0, 5), null, 1));
});

test('the JSON Schema refuses a javascript: URL, an unknown action and a bad date', () => {
  const broken = structuredClone(atlas);
  broken.sources[0].url = 'javascript:alert(1)';
  broken.commitments[0].actions[0].action = 'sined';
  broken.commitments[0].adopted = '2019-5-22';
  assert.equal(validate(broken), false);
  const paths = validate.errors.map((e) => e.instancePath);
  assert.ok(paths.includes('/sources/0/url'), paths.join(' '));
  assert.ok(paths.includes('/commitments/0/actions/0/action'), paths.join(' '));
  assert.ok(paths.includes('/commitments/0/adopted'), paths.join(' '));
});

// Texts adopted by consensus (data/SCHEMA.md): "objected" and "co-facilitated" only there;
// "signed", "not-signed" and "declined" never there.
const byId = (data, id) => data.commitments.findIndex((c) => c.id === id);

test('the JSON Schema accepts objections and co-facilitation on a text adopted by consensus', () => {
  const i = byId(atlas, 'unga-a-res-79-325-scientific-panel-global-dialogue');
  assert.equal(atlas.commitments[i].adoption, 'consensus');
  const kinds = atlas.commitments[i].actions.map((a) => `${a.party}:${a.action}`).sort();
  assert.deepEqual(kinds, ['ARG:objected', 'CRI:co-facilitated', 'ESP:co-facilitated', 'USA:objected']);
  assert.equal(validate(atlas), true, JSON.stringify(validate.errors?.slice(0, 3)));
});

test('the JSON Schema refuses "objected" on a signed text and a refusal on a consensus text', () => {
  const broken = structuredClone(atlas);
  const paris = byId(broken, 'paris-statement-inclusive-sustainable-ai');
  const usa = broken.commitments[paris].actions.findIndex((a) => a.party === 'USA');
  broken.commitments[paris].actions[usa].action = 'objected';
  const res = byId(broken, 'unga-a-res-79-325-scientific-panel-global-dialogue');
  broken.commitments[res].actions[0].action = 'declined';
  assert.equal(validate(broken), false);
  const paths = validate.errors.map((e) => e.instancePath);
  assert.ok(paths.includes(`/commitments/${paris}/actions/${usa}/action`), paths.join(' '));
  assert.ok(paths.includes(`/commitments/${res}/actions/0/action`), paths.join(' '));
});

test('the JSON Schema refuses an unknown adoption', () => {
  const broken = structuredClone(atlas);
  broken.commitments[0].adoption = 'acclamation';
  assert.equal(validate(broken), false);
  assert.ok(validate.errors.some((e) => e.instancePath === '/commitments/0/adoption'));
});

test('the JSON Schema takes source dates and unread official pages, and refuses a malformed date', () => {
  assert.ok(atlas.sources.some((s) => s.date), 'some sources are dated');
  const bletchley = atlas.commitments.find((c) => c.id === 'bletchley-declaration');
  assert.deepEqual(bletchley.official_unread, ['govuk_decl']);
  const broken = structuredClone(atlas);
  const dated = broken.sources.findIndex((s) => s.date);
  broken.sources[dated].date = '1 Nov 2023';
  assert.equal(validate(broken), false);
  assert.ok(validate.errors.some((e) => e.instancePath === `/sources/${dated}/date`));
});
