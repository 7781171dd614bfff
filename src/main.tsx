// The browser entry point: picks the session (saved, shared, or the seed
// demo), keeps it saved, and renders the app. The only module that touches
// the real DOM root.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import seedText from '../scenarios/seed-copy-up-whiteout.sh?raw';
import { labStore, openShareLink, persistTo, restoreSession } from './store/index.ts';
import { App } from './ui/App.tsx';
import { i18n } from './ui/i18n/index.ts';
import './ui/styles/theme.css';
import './ui/styles/app.css';

const SEED = { text: seedText, name: 'seed-copy-up-whiteout.sh' };

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

document.documentElement.lang = i18n.language;
const store = storage();

// ?stack=<entries>[&layers=<n>]: a generated big stack instead of the saved
// session (the benchmark opens it this way).
const query = new URLSearchParams(location.search);
const stack = Number(query.get('stack'));
if (Number.isInteger(stack) && stack > 0 && stack <= 1_000_000) {
  const layers = Number(query.get('layers') ?? 3);
  labStore.getState().loadStack(Number.isInteger(layers) && layers >= 1 && layers <= 50 ? layers : 3, stack);
} else {
  restoreSession(labStore, store, SEED);
}

if (store) persistTo(labStore, store);

// #s=...: a share link replaces the session once; the fragment then goes, so
// a reload shows the session as it has become, not the link again. A link
// pasted into a tab already open changes only the fragment: no reload, so
// listen for that too.
function openLinkInHash() {
  const share = new URLSearchParams(location.hash.slice(1)).get('s');
  if (share === null) return;
  void openShareLink(labStore, share).finally(() => history.replaceState(null, '', location.pathname + location.search));
}
openLinkInHash();
window.addEventListener('hashchange', openLinkInHash);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
