#!/usr/bin/env node
// Converts the research notes (summits/, frameworks/, events/) into data/atlas.json
// (format: data/SCHEMA.md). Node 20 built-ins only.
//
//   node tools/import_research/import_research.mjs --research /path/to/research --out data/atlas.json
//
// Hand decisions live in overrides.json (each with a reason); ISO names/codes in
// iso_countries.json (generated once by gen_iso_table.mjs). See README.md.
//
// Index (grep "[SECTION]"):
//   [SECTION] arguments
//   [SECTION] helpers
//   [SECTION] sources
//   [SECTION] parties
//   [SECTION] actions
//   [SECTION] commitments
//   [SECTION] commitments from summits/*.json
//   [SECTION] commitments from frameworks/*.json
//   [SECTION] commitments from events/events.json
//   [SECTION] events
//   [SECTION] finalize commitments
//   [SECTION] finalize sources
//   [SECTION] finalize parties, then write the file
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

// [SECTION] arguments
function parseArgs(argv) {
  const a = { overrides: join(HERE, 'overrides.json'), iso: join(HERE, 'iso_countries.json') };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--research') a.research = argv[++i];
    else if (k === '--out') a.out = argv[++i];
    else if (k === '--overrides') a.overrides = argv[++i];
    else if (k === '--iso-table') a.iso = argv[++i];
    else throw new Error(`unknown argument ${k}`);
  }
  if (!a.research || !a.out) {
    console.error('usage: import_research.mjs --research DIR --out FILE [--overrides FILE] [--iso-table FILE]');
    process.exit(2);
  }
  return a;
}
const args = parseArgs(process.argv.slice(2));
const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));
const OV = readJson(args.overrides);
const ISO = readJson(args.iso).countries;
const R = resolve(args.research);

const problems = [];
const fail = (msg) => { throw new Error(msg); };
const warn = (msg) => problems.push(msg);

// [SECTION] helpers
const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
function isIsoDate(s) {
  if (typeof s !== 'string') return false;
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const y = +m[1];
  if (m[2] === undefined) return true;
  const mo = +m[2];
  if (mo < 1 || mo > 12) return false;
  if (m[3] === undefined) return true;
  const d = +m[3];
  const dim = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d >= 1 && d <= dim;
}
function endOfPeriod(s) {
  const m = DATE_RE.exec(s);
  if (m[3]) return s;
  if (m[2]) return `${m[1]}-${m[2]}-${String(new Date(Date.UTC(+m[1], +m[2], 0)).getUTCDate()).padStart(2, '0')}`;
  return `${m[1]}-12-31`;
}
function assertDate(s, where) { if (!isIsoDate(s)) fail(`bad date '${s}' at ${where}`); return s; }
// The date from which an action is certain (SCHEMA.md, "How a date reads on the timeline").
function certainFrom(d) {
  if (d.on) return endOfPeriod(d.on);
  if (d.by) return endOfPeriod(d.by);
  return endOfPeriod(d.between[1]);
}
function sortKey(d) { return d.on || d.by || d.between[0]; }
const isHttp = (u) => typeof u === 'string' && /^https?:\/\/\S+$/i.test(u.trim());
function normUrl(u) {
  try {
    const x = new URL(u.trim());
    x.hostname = x.hostname.toLowerCase();
    for (const k of [...x.searchParams.keys()]) if (k.startsWith('utm_')) x.searchParams.delete(k);
    let s = x.toString();
    if (s.endsWith('/')) s = s.slice(0, -1);
    return s;
  } catch { return u.trim(); }
}
const hostOf = (u) => new URL(u.trim()).hostname.replace(/^www\./i, '').toLowerCase();
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9_.-]+/g, '-').replace(/^-+|-+$/g, '');
const uniq = (arr) => [...new Set(arr)];
function joinNotes(...parts) {
  const p = parts.flat().filter((x) => typeof x === 'string' && x.trim()).map((x) => x.trim());
  return p.length ? uniq(p).join(' ') : undefined;
}
// research kind strings: "official (republished)", "secondary (quotes gov.uk)", "low-quality secondary" ...
function mapKind(k) {
  const s = (k || '').toLowerCase();
  if (s.startsWith('official')) return 'official';
  if (s.startsWith('tertiary')) return 'tertiary';
  return 'secondary';
}
function mapConfidence(c, where) {
  if (c == null) return undefined;
  const s = String(c).toLowerCase();
  if (s === 'high' || s === 'medium' || s === 'low') return s;
  if (s === 'very low') return 'low';
  fail(`unknown confidence '${c}' at ${where}`);
}
const BASES = new Set(['named', 'collective', 'derived']);

// [SECTION] sources
const sourcesById = new Map();   // id -> source object
const idByUrl = new Map();       // normalized url -> id
const keyMap = new Map();        // `${ns}:${key}` -> id | null (dropped)
const droppedKeys = new Map();   // `${ns}:${key}` -> reason
const usage = new Map();         // id -> Set(usage strings) (for generated 'supports')
const unreadOfficial = new Map(); // `${ns}:${key}` -> id of an official page the research could not read

