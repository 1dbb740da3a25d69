// The bridge to the WebAssembly app: the only code that names its exports (`_accord_*`) and its
// event hook (Module.onAtlasEvent). It starts the module and marshals every call: strings and
// bytes are copied into the wasm heap for the call and freed after it, replies are read back as
// UTF-8 text or JSON. The rest of web/ calls these functions and never touches the module, so a
// renamed export changes here only (tests/browser/bridge.test.mjs checks each name against the
// built module). Every function but startApp and running needs a running app.
import createAccordAtlas from '../accord_atlas.js';
import * as atlasGlyphs from './glyphs.js';
import { textInput as textInputHooks } from './text_input.js';

let wasm = null;

// Starts the app on `canvas`; `onEvent(name, jsonText, isPublic)` receives every event it emits. Resolves to
// the app's start-up error (null when it runs); rejects when the module itself cannot start.
export async function startApp({ canvas, onEvent }) {
  const module = await createAccordAtlas({
    canvas,
    locateFile: (path) => new URL(path, import.meta.url ?? document.baseURI).href,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    onAtlasEvent: onEvent,
    atlasGlyphs,  // the glyphs the UI font lacks, drawn by the browser (src/platform/font_atlas.cpp)
    textInput: textInputHooks,  // ImGui's text fields type through a hidden field of the page (text_input.js)
  });
  wasm = module;
  return stateJson().startupError ?? null;
}

export const running = () => wasm !== null;

// [SECTION] marshalling
function withBytes(bytes, fn) {
  const pointer = wasm._malloc(Math.max(bytes.length, 1));
  try {
    wasm.HEAPU8.set(bytes, pointer);
    return fn(pointer, bytes.length);
  } finally {
    wasm._free(pointer);
  }
}

function withString(text, fn) {
  const length = wasm.lengthBytesUTF8(text) + 1;
  const pointer = wasm._malloc(length);
  try {
    wasm.stringToUTF8(text, pointer, length);
    return fn(pointer);
  } finally {
    wasm._free(pointer);
  }
}

const text = (pointer) => wasm.UTF8ToString(pointer);
const json = (pointer) => JSON.parse(text(pointer));

// [SECTION] data in: dataset, geometry, font
export const datasetLimitBytes = () => wasm._accord_dataset_limit_bytes();
export const loadDataset = (name, bytes) =>
  withString(name, (namePointer) => withBytes(bytes, (pointer, length) => wasm._accord_load_dataset(namePointer, pointer, length)) === 1);
// A dataset refused by size before its bytes reach the heap (`atLeast`: the download stopped at the limit).
export const refuseDataset = (name, sizeBytes, atLeast) =>
  withString(name, (namePointer) => wasm._accord_refuse_dataset(namePointer, sizeBytes, atLeast ? 1 : 0));
export const problems = () => json(wasm._accord_problems_json());
export const setFullEditionLoading = (loading) => wasm._accord_set_full_edition_loading(loading ? 1 : 0);
export const loadGeometry = (bytes, detailed) =>
  withBytes(bytes, (pointer, length) => wasm._accord_load_geometry(pointer, length, detailed ? 1 : 0)) !== 0;

// [SECTION] the page around the app
export const setViewport = (cssWidth, cssHeight, devicePixelRatio, coarsePointer) =>
  wasm._accord_set_viewport(cssWidth, cssHeight, devicePixelRatio, coarsePointer ? 1 : 0);
export const setEmbed = (embed, touchActivation) => wasm._accord_set_embed(embed ? 1 : 0, touchActivation ? 1 : 0);
export const setReducedMotion = (reduced) => wasm._accord_set_reduced_motion(reduced ? 1 : 0);
// The page's hidden text field (text_input.js): its text, and where its focus went.
export const textInput = (text) => withString(text, (pointer) => wasm._accord_text_input(pointer));
export const textInputFocus = (focused, leftAtlas) => wasm._accord_text_input_focus(focused ? 1 : 0, leftAtlas ? 1 : 0);
// navigator.languages: the UI takes the first language it has (a reader's or a link's choice stays).
export const guessLanguage = (tags) => withString(JSON.stringify(tags), (pointer) => wasm._accord_guess_language(pointer));
// data/ui-<tag>.json's text (a language's UI table); returns why it was refused ([] when taken).
export const loadUiStrings = (jsonText) => withString(jsonText, (pointer) => json(wasm._accord_load_ui_strings(pointer)));
// data/party-names.json's text; resolves to its problems ([] when taken).
export const loadPartyNames = (jsonText) => withString(jsonText, (pointer) => json(wasm._accord_load_party_names(pointer)));
// The canvas took the focus from the keyboard; `backwards`: from a control after it (Shift-Tab).
export const keyboardEnter = (backwards) => wasm._accord_keyboard_enter(backwards ? 1 : 0);

// [SECTION] the view
export const stateJson = () => json(wasm._accord_state_json());
export const heapBytes = () => wasm.HEAPU8.length;
export const heapInUseBytes = () => wasm._accord_heap_in_use_bytes();
export const setView = (view) => withString(JSON.stringify(view), (pointer) => json(wasm._accord_set_view(pointer)));
export const applyHash = (fragment) => withString(fragment, (pointer) => json(wasm._accord_apply_hash(pointer)));
export const viewHash = () => text(wasm._accord_view_hash());
export const play = () => wasm._accord_play();
export const pause = () => wasm._accord_pause();

// [SECTION] questions about what is shown
export const parties = () => json(wasm._accord_parties_json());
export const partyAt = (x, y) => text(wasm._accord_party_at(x, y)) || null;
export const screenPos = (partyId) => withString(partyId, (pointer) => json(wasm._accord_screen_pos(pointer)));
export const legend = () => json(wasm._accord_legend_json());
export const statusOf = (partyId, commitmentId, date) => withString(partyId, (party) => withString(commitmentId, (commitment) =>
  withString(date, (day) => json(wasm._accord_status_of(party, commitment, day)))));
export const exportCsv = () => text(wasm._accord_export_csv());
// {title, subtitle, summary, announcement, selection, html}: the HTML twin of what is shown.
export const twin = () => json(wasm._accord_twin_json());
// Changes when what the twin shows changes (not on a pan or zoom): see scene/twin.h.
export const twinKey = () => text(wasm._accord_twin_key());
export const viewSvg = () => text(wasm._accord_view_svg());

// [SECTION] frames
export const setExportMode = (on) => wasm._accord_set_export_mode(on ? 1 : 0);
export const drawNow = () => wasm._accord_draw_now();
export const framesDrawn = () => wasm._accord_frames_drawn();
export const frameCosts = () => json(wasm._accord_frame_costs_json());
export const requestFrame = () => wasm._accord_request_frame();
