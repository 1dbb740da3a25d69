// Light or dark: the reader's system decides, at the start and whenever it changes (a phone
// switching to dark at dusk, with the embed open), unless a theme was chosen: by the link (t=) or
// by the host through set({theme}) or its message. The page around the map then follows the
// map's colours (twin.js).
import * as bridge from './bridge.js';

const darkScheme = window.matchMedia('(prefers-color-scheme: dark)');
let chosen = false;

// set() was given a theme: the system's changes no longer apply.
export function markThemeChosen() {
  chosen = true;
}

// Once the app runs and the data is in. `linkChoseTheme`: the link names a theme.
export function followSystemTheme(linkChoseTheme) {
  chosen ||= linkChoseTheme;
  if (!chosen && darkScheme.matches) bridge.setView({ theme: 'dark' });
  darkScheme.addEventListener('change', (event) => {
    if (chosen) return;
    bridge.setView({ theme: event.matches ? 'dark' : 'light' });
    bridge.requestFrame();
  });
}