// short prefixes for source ids that collide across research files
const NS_PREFIX = {
  'summits/bletchley-declaration': 'bletchley', 'summits/seoul-declaration': 'seoul-decl',
  'summits/seoul-statement-of-intent-ai-safety-science': 'seoul-soi', 'summits/seoul-ministerial-statement': 'seoul-min',
  'summits/frontier-ai-safety-commitments': 'frontier', 'summits/paris-statement-inclusive-sustainable-ai': 'paris',
  'summits/new-delhi-declaration-ai-impact': 'new-delhi', 'summits/new-delhi-frontier-ai-impact-commitments': 'new-delhi-frontier',
  'summits': 'summits', 'events': 'events',
};
function registerSource({ url, publisher, title, kind, supports, preferredId, ns }) {
  const n = normUrl(url);
  if (idByUrl.has(n)) {
    const id = idByUrl.get(n);
    const s = sourcesById.get(id);
    if (supports && !s.supports.includes(supports)) s.supports = `${s.supports} || [${ns}] ${supports}`;
    if (kind === 'official' && s.kind !== 'official') s.kind = 'official';
    return id;
  }
  let id = slug(preferredId);
  if (sourcesById.has(id)) id = slug(`${NS_PREFIX[ns] || ns}.${preferredId}`);
  let k = 2;
  const base = id;
  while (sourcesById.has(id)) id = `${base}-${k++}`;
  sourcesById.set(id, { id, url: url.trim(), publisher, ...(title ? { title } : {}), kind, supports: supports || '' });
  idByUrl.set(n, id);
  return id;
}
// research source dicts (summits/*, events/events.json)
function registerDict(ns, dict, fileLabel) {
  for (const [key, s] of Object.entries(dict)) {
    const read = s.read || '';
    if (!isHttp(s.url)) {
      keyMap.set(`${ns}:${key}`, null);
      droppedKeys.set(`${ns}:${key}`, `no http(s) URL (${String(s.url).slice(0, 80)})`);
      continue;
    }
    if (/^NOT read/i.test(read)) {
      keyMap.set(`${ns}:${key}`, null);
      droppedKeys.set(`${ns}:${key}`, `not read by the research: ${s.url}`);
      // An official page the research names but could not read: kept as a source that is never
      // evidence, so the record can link it as "official text (not used as evidence here)".
      if (mapKind(s.kind) === 'official') unreadOfficial.set(`${ns}:${key}`, registerSource({ url: s.url, publisher: s.publisher || hostOf(s.url), kind: 'official', supports: `Not read by the research, so not evidence here. Research: ${read}`, preferredId: key, ns }));
      continue;
    }
    const kindWord = mapKind(s.kind);
    const qualifier = s.kind && s.kind.toLowerCase() !== kindWord ? `[research kind: ${s.kind}] ` : '';
    const id = registerSource({
      url: s.url,
      publisher: s.publisher || hostOf(s.url),
      kind: kindWord,
      supports: `${qualifier}${read}`.trim() || `Cited by the research (${fileLabel}).`,
      preferredId: key,
      ns,
    });
    keyMap.set(`${ns}:${key}`, id);
  }
}
function resolveKeys(ns, keys, where) {
  const out = [];
  for (const k of keys || []) {
    const full = `${ns}:${k}`;
    if (!keyMap.has(full)) fail(`unknown source key ${k} in ${ns} at ${where}`);
    const id = keyMap.get(full);
    if (id) out.push(id);
  }
  return uniq(out);
}
// framework URL-string sources
const fwNotes = new Map(); // normalized url -> note
function resolveUrl(url, recSlug, use) {
  if (!isHttp(url)) return null;
  const n = normUrl(url);
  let id = idByUrl.get(n);
  if (!id) {
    const note = fwNotes.get(n);
    const ovk = OV.source_kinds[url.trim()];
    let pref = slug(OV.source_ids[url.trim()] || `${recSlug}.${hostOf(url)}`);
    for (let k = 2, base = pref; sourcesById.has(pref); k++) pref = `${base}-${k}`;
    id = registerSource({
      url,
      publisher: note?.publisher || ovk?.publisher || hostOf(url),
      kind: note ? mapKind(note.kind) : ovk ? ovk.kind : 'secondary',
      supports: note ? `${note.kind && mapKind(note.kind) !== note.kind.toLowerCase() ? `[research kind: ${note.kind}] ` : ''}${note.read}` : '',
      preferredId: pref,
      ns: recSlug,
    });
  }
  if (use) {
    if (!usage.has(id)) usage.set(id, new Set());
    usage.get(id).add(use);
  }
  return id;
}

// [SECTION] parties
const parties = new Map();
const isoByA3 = new Map(ISO.map((c) => [c.alpha3, c]));
function addState(id, a3, noNumeric) {
  const c = isoByA3.get(a3) || fail(`ISO table lacks ${a3}`);
  const name = OV.state_names[id] || c.names[0];
  const p = { id, kind: 'state', name, aliases: new Set([...c.names, ...(OV.state_aliases[id] || [])].filter((n) => n !== name)) };
  if (!noNumeric) p.iso_numeric = c.numeric;
  parties.set(id, p);
}
for (const a3 of OV.un_member_states.codes) addState(a3, a3, false);
if (OV.un_member_states.codes.length !== 193) fail('UN list must have 193 codes');
for (const o of OV.other_states) addState(o.id, o.iso_alpha3, o.no_iso_numeric);
const codeMap = new Map(); const nameMap = new Map();
for (const o of OV.non_state_parties) {
  parties.set(o.id, { id: o.id, kind: o.kind, name: o.name, aliases: new Set(o.aliases || []) });
  for (const c of o.research_codes || []) codeMap.set(c, o.id);
  for (const n of o.research_names || []) nameMap.set(n, o.id);
}
parties.get('EUU').members = OV.eu.members.map((m) => ({ party: m.party, from: m.from, ...(m.until ? { until: m.until } : {}) }));
const aliasExclude = new Set(OV.alias_exclude.names);
function partyOf(entry, where) {
  const code = entry.iso3;
  let id;
  if (code) id = codeMap.get(code) || code;
  else id = nameMap.get(entry.name);
  if (!id || !parties.has(id)) fail(`cannot map party ${JSON.stringify({ name: entry.name, iso3: code })} at ${where}`);
  const p = parties.get(id);
  if (entry.name && entry.name !== p.name && !aliasExclude.has(entry.name)) p.aliases.add(entry.name);
  return id;
}
const usedParties = new Set();

