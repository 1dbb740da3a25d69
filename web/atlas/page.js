// The host page around the canvas: the elements Accord Atlas is mounted in (#atlas, #canvas, the
// status line, the error panel), whether it runs as an embed or in a frame, and what the page
// says in HTML rather than on the canvas: loading and short notices in the status line, problems
// (a rejected dataset, a failed fetch) in the error panel, the embed-code dialog and downloads.

export const root = document.getElementById('atlas');
export const canvas = document.getElementById('canvas');
export const embedded = root.dataset.embed === 'true';
export const framed = window.parent !== window;
const statusLine = document.getElementById('atlas-status');
const errorPanel = document.getElementById('atlas-error');
let pageError = null;  // {title, lines} of what the error panel shows, or null

export const shownError = () => pageError;

export function showError(title, lines = []) {
  pageError = { title, lines };
  errorPanel.replaceChildren();
  const heading = document.createElement('h2');
  heading.textContent = title;
  errorPanel.append(heading);
  if (lines.length) {
    const list = document.createElement('ul');
    for (const line of lines.slice(0, 20)) {
      const item = document.createElement('li');
      item.textContent = line;
      list.append(item);
    }
    if (lines.length > 20) {
      const more = document.createElement('li');
      more.textContent = `… and ${lines.length - 20} more`;
      list.append(more);
    }
    errorPanel.append(list);
  }
  errorPanel.hidden = false;
}

export function clearError() {
  pageError = null;
  errorPanel.hidden = true;
  errorPanel.replaceChildren();
}

// The status line: "Loading…" until the app runs, then short notices (`hideAfterMs`: for a while).
export function showStatus(text, hideAfterMs = 0) {
  statusLine.textContent = text;
  statusLine.hidden = false;
  if (hideAfterMs) setTimeout(hideStatus, hideAfterMs);
}

export function hideStatus() {
  statusLine.hidden = true;
}

// The iframe snippet of the current view in a dialog, to copy into a newsroom's CMS.
export function showEmbedCodeDialog(snippet) {
  let dialog = document.getElementById('atlas-embed-dialog');
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.id = 'atlas-embed-dialog';
    dialog.className = 'atlas-dialog';
    const heading = Object.assign(document.createElement('h2'), { textContent: 'Embed this view', id: 'atlas-embed-heading' });
    const code = Object.assign(document.createElement('textarea'), { readOnly: true, rows: 5, id: 'atlas-embed-code' });
    code.setAttribute('aria-labelledby', 'atlas-embed-heading');  // a named field (axe: label)
    dialog.setAttribute('aria-labelledby', 'atlas-embed-heading');
    const copy = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Copy' });
    const close = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Close' });
    copy.addEventListener('click', () => { code.select(); navigator.clipboard?.writeText(code.value).catch(() => {}); });
    close.addEventListener('click', () => dialog.close());
    dialog.append(heading, code, copy, close);
    document.body.append(dialog);
  }
  dialog.querySelector('textarea').value = snippet;
  dialog.showModal();
}

// Saves a file the reader asked for, as a download of `href` (an address or a Blob).
export function saveFile(name, blobOrHref) {
  const href = typeof blobOrHref === 'string' ? blobOrHref : URL.createObjectURL(blobOrHref);
  const anchor = Object.assign(document.createElement('a'), { href, download: name });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  if (href !== blobOrHref) setTimeout(() => URL.revokeObjectURL(href), 10000);
}
