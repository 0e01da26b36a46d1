// The case note form, enhanced: the draft is saved on the server a few seconds after the worker stops typing (and
// every 30 seconds while they type), and the GOV.UK-style timeout warning offers to stay signed in two minutes
// before the session would end. Without JavaScript the "Save draft" button does the first, and a note submitted
// after the session ended is kept by the server and restored after sign-in.
const form = document.getElementById('note-form');
const dialog = document.getElementById('timeout-warning');
const status = document.getElementById('draft-status');
const csrf = form ? form.querySelector('input[name="_csrf"]') : null;
const WARN_BEFORE = 120;
let warnTimer;
let changed = false;
let typingTimer;

function post(url, body) {
  return fetch(url, { method: 'POST', body, credentials: 'same-origin', redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
}

// Read each time: the session's length is on the form (a test shortens it to see the warning).
function restartWarning() {
  const sessionSeconds = form ? Number(form.dataset.sessionSeconds || 0) : 0;
  if (!sessionSeconds || !dialog) return;
  clearTimeout(warnTimer);
  warnTimer = setTimeout(() => {
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal();
  }, Math.max(sessionSeconds - WARN_BEFORE, 1) * 1000);
}

async function saveDraft() {
  if (!form || !form.dataset.draftUrl || !changed) return;
  changed = false;
  const data = new URLSearchParams(new FormData(form));
  data.delete('action');
  try {
    const r = await post(form.dataset.draftUrl, data);
    if (r.status === 204) {
      status.textContent = 'Draft saved at ' + new Date().toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
      restartWarning();
    } else {
      changed = true;
      status.textContent = 'Your draft could not be saved: you may have been signed out. Saving the note keeps it.';
    }
  } catch (e) {
    changed = true;
  }
}

if (form) {
  form.addEventListener('input', () => {
    changed = true;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(saveDraft, 3000);
  });
  setInterval(saveDraft, 30000);
  restartWarning();
}

if (dialog) {
  document.getElementById('stay-signed-in').addEventListener('click', async () => {
    const body = new URLSearchParams();
    if (csrf) body.set('_csrf', csrf.value);
    const r = await post('/session/keep-alive', body);
    dialog.close();
    if (r.status === 204) restartWarning();
  });
}