// [SECTION] actions
function parseJoined(s, where) {
  // "2024-05-21" | "by 2026-02-21" | "by 2025-02-20 (text)" | "2026-02-22/2026-02-24"
  let m;
  if ((m = /^by (\d{4}(?:-\d{2}){0,2})\s*(.*)$/.exec(s))) return { by: assertDate(m[1], where), ...(m[2] ? { note: m[2].replace(/^\(|\)$/g, '') } : {}) };
  if ((m = /^(\d{4}(?:-\d{2}){0,2})\/(\d{4}(?:-\d{2}){0,2})$/.exec(s))) return { between: [assertDate(m[1], where), assertDate(m[2], where)] };
  if (isIsoDate(s)) return { on: s };
  fail(`cannot parse date '${s}' at ${where}`);
}
function makeAction(c, o) {
  if (!o.sources.length) fail(`action without source: ${c.id} ${o.party}`);
  const a = { party: o.party, action: o.action, date: o.date, confidence: o.confidence };
  if (o.basis) a.basis = o.basis;
  a.sources = uniq(o.sources);
  if (o.note) a.note = o.note;
  usedParties.add(o.party);
  c.actions.push(a);
}
function applyActionOverride(cid, a) {
  for (const ov of OV.action_overrides) {
    if (ov.commitment !== cid || ov.party !== a.party) continue;
    if (ov.date) a.date = ov.date;
    if (ov.basis) a.basis = ov.basis;
    if (ov.note) a.note = joinNotes(a.note, ov.note);
    if (ov.add_sources) a.sources = uniq([...a.sources, ...ov.add_sources.map((k) => resolveKeysFor(cid, k))].filter(Boolean));
    ov._used = true;
  }
}
const nsOfCommitment = new Map();
function resolveKeysFor(cid, key) {
  const ns = nsOfCommitment.get(cid);
  return resolveKeys(ns, [key], cid)[0];
}
function refusalFor(cid, party) {
  const r = OV.refusals.find((x) => x.commitment === cid && x.party === party);
  if (!r) fail(`no refusal decision in overrides.json for ${cid} / ${party}`);
  r._used = true;
  return r;
}

// [SECTION] commitments
const commitments = [];
const events = [];
const extraOpenDoubts = new Map(); // cid -> [strings]
const addDoubt = (cid, s) => { if (!extraOpenDoubts.has(cid)) extraOpenDoubts.set(cid, []); extraOpenDoubts.get(cid).push(s); };

function newCommitment(id, base) {
  const ov = OV.commitments[id] || fail(`overrides.json has no commitment entry for ${id}`);
  const c = {
    id,
    official_title: base.official_title,
    short_title: base.short_title,
    kind: ov.kind || base.kind,
    event: base.event ?? null,
    adopted: assertDate(base.adopted, id),
    ...(base.reference ? { reference: base.reference } : {}),
    ...(ov.adoption ? { adoption: ov.adoption } : {}),
    summary: ov.summary || fail(`no summary for ${id}`),
    text_url: null,
    party_kinds: ov.party_kinds,
    completeness: null,
    confidence: ov.confidence || mapConfidence(base.confidence, id),
    confidence_note: base.confidence_note || '',
    open_doubts: [...(base.open_doubts || [])],
    sources: [],
    official_unread: [],
    actions: [],
    _ov: ov,
    _counts: [],
    _countNote: base.count_note,
  };
  commitments.push(c);
  return c;
}

// [SECTION] commitments from summits/*.json
const SUMMIT_FILES = [
  'bletchley-declaration', 'seoul-declaration', 'seoul-statement-of-intent-ai-safety-science', 'seoul-ministerial-statement',
  'frontier-ai-safety-commitments', 'paris-statement-inclusive-sustainable-ai', 'new-delhi-declaration-ai-impact',
  'new-delhi-frontier-ai-impact-commitments',
];
const summitsIndex = readJson(join(R, 'summits', 'summits.json'));
registerDict('summits', summitsIndex.sources, 'summits/summits.json');
const eventsFile = readJson(join(R, 'events', 'events.json'));
registerDict('events', eventsFile.sources, 'events/events.json');

