// Keyboard entry into the canvas. Tab inside it is the app's (scene/keyboard.h: it moves through
// the canvas's controls, and past the last one the browser takes the focus on); what the app
// cannot see is where the focus came from. When the canvas takes the focus from the keyboard, this
// tells the app whether the reader tabbed forwards into it (its first control is focused) or
// back into it with Shift-Tab from something after it (its last control). A focus that a pointer
// gave (a click, a tap), a closing dialog or a script selects no control and shows no ring.
import * as bridge from './bridge.js';
import { canvas } from './page.js';
import { textField } from './text_input.js';

export function followKeyboardEntry() {
  let pointerFocus = false;
  canvas.addEventListener('pointerdown', () => {
    pointerFocus = true;
    setTimeout(() => { pointerFocus = false; }, 0);  // the focus comes within the same task
  });
  canvas.addEventListener('focus', (event) => {
    if (pointerFocus) return;
    // Only a focus that comes from another control of the page is a reader tabbing in: one given
    // back by a closing dialog, or by a script, leaves the app's focus where it was.
    const from = event.relatedTarget;
    if (!from) {
      // From another document (the article around an embed: its reader tabbed into the iframe) there
      // is no relatedTarget; the browser's keyboard heuristics tell a Tab from a script's focus().
      if (canvas.matches(':focus-visible')) bridge.keyboardEnter(false);
      return;
    }
    if (!(from instanceof Element) || from.closest('dialog') || from === textField) return;
    const backwards = (canvas.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    bridge.keyboardEnter(backwards);
  });
}
