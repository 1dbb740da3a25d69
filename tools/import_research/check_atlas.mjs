#!/usr/bin/env node
// Consistency checks on data/atlas.json beyond JSON Schema (references, calendar dates,
// completeness arithmetic). Node 20 built-ins only.
//   node tools/import_research/check_atlas.mjs [data/atlas.json]
import { readFileSync } from 'node:fs';

const file = process.argv[2] || 'data/atlas.json';
const d = JSON.parse(readFileSync(file, 'utf8'));
const errors = [];
const warnings = [];
const err = (m) => errors.push(m);

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
function validDate(s) {
  if (typeof s !== 'string') return false;
  const m = DATE_RE.exec(s);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const mo = +m[2];
  if (mo < 1 || mo > 12) return false;
  if (m[3] === undefined) return true;
  const day = +m[3];
  return day >= 1 && day <= new Date(Date.UTC(+m[1], mo, 0)).getUTCDate();
}
const startOf = (s) => (s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s);
function endOf(s) {
  if (s.length === 10) return s;
  if (s.length === 7) return `${s}-${String(new Date(Date.UTC(+s.slice(0, 4), +s.slice(5, 7), 0)).getUTCDate()).padStart(2, '0')}`;
  return `${s}-12-31`;
}
const certain = (dt) => endOf(dt.on || dt.by || dt.between[1]);
function checkDate(s, where) { if (!validDate(s)) err(`${where}: invalid date '${s}'`); }

function uniqueIds(arr, what) {
  const seen = new Set();
  for (const x of arr) { if (seen.has(x.id)) err(`duplicate ${what} id ${x.id}`); seen.add(x.id); }
  return seen;
}
const partyIds = uniqueIds(d.parties, 'party');
const sourceIds = uniqueIds(d.sources, 'source');
const eventIds = uniqueIds(d.events, 'event');
const commitmentIds = uniqueIds(d.commitments, 'commitment');
const partyById = new Map(d.parties.map((p) => [p.id, p]));
const usedSources = new Set();
const refSources = (list, where) => {
  for (const s of list || []) { if (!sourceIds.has(s)) err(`${where}: unknown source ${s}`); usedSources.add(s); }
};

checkDate(d.dataset.version, 'dataset.version');
checkDate(d.dataset.as_of, 'dataset.as_of');

for (const p of d.parties) {
  if (p.headquarters && !partyIds.has(p.headquarters)) err(`party ${p.id}: unknown headquarters ${p.headquarters}`);
  for (const m of p.members || []) {
    if (!partyIds.has(m.party)) err(`party ${p.id}: unknown member ${m.party}`);
    else if (partyById.get(m.party).kind !== 'state') err(`party ${p.id}: member ${m.party} is not a state`);
    checkDate(m.from, `${p.id}.members.${m.party}.from`);
    if (m.until) { checkDate(m.until, `${p.id}.members.${m.party}.until`); if (startOf(m.until) < startOf(m.from)) err(`${p.id}: member ${m.party} until < from`); }
  }
}
for (const s of d.sources) if (!/^https?:\/\/\S+$/.test(s.url)) err(`source ${s.id}: bad url`);

for (const e of d.events) {
  if (e.host !== null && !partyIds.has(e.host)) err(`event ${e.id}: unknown host ${e.host}`);
  if (!e.sources.length) err(`event ${e.id}: no source`);
  refSources(e.sources, `event ${e.id}`);
  if (e.start) checkDate(e.start, `event ${e.id}.start`);
  if (e.end) checkDate(e.end, `event ${e.id}.end`);
  if (e.start && e.end && endOf(e.end) < startOf(e.start)) err(`event ${e.id}: end < start`);
  for (const o of e.outputs) if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(o) && !commitmentIds.has(o)) err(`event ${e.id}: output ${o} is not a commitment id`);
}