for (const f of SUMMIT_FILES) {
  const d = readJson(join(R, 'summits', `${f}.json`));
  const ns = `summits/${f}`;
  registerDict(ns, d.sources, `summits/${f}.json`);
  nsOfCommitment.set(d.id, ns);
  const ov = OV.commitments[d.id];
  const c = newCommitment(d.id, {
    official_title: d.official_title,
    short_title: d.short_title,
    event: d.summit_id,
    adopted: d.date_adopted,
    confidence: d.confidence,
    confidence_note: d.confidence_reason,
    open_doubts: d.open_doubts,
    count_note: joinNotes(d.count_check, d.list_completeness ? `Research list_completeness: ${d.list_completeness}.` : '', d.signatories_scope ? `Scope: ${d.signatories_scope}.` : '', d.stated_count?.variants ? `Count variants: ${d.stated_count.variants}` : '', d.stated_count?.note),
  });
  c.sources = Object.keys(d.sources).map((k) => keyMap.get(`${ns}:${k}`)).filter(Boolean);
  c.official_unread = Object.keys(d.sources).map((k) => unreadOfficial.get(`${ns}:${k}`)).filter(Boolean);
  for (const k of Object.keys(d.sources)) {
    if (!droppedKeys.has(`${ns}:${k}`)) continue;
    addDoubt(c.id, unreadOfficial.has(`${ns}:${k}`)
      ? `Source '${k}' is linked as the official text but not used as evidence: ${droppedKeys.get(`${ns}:${k}`)}.`
      : `Source '${k}' is not cited in this dataset: ${droppedKeys.get(`${ns}:${k}`)}.`);
  }
  if (ov.text_url_source) c.text_url = sourcesById.get(keyMap.get(`${ns}:${ov.text_url_source}`)).url;
  if (d.date_note) c.open_doubts.unshift(`Date: ${d.date_note}`);
  if (d.alternative_titles) c.open_doubts.push(`Also titled: ${d.alternative_titles.join('; ')}.`);
  for (const sc of ov.stated_counts) c._counts.push({ count: sc.count, text: sc.text, as_of: sc.as_of, sources: resolveKeys(ns, sc.sources, `${c.id} stated_counts`) });
  const defConf = ov.default_action_confidence;
  const entries = [
    ...d.signatories.map((e) => ({ e, later: false })),
    ...(d.later_additions || []).map((e) => ({ e, later: true })),
  ];
  for (const { e, later } of entries) {
    const where = `${c.id}/${e.name}`;
    if (e.verified === false) { // Seoul Ministerial: unverified roster entries stay out
      addDoubt(c.id, `Not shown (unverified, research verified=false): ${e.name} (${e.iso3}). ${e.verification_note || ''}${e.attendance_evidence ? ` Attendance evidence only: ${e.attendance_evidence.join(', ')}.` : ''}`.trim());
      continue;
    }
    const party = partyOf(e, where);
    let date;
    if (e.joined) date = parseJoined(e.joined, where);
    else if (e.date) date = parseJoined(e.date, where);
    else if (!later) date = { on: d.date_adopted };
    else date = null; // must be set by an action override
    if (date && e.date_note) date.note = joinNotes(date.note, e.date_note);
    if (date && e.joined_note && !later) date.note = joinNotes(date.note, e.joined_note);
    const srcKeys = uniq([...(e.corroborated_by || []), ...(e.verification_sources || [])]);
    const a = {
      party,
      action: later ? (ov.later_action || ov.join_action) : ov.join_action,
      date,
      confidence: mapConfidence(e.confidence, where) || defConf,
      basis: BASES.has(e.basis) ? e.basis : undefined,
      sources: resolveKeys(ns, srcKeys, where),
      note: joinNotes(
        e.name_note && !/English name added from the code/.test(e.name_note) ? `Name: ${e.name_note}.` : '',
        e.note,
        later ? e.joined_note && `Joined later: ${e.joined_note}.` : '',
        e.verified === true && e.verification_note && c.id === 'seoul-ministerial-statement' ? e.verification_note : '',
        e.intent_evidence ? `Research intent_evidence (a pre-adoption statement of intent, not a signature): ${e.intent_evidence.join(', ')}.` : '',
      ),
    };
    const dropped = srcKeys.filter((k) => keyMap.get(`${ns}:${k}`) === null);
    if (dropped.length) a.note = joinNotes(a.note, `(Research also cites ${dropped.join(', ')}, which has no citable URL.)`);
    applyActionOverride(c.id, a);
    if (!a.date) fail(`no date for later addition ${where}`);
    if (e.confidence && String(e.confidence).toLowerCase() === 'very low') a.note = joinNotes(a.note, "Research confidence: 'very low'.");
    makeAction(c, a);
    // headquarters: only where the research states it
    if (e.hq_country_iso3_as_stated_by_source) {
      parties.get(party).headquarters = e.hq_country_iso3_as_stated_by_source;
      usedParties.add(e.hq_country_iso3_as_stated_by_source);
    }
  }
  for (const e of d.explicit_non_signatories || []) {
    const where = `${c.id}/non-signatory ${e.name}`;
    const party = partyOf(e, where);
    const r = refusalFor(c.id, party);
    const srcs = [...resolveKeys(ns, e.sources, where), ...resolveKeys('events', r.extra_sources || [], where)];
    makeAction(c, {
      party,
      action: r.action,
      date: r.date,
      confidence: r.confidence || mapConfidence(e.confidence, where) || defConf,
      sources: srcs,
      note: joinNotes(r.note || e.note, r.note && e.note && r.note !== e.note ? `Research: ${e.note}` : '', e.map_use ? `Research map_use: ${e.map_use}.` : ''),
    });
  }
  for (const u of d.unconfirmed_leads || []) addDoubt(c.id, `Unconfirmed lead, not shown: ${u.name}${u.iso3 ? ` (${u.iso3})` : ''}. ${u.note}`);
  for (const u of d.unconfirmed_mentions || []) addDoubt(c.id, `Unconfirmed mention, not shown: ${u.names.join(', ')} (${u.status}).`);
  for (const u of d.context_notes || []) c.open_doubts.push(`Context: ${u.note}`);
  if (d.us_uk_china_check) c.open_doubts.push(`Research check: ${d.us_uk_china_check.result} ${d.us_uk_china_check.note}`);
}

