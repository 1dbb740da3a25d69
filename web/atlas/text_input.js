// Typing into the canvas's text fields (the search, the filters) through a hidden field of the
// page. A canvas takes key presses but no text from an input method (Chinese, Japanese, Korean
// are composed: pinyin -> 中国), no paste and no phone keyboard. While ImGui has a text field
// active, it says where its caret is (io.SetPlatformImeDataFn in src/platform/web_main.cpp):
// this field is focused there, so the input method shows its candidates beside the caret, and
// what the reader commits (or pastes) goes to the app as text. Keys without text (Backspace,
// Enter, arrows, Tab, Escape) reach the app through its key callbacks on this field.
import * as bridge from './bridge.js';
import { canvas } from './page.js';

export const textField = document.createElement('input');
Object.assign(textField, { id: 'atlas-text-input', type: 'text', tabIndex: -1, autocomplete: 'off', spellcheck: false });
textField.setAttribute('autocapitalize', 'off');
textField.setAttribute('aria-hidden', 'true');  // the canvas's text field is what is announced
textField.className = 'atlas-text-input';
canvas.after(textField);

let wanted = false;

// Called by the app when a text field becomes active (with its caret, canvas CSS px) or inactive.
export const textInput = {
  want(visible, x, y, lineHeight) {
    if (visible) {
      textField.style.left = `${canvas.offsetLeft + x}px`;
      textField.style.top = `${canvas.offsetTop + y}px`;
      textField.style.height = `${Math.max(lineHeight, 1)}px`;
      if (!wanted || document.activeElement !== textField) {
        wanted = true;
        bridge.textInputFocus(true, false);  // the canvas's blur that follows is not the atlas's
        textField.focus({ preventScroll: true });
      }
    } else if (wanted) {
      wanted = false;
      if (document.activeElement === textField) {
        bridge.textInputFocus(false, false);
        canvas.focus({ preventScroll: true });
      }
    }
  },
};

function send(text) {
  textField.value = '';
  if (text && bridge.running()) bridge.textInput(text);
}

// Plain typing, paste and CDP's Input.insertText arrive as input events; a composition's text
// arrives whole at its end (the input events during it carry the unfinished reading).
textField.addEventListener('input', (event) => { if (!event.isComposing) send(textField.value); });
textField.addEventListener('compositionend', (event) => send(event.data ?? textField.value));
textField.addEventListener('blur', (event) => {
  if (!wanted) return;
  wanted = false;
  bridge.textInputFocus(false, event.relatedTarget !== canvas);
});