const JOIN = new Set(['signed', 'endorsed', 'adhered', 'joined', 'member', 'subscribed', 'ratified', 'sponsored', 'co-sponsored']);
const REFUSE = new Set(['declined', 'not-signed']);
// A text adopted by consensus has no signatories and no refusers (data/SCHEMA.md).
const CONSENSUS_ONLY = new Set(['objected', 'co-facilitated']);
const NOT_ON_CONSENSUS = new Set(['signed', 'not-signed', 'declined']);
const rows = [];
for (const c of d.commitments) {
  const w = `commitment ${c.id}`;
  if (c.event !== null && !eventIds.has(c.event)) err(`${w}: unknown event ${c.event}`);
  checkDate(c.adopted, `${w}.adopted`);
  refSources(c.sources, w);
  refSources(c.official_unread, `${w} official_unread`);
  for (const s of c.official_unread || []) {
    if (d.sources.find((x) => x.id === s)?.kind !== 'official') err(`${w}: official_unread ${s} is not an official source`);
    if (c.actions.some((a) => a.sources.includes(s))) err(`${w}: official_unread ${s} is also cited as evidence`);
  }
  const seen = new Set();
  for (const a of c.actions) {
    const aw = `${w} action ${a.party}/${a.action}`;
    if (c.adoption === 'consensus' ? NOT_ON_CONSENSUS.has(a.action) : CONSENSUS_ONLY.has(a.action)) err(`${aw}: does not fit adoption '${c.adoption ?? 'unstated'}'`);
    if (!partyIds.has(a.party)) err(`${aw}: unknown party`);
    else if (!c.party_kinds.includes(partyById.get(a.party).kind)) err(`${aw}: party kind ${partyById.get(a.party).kind} not in party_kinds`);
    if (!a.sources || a.sources.length === 0) err(`${aw}: no source`);
    refSources(a.sources, aw);
    for (const s of a.sources) if (!c.sources.includes(s)) err(`${aw}: source ${s} missing from commitment sources`);
    const keys = Object.keys(a.date).filter((k) => k !== 'note');
    if (keys.length !== 1) err(`${aw}: date must have exactly one of on/by/between`);
    if (a.date.on) checkDate(a.date.on, aw);
    if (a.date.by) checkDate(a.date.by, aw);
    if (a.date.between) {
      a.date.between.forEach((x) => checkDate(x, aw));
      if (startOf(a.date.between[0]) > endOf(a.date.between[1])) err(`${aw}: window reversed`);
    }
    const k = `${a.party}|${JSON.stringify(a.date)}`;
    if (seen.has(k)) err(`${aw}: party acts twice on the same date`);
    seen.add(k);
  }
  // joins / leaves alternate: no second join without a leave in between
  const byParty = new Map();
  for (const a of c.actions) { if (!byParty.has(a.party)) byParty.set(a.party, []); byParty.get(a.party).push(a); }
  for (const [p, list] of byParty) {
    let joined = false;
    for (const a of list.slice().sort((x, y) => (certain(x.date) < certain(y.date) ? -1 : 1))) {
      if (JOIN.has(a.action)) { if (joined && a.action !== 'ratified') err(`${w}: ${p} joins twice without leaving`); joined = true; }
      if (a.action === 'withdrew') { if (!joined) err(`${w}: ${p} withdraws without joining`); joined = false; }
    }
  }
  const counts = c.completeness.stated_counts;
  for (const sc of counts) { checkDate(sc.as_of, `${w} stated count`); refSources(sc.sources, `${w} stated count`); if (!sc.sources.length) err(`${w}: stated count without source`); }
  let latest = null;
  for (const sc of counts) if (!latest || endOf(sc.as_of) > endOf(latest)) latest = sc.as_of;
  const atLatest = counts.filter((x) => x.as_of === latest);
  const joinedByLatest = latest ? new Set(c.actions.filter((a) => JOIN.has(a.action) && certain(a.date) <= endOf(latest)).map((a) => a.party)) : new Set();
  if (c.completeness.list === 'complete') {
    if (!latest) err(`${w}: complete without a stated count`);
    for (const sc of atLatest) if (sc.count !== joinedByLatest.size) err(`${w}: complete but ${joinedByLatest.size} joining parties by ${latest} != stated ${sc.count}`);
  }
  const joins = new Set(c.actions.filter((a) => JOIN.has(a.action)).map((a) => a.party)).size;
  const refusals = c.actions.filter((a) => REFUSE.has(a.action)).length;
  const disputed = c.actions.filter((a) => a.action === 'disputed').length;
  const objected = c.actions.filter((a) => a.action === 'objected').length;
  rows.push([c.id, c.actions.length, joins, refusals, disputed, c.completeness.list, counts.map((x) => `${x.count ?? '?'}@${x.as_of}`).join(' '), c.confidence, objected]);
}
for (const p of d.parties) for (const s of p.sources || []) usedSources.add(s);
for (const s of d.sources) if (!usedSources.has(s.id)) warnings.push(`source ${s.id} is not cited anywhere`);

console.log('commitment'.padEnd(52), 'actions', 'joined', 'refused', 'objected', 'disputed', 'list'.padEnd(8), 'conf'.padEnd(6), 'stated counts');
for (const r of rows) console.log(r[0].padEnd(52), String(r[1]).padStart(7), String(r[2]).padStart(6), String(r[3]).padStart(7), String(r[8]).padStart(8), String(r[4]).padStart(8), r[5].padEnd(8), r[7].padEnd(6), r[6]);
console.log(`\nparties ${d.parties.length} (states ${d.parties.filter((p) => p.kind === 'state').length}), sources ${d.sources.length}, events ${d.events.length}, commitments ${d.commitments.length}, actions ${d.commitments.reduce((n, c) => n + c.actions.length, 0)}`);
for (const w of warnings) console.log(`warning: ${w}`);
if (errors.length) { for (const e of errors) console.log(`ERROR: ${e}`); console.log(`${errors.length} error(s)`); process.exit(1); }
console.log('check_atlas: OK');