// [SECTION] commitments from frameworks/*.json
const fwFiles = readdirSync(join(R, 'frameworks')).filter((f) => f.endsWith('.json')).sort();
for (const f of fwFiles) {
  const d = readJson(join(R, 'frameworks', f));
  for (const rec of d.records) {
    const where0 = `frameworks/${f}#${rec.id}`;
    const recSlug = slug(rec.id.split('-').slice(0, 2).join('-'));
    for (const n of rec.source_notes || []) fwNotes.set(normUrl(n.url), n);
    const ov = OV.commitments[rec.id] || fail(`no override for ${rec.id}`);
    const adopted = rec.dates?.adopted && ov.adopted_field === 'adopted' ? rec.dates.adopted : rec.date;
    const c = newCommitment(rec.id, {
      official_title: rec.official_title,
      short_title: rec.short_title,
      event: null,
      adopted,
      reference: rec.reference,
      confidence: ov.confidence ? undefined : rec.confidence,
      confidence_note: joinNotes(ov.confidence ? `Research confidence: ${rec.confidence}.` : '', rec.confidence_note, ov.default_action_confidence_reason),
      open_doubts: rec.open_doubts,
      count_note: joinNotes(rec.count_check, rec.parties_note, ov.completeness_reason, rec.in_force_note ? `In force: ${rec.in_force_note}` : ''),
    });
    const srcIds = [];
    for (const u of rec.sources || []) {
      if (isHttp(u)) srcIds.push(resolveUrl(u, recSlug, null));
      else addDoubt(c.id, `Research source not cited here (${/not read/.test(u) ? 'cited by a compilation, not read by the research' : 'no http(s) URL'}): ${u}`);
      // "URL (cited by compilation, not read)": the official page a compilation names (README of
      // the research). Kept as an unread official page, never as evidence.
      const m = /^(https?:\/\/\S+) \((?:[^)]*, )?cited by compilation, not read\)$/.exec(u);
      if (m) c.official_unread.push(registerSource({ url: m[1], publisher: hostOf(m[1]), kind: 'official', supports: `Not read by the research, so not evidence here. Research: the official page named by the GitHub compilation ('${u.slice(m[1].length + 2, -1)}').`, preferredId: `${recSlug}.${hostOf(m[1])}`, ns: recSlug }));
    }
    for (const n of rec.source_notes || []) if (isHttp(n.url)) srcIds.push(resolveUrl(n.url, recSlug, null));
    c.sources = uniq(srcIds);
    // stated counts
    (rec.stated_counts || []).forEach((sc, i) => {
      const drop = ov.drop_stated_count_indexes?.[String(i)];
      if (drop) { addDoubt(c.id, `Stated count not kept as a count: '${sc.value}' (${sc.what}) - ${drop}`); return; }
      const o = ov.stated_count_overrides?.[String(i)] || {};
      const sid = resolveUrl(sc.source, recSlug, `stated count '${sc.value}' (${sc.what})`);
      if (!sid) fail(`stated count without citable source at ${where0}#${i}`);
      let asOf = o.as_of || sc.as_of;
      if (asOf && asOf.startsWith('~')) asOf = asOf.slice(1);
      c._counts.push({
        count: 'count' in o ? o.count : (typeof sc.value === 'number' ? sc.value : null),
        text: o.text || `${sc.value}: ${sc.what}${sc.as_of && sc.as_of.startsWith('~') ? ` (as of ${sc.as_of})` : ''}`,
        as_of: assertDate(asOf, `${where0} stated_counts[${i}]`),
        sources: [sid],
      });
    });
    const recConf = ov.default_action_confidence;
    for (const p of rec.parties || []) {
      const where = `${where0}/${p.name}`;
      const party = partyOf(p, where);
      let date;
      if (p.date_between) date = { between: p.date_between.map((x) => assertDate(x, where)) };
      else if (p.date) date = { on: assertDate(p.date, where) };
      else if (p.date_by) date = { by: assertDate(p.date_by, where) };
      else fail(`no date at ${where}`);
      const prec = p.date_precision && p.date_precision !== 'day' ? p.date_precision : '';
      const dnote = joinNotes(prec ? `Date precision: ${prec.replace(/\.$/, '')}.` : '', p.date_reported ? `Date reported: ${p.date_reported}.` : '', p.date_by && date.between ? `Also attested by ${p.date_by}.` : '');
      if (dnote) date.note = dnote;
      let basis;
      if (BASES.has(p.basis)) basis = p.basis;
      else if (typeof p.basis === 'string' && /^derived/i.test(p.basis)) basis = 'derived';
      else if (p.oecd_member === true && /36 member countries/.test(p.basis || '')) basis = ov.oecd_member_basis;
      let conf = mapConfidence(p.confidence, where);
      if (!conf) {
        if (basis === 'derived' && ov.derived_action_confidence) conf = ov.derived_action_confidence;
        else if (/inferred/.test(p.date_precision || '') && ov.inferred_date_confidence) conf = ov.inferred_date_confidence;
        else conf = recConf;
      }
      const srcs = [];
      const dropped = [];
      for (const u of p.sources) {
        const id = resolveUrl(u, recSlug, `${p.name} (${p.status}${p.date ? `, ${p.date}` : ''})`);
        if (id) srcs.push(id); else dropped.push(u);
      }
      const a = {
        party,
        action: p.status,
        date,
        confidence: conf,
        basis,
        sources: srcs,
        note: joinNotes(
          p.joined_as ? `Joined as: ${p.joined_as}.` : '',
          p.note,
          typeof p.basis === 'string' && !BASES.has(p.basis) ? `Research basis: ${p.basis}` : '',
          p.iso3_note,
          dropped.length ? `(Research also cites a source without a citable URL: ${dropped.map((x) => x.slice(0, 90)).join('; ')}.)` : '',
        ),
      };
      applyActionOverride(c.id, a);
      makeAction(c, a);
    }
    // The fourth pass lists reported non-endorsers it did not move into non_endorsers_noted
    // because they need a refusal decision; with one in overrides.json they become actions too.
    const reportedNonEndorsers = (rec.fourth_pass?.non_endorsers_reported_not_recorded || []).map((n) => ({ ...n, note: n.note || 'reported not to have signed (fourth pass, non_endorsers_reported_not_recorded).' }));
    for (const n of [...(rec.non_endorsers_noted || []), ...reportedNonEndorsers]) {
      const where = `${where0}/non-endorser ${n.name}`;
      const party = partyOf(n, where);
      const r = refusalFor(c.id, party);
      const urls = n.sources || [n.source];
      makeAction(c, {
        party,
        action: r.action,
        date: r.date,
        confidence: r.confidence || recConf,
        sources: urls.map((u) => resolveUrl(u, recSlug, `${n.name} (did not endorse)`)).filter(Boolean),
        note: joinNotes(r.note, `Research: ${n.note}`),
      });
    }
    if (rec.fourth_pass) c.open_doubts.push(`Research fourth pass (${rec.fourth_pass.date}): list ${rec.fourth_pass.list_count_before ?? ''} -> ${rec.fourth_pass.list_count_after ?? ''}${rec.fourth_pass.upgraded?.length ? `; upgraded ${rec.fourth_pass.upgraded.join(', ')}` : ''}.${rec.fourth_pass.note ? ` ${rec.fourth_pass.note}` : ''}`);
    if (rec.third_pass) c.open_doubts.push(`Research third pass (${rec.third_pass.date}): list ${rec.third_pass.list_count_before ?? ''} -> ${rec.third_pass.list_count_after ?? ''}; added ${(rec.third_pass.added || []).join(', ')}.${rec.third_pass.note ? ` ${rec.third_pass.note}` : ''}`);
    if (rec.adoption && typeof rec.adoption === 'string') c.open_doubts.unshift(`Adoption: ${rec.adoption}`);
    if (rec.dates) c.open_doubts.unshift(`Dates (research): ${Object.entries(rec.dates).map(([k, v]) => `${k}: ${v}`).join('; ')}.`);
    if (rec.negotiated_by) c.open_doubts.push(`Negotiated by (not signatories): ${rec.negotiated_by}`);
    if (rec.integration_2024) c.open_doubts.push(`OECD integration (research): ${rec.integration_2024}`);
    if (ov.no_actions_note) c.open_doubts.unshift(ov.no_actions_note);
  }
}

// [SECTION] commitments from events/events.json
const evRec = new Map(eventsFile.events.map((e) => [e.id, e]));
const geo = (k) => (k ? OV.geocoded[k] || fail(`no geocode ${k}`) : { lat: null, lon: null });
for (const e of eventsFile.events) {
  const m = OV.events_json_records[e.id] || fail(`no decision for events.json record ${e.id}`);
  if (m.as !== 'commitment') continue;
  nsOfCommitment.set(e.id, 'events');
  const ov = OV.commitments[e.id];
  const c = newCommitment(e.id, {
    official_title: e.official_title,
    short_title: e.short_title,
    event: m.event || null,
    adopted: e.date,
    reference: e.reference,
    confidence: e.confidence,
    confidence_note: e.confidence_reason,
    open_doubts: e.open_doubts,
    count_note: joinNotes(
      e.named_endorsers.length ? '' : 'No named endorser list exists in the sources read.',
      e.adoption?.mode ? `Adoption: ${e.adoption.mode}` : '',
      e.adoption?.detail,
    ),
  });
  c.kind = m.kind;
  c.sources = resolveKeys('events', e.sources, e.id);
  if (ov.text_url_source) c.text_url = sourcesById.get(keyMap.get(`events:${ov.text_url_source}`)).url;
  for (const sc of ov.stated_counts || []) c._counts.push({ count: sc.count, text: sc.text, as_of: sc.as_of, sources: resolveKeys('events', sc.sources, e.id) });
  for (const sc of e.stated_counts || []) c.open_doubts.push(`Figure (not a party count): ${sc.value} ${sc.what}.`);
  for (const kf of e.key_facts || []) c.open_doubts.push(`Fact${kf.date ? ` (${kf.date})` : ''}: ${kf.fact}`);
  for (const pv of e.adoption?.procedural_votes || []) {
    c.open_doubts.push(`Procedural vote, NOT an action on this commitment: ${pv.what}: ${pv.in_favour} in favour, ${pv.against} against (${pv.named_against.map((x) => x.name).join(', ')}), ${pv.abstentions} abstentions${pv.not_participating != null ? `, ${pv.not_participating} not participating` : ''}. ${pv.note}`);
  }
  if (e.adoption?.amendment_cosponsors) c.open_doubts.push(`Co-sponsors of the Russian amendment (not actions on the Compact): ${e.adoption.amendment_cosponsors.join(', ')}.`);
  for (const n of e.named_endorsers) {
    const where = `${e.id}/${n.name}`;
    const party = partyOf(n, where);
    const byBasis = OV.named_endorser_basis[n.basis];
    const a = { party, action: byBasis ? byBasis.action : 'endorsed', date: { on: e.date }, confidence: ov.default_action_confidence, sources: resolveKeys('events', n.sources, where), note: joinNotes(`Research basis: ${n.basis}.`) };
    applyActionOverride(e.id, a);
    makeAction(c, a);
  }
  for (const n of e.explicit_non_endorsers) {
    const where = `${e.id}/non-endorser ${n.name}`;
    const party = partyOf(n, where);
    const r = refusalFor(e.id, party);
    makeAction(c, { party, action: r.action, date: r.date, confidence: r.confidence || ov.default_action_confidence, sources: resolveKeys('events', n.sources, where), note: joinNotes(r.note, n.position) });
  }
  // names in procedural votes: aliases only
  for (const pv of e.adoption?.procedural_votes || []) for (const x of pv.named_against || []) partyOf(x, `${e.id} vote`);
}
// records folded into commitment notes
for (const [rid, m] of Object.entries(OV.events_json_records)) {
  if (m.as === 'note_in_commitment' || m.also_note_in_commitment) {
    const e = evRec.get(rid);
    const target = m.as === 'note_in_commitment' ? m.target : m.also_note_in_commitment;
    const c = commitments.find((x) => x.id === target) || fail(`no commitment ${target}`);
    c.open_doubts.push(`Related (${e.date}): ${e.official_title}. ${e.summary} [research record ${rid}; sources: ${resolveKeys('events', e.sources, rid).join(', ')}]`);
    c.sources = uniq([...c.sources, ...resolveKeys('events', e.sources, rid)]);
  }
}

// [SECTION] events
function pushEvent(ev) { events.push(ev); }
for (const s of summitsIndex.summits) {
  const so = OV.summit_events[s.id] || {};
  const g = geo(so.geocode);
  let srcs = resolveKeys('summits', s.sources, s.id);
  let note = joinNotes(s.date_note, so.note, s.next_announced ? `Next announced: ${s.next_announced}.` : '');
  if (so.merge_events_json) {
    const e = evRec.get(so.merge_events_json);
    srcs = uniq([...srcs, ...resolveKeys('events', e.sources, e.id)]);
    note = joinNotes(note, e.key_facts.filter((k) => !/themes/.test(k.fact)).map((k) => k.fact), `(Merged with research record ${e.id}.)`);
  }
  pushEvent({
    id: s.id, name: s.name, kind: 'summit', status: 'held', city: s.city, venue: s.venue ?? null, host: s.iso3,
    hosts: [s.host], lat: g.lat, lon: g.lon, start: assertDate(s.start_date, s.id), end: assertDate(s.end_date, s.id),
    themes: s.official_themes, outputs: s.outputs, sources: srcs, note,
  });
  usedParties.add(s.iso3);
}
for (const e of eventsFile.events) {
  const m = OV.events_json_records[e.id];
  if (m.as !== 'event') continue;
  const g = geo(m.geocode);
  let srcs = resolveKeys('events', e.sources, e.id);
  if (m.merge_summits_next) {
    const n = summitsIndex.next_summits.find((x) => x.year === m.merge_summits_next);
    srcs = uniq([...srcs, ...resolveKeys('summits', n.sources, e.id)]);
  }
  const outputs = commitments.filter((c) => c.event === e.id).map((c) => c.id);
  for (const [rid, mm] of Object.entries(OV.events_json_records)) {
    if (mm.as === 'fold_into_event' && mm.target === e.id) {
      const x = evRec.get(rid);
      outputs.push(`${x.short_title} (${x.date}): ${x.summary}`);
      srcs = uniq([...srcs, ...resolveKeys('events', x.sources, rid)]);
    }
  }
  const extra = [];
  if (e.adoption && e.adoption.mode && e.adoption.in_favour != null) {
    extra.push(`${e.adoption.mode}: ${e.adoption.in_favour} in favour, ${e.adoption.against} against (${e.adoption.named_against.map((x) => x.name).join(', ')}), ${e.adoption.abstentions} abstentions (${e.adoption.named_abstaining.map((x) => x.name).join(', ')}). This vote is on the appointments, not on a commitment.`);
    for (const x of [...e.adoption.named_against, ...e.adoption.named_abstaining]) partyOf(x, e.id);
  }
  for (const n of e.explicit_non_endorsers || []) extra.push(`${n.name}: ${n.position}`);
  if (m.kind === 'meeting' && /report/.test(e.event_type || '')) extra.push(`This record is the release of a report (${e.event_type}); the format has no 'report' kind, so it is shown as an event of kind 'meeting'.`);
  if (m.status === 'announced' && e.start_date) extra.push('Scheduled; no source read confirms that it took place.');
  const start = e.start_date || e.date;
  const end = e.end_date || e.date;
  pushEvent({
    id: e.id, name: e.official_title, kind: m.kind, status: m.status || 'held', city: e.city ?? null, venue: e.venue ?? null,
    host: e.iso3 ?? null, hosts: e.body_host ? [e.body_host] : [], lat: g.lat, lon: g.lon,
    start: assertDate(start, e.id), end: assertDate(end, e.id), themes: m.themes || [], outputs,
    sources: srcs,
    note: joinNotes(e.summary, e.date_note, extra, e.open_doubts.length ? `Open doubts (research): ${e.open_doubts.join(' ')}` : ''),
  });
  if (e.iso3) usedParties.add(e.iso3);
}

// [SECTION] finalize commitments
const JOIN = new Set(['signed', 'endorsed', 'adhered', 'joined', 'member', 'subscribed', 'ratified', 'sponsored', 'co-sponsored']);
for (const c of commitments) {
  const ov = c._ov;
  // completeness
  const counts = c._counts.slice().sort((a, b) => (a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : 0));
  let list = 'partial';
  let why = 'No stated count of parties.';
  if (counts.length) {
    const latest = counts.reduce((m, x) => (endOfPeriod(x.as_of) > endOfPeriod(m) ? x.as_of : m), counts[0].as_of);
    const atLatest = counts.filter((x) => x.as_of === latest);
    const nums = uniq(atLatest.map((x) => x.count).filter((x) => x !== null));
    const joined = uniq(c.actions.filter((a) => JOIN.has(a.action) && certainFrom(a.date) <= endOfPeriod(latest)).map((a) => a.party));
    if (nums.length === 1 && atLatest.every((x) => x.count !== null) && joined.length === nums[0]) {
      list = 'complete';
      why = `${joined.length} distinct joining parties recorded by ${latest} = the stated count of ${nums[0]} at that date.`;
    } else if (nums.length === 0) {
      why = `The latest stated count (${latest}) gives no number.`;
    } else {
      why = `${joined.length} distinct joining parties recorded by ${latest}; stated count(s) at that date: ${atLatest.map((x) => x.count ?? 'no number').join(', ')}.`;
    }
  }
  c.completeness = {
    list,
    stated_counts: counts,
    note: joinNotes(why, list === 'partial' ? 'Absence from this list means unknown, not refusal.' : '', c._countNote, ov.count_reason ? `Counting: ${ov.count_reason}` : ''),
  };
  // open doubts: research ones (less those a later pass superseded) + generated
  const superseded = OV.superseded_open_doubts.filter((x) => x.commitment === c.id);
  for (const x of superseded) {
    const before = c.open_doubts.length;
    c.open_doubts = c.open_doubts.filter((d) => !d.startsWith(x.starts_with));
    if (c.open_doubts.length === before) fail(`superseded open doubt not found: ${c.id} '${x.starts_with}'`);
  }
  c.open_doubts = uniq([...c.open_doubts, ...(extraOpenDoubts.get(c.id) || [])]);
  for (const x of OV.exclusions.filter((x) => x.commitment === c.id)) c.open_doubts.push(`Excluded: ${x.what} - ${x.reason}`);
  c.open_doubts = uniq(c.open_doubts);
  // Where the research gives no reason, its own confidence scale (READMEs) says what the level means.
  const researchScale = {
    high: 'The research rates this list high: the full list was read in an official source.',
    medium: 'The research rates this list medium: the list comes from secondary sources, or was derived and cross-checked.',
    low: 'The research rates this list low: the list is partial, or rests on a tertiary source.',
  };
  if (!c.confidence_note) c.confidence_note = researchScale[c.confidence];
  // actions: date then party
  c.actions.sort((a, b) => (sortKey(a.date) < sortKey(b.date) ? -1 : sortKey(a.date) > sortKey(b.date) ? 1 : a.party < b.party ? -1 : a.party > b.party ? 1 : 0));
  // official pages read only in part (e.g. the opening of gov.uk's Bletchley text, not its list)
  for (const k of ov.official_unread || []) c.official_unread.push(resolveKeysFor(c.id, k.source) || fail(`official_unread ${k.source} of ${c.id} does not resolve`));
  c.official_unread = uniq(c.official_unread).sort();
  for (const id of c.official_unread) if (c.actions.some((a) => a.sources.includes(id))) fail(`${c.id}: ${id} is both evidence and an unread official page`);
  // every action source is also a commitment source
  c.sources = uniq([...c.sources, ...c.actions.flatMap((a) => a.sources), ...counts.flatMap((x) => x.sources)]);
  c.sources.sort();
}
commitments.sort((a, b) => (a.adopted < b.adopted ? -1 : a.adopted > b.adopted ? 1 : a.id < b.id ? -1 : 1));
events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
for (const ev of events) for (const o of ev.outputs) if (/^[a-z0-9-]+$/.test(o) && !commitments.find((c) => c.id === o)) fail(`event ${ev.id} output ${o} is not a commitment`);

// unused overrides are mistakes
for (const r of OV.refusals) if (!r._used) fail(`unused refusal override ${r.commitment}/${r.party}`);
for (const r of OV.action_overrides) if (!r._used) fail(`unused action override ${r.commitment}/${r.party}`);

// [SECTION] finalize sources
const unSrc = registerSource({ ...OV.un_member_states.source, preferredId: OV.un_member_states.source.id, ns: 'overrides' });
const euSrc = registerSource({ ...OV.eu.source, preferredId: OV.eu.source.id, ns: 'overrides' });
const referenced = new Set([unSrc, euSrc]);
for (const c of commitments) [...c.sources, ...c.official_unread].forEach((s) => referenced.add(s));
for (const e of events) e.sources.forEach((s) => referenced.add(s));
// Kinds the research gives that the rule "tertiary = compilations and encyclopaedia-style
// aggregators" changes (each with its reason); the research's word stays at the start of supports.
for (const [id, r] of Object.entries(OV.source_kind_reclassified)) {
  if (id.startsWith('_')) continue;
  const s = sourcesById.get(id) || fail(`source_kind_reclassified: unknown source ${id}`);
  if (!referenced.has(id)) fail(`source_kind_reclassified: source ${id} is not cited`);
  s.supports = `[research kind: ${s.kind}; here ${r.kind}: ${r.reason}] ${s.supports.replace(/^\[research kind: ([^\]]*)\] /, '(research kind: $1) ')}`;
  s.kind = r.kind;
}
// Publication dates where the page's address carries one: /2023/11/01/, /20231107/, 2023-11-01,
// or /2023/11/ (month). Only plausible dates (2015 to the dataset's as_of) are kept.
function dateFromUrl(u) {
  const path = new URL(u).pathname;
  const plausible = (y, m, d) => +y >= 2015 && +m >= 1 && +m <= 12 && isIsoDate(d ? `${y}-${m}-${d}` : `${y}-${m}`) && (d ? `${y}-${m}-${d}` : `${y}-${m}`) <= OV.dataset.as_of;
  let m = /\/(20\d\d)\/(\d\d)\/(\d\d)(?=\/|$)/.exec(path) || /(?:^|[\/_-])(20\d\d)-?(\d\d)-?(\d\d)(?=[\/_.-]|$)/.exec(path);
  if (m && plausible(m[1], m[2], m[3])) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /\/(20\d\d)\/(\d\d)(?=\/)/.exec(path);
  if (m && plausible(m[1], m[2])) return `${m[1]}-${m[2]}`;
  return undefined;
}
for (const [id, s] of sourcesById) {
  if (!s.supports) {
    const u = [...(usage.get(id) || [])];
    s.supports = u.length
      ? `Cited by the research (frameworks) for: ${u.slice(0, 12).join('; ')}${u.length > 12 ? `; and ${u.length - 12} more` : ''}.`
      : 'Listed among the research sources for this commitment (no per-entry use recorded).';
  }
}
const sources = [...sourcesById.values()].filter((s) => referenced.has(s.id)).sort((a, b) => (a.id < b.id ? -1 : 1))
  .map((s) => { const date = dateFromUrl(s.url); return { id: s.id, url: s.url, publisher: s.publisher, ...(s.title ? { title: s.title } : {}), kind: s.kind, ...(date ? { date } : {}), supports: s.supports }; });

// [SECTION] finalize parties, then write the file
const partyList = [...parties.values()].sort((a, b) => (a.id < b.id ? -1 : 1)).map((p) => {
  const o = { id: p.id, kind: p.kind, name: p.name, aliases: [...p.aliases].filter((x) => x !== p.name).sort() };
  if (p.iso_numeric) o.iso_numeric = p.iso_numeric;
  if (p.headquarters) o.headquarters = p.headquarters;
  if (p.members) o.members = p.members;
  // What makes a state a party of the map (UN membership) and the EU's membership dates are
  // sourced facts too.
  if (p.kind === 'state' && OV.un_member_states.codes.includes(p.id)) o.sources = [unSrc];
  if (p.id === 'EUU') o.sources = [euSrc];
  return o;
});
// non-state parties not used by any action are dropped (states are always kept for the map)
const finalParties = partyList.filter((p) => p.kind === 'state' || usedParties.has(p.id) || p.id === 'EUU');

const out = {
  schema_version: 1,
  dataset: OV.dataset,
  parties: finalParties,
  sources,
  events: events.map((e) => ({ ...e, ...(e.note ? {} : { note: undefined }) })),
  commitments: commitments.map((c) => ({
    id: c.id, official_title: c.official_title, short_title: c.short_title, kind: c.kind, event: c.event, adopted: c.adopted,
    ...(c.reference ? { reference: c.reference } : {}), ...(c.adoption ? { adoption: c.adoption } : {}), summary: c.summary, text_url: c.text_url, party_kinds: c.party_kinds,
    completeness: c.completeness, confidence: c.confidence, confidence_note: c.confidence_note, open_doubts: c.open_doubts,
    sources: c.sources, ...(c.official_unread.length ? { official_unread: c.official_unread } : {}), actions: c.actions,
  })),
};
writeFileSync(args.out, JSON.stringify(out, null, 2) + '\n');
console.log(`wrote ${args.out}: ${finalParties.length} parties, ${sources.length} sources, ${events.length} events, ${commitments.length} commitments, ${commitments.reduce((n, c) => n + c.actions.length, 0)} actions`);
if (problems.length) console.log(problems.join('\n'));
