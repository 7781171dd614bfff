// The browser entry point: picks the language and theme, the session
// (saved, shared, or the seed demo) and the learner's progress, keeps them
// saved, opens what a link asks for (a lesson, an exercise set, a scenario,
// at a step), and renders the app. The only module that touches the real
// DOM root.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import seedText from '../scenarios/seed-copy-up-whiteout.sh?raw';
import { indexedDbShelf, labStore, openShareLink, persistDetail, persistProgress, persistTo, recordReplaced, restoreProgress, restoreSession, setShelf } from './store/index.ts';
import { App } from './ui/App.tsx';
import { storage } from './ui/common/browser.ts';
import { i18n, initialLanguage } from './ui/i18n/index.ts';
import { applyTheme, savedTheme } from './ui/theme/theme.ts';
import './ui/styles/theme.css';
import './ui/styles/app.css';
import './ui/styles/course.css';
import './ui/styles/screens.css';

const SEED = { text: seedText, name: 'seed-copy-up-whiteout.sh' };
const store = storage();
// An opened image's archive is kept in IndexedDB, so an image session survives a reload too.
if (typeof indexedDB !== 'undefined') setShelf(indexedDbShelf());

applyTheme(savedTheme(store));
// The reader's language before the first paint (its chunk is small), so the page never flashes English first.
const lang = initialLanguage(store);
if (lang !== 'en') await i18n.changeLanguage(lang).catch(() => undefined);
document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (l) => (document.documentElement.lang = l));

/** A non-negative integer query value, or null. */
function count(v: string | null): number | null {
  if (v === null || v === '') return null;
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

// ?stack=<entries>[&layers=<n>]: a generated big stack instead of the saved
// session (the benchmark opens it this way).
const query = new URLSearchParams(location.search);

/** The session a page opens on: a generated stack, else the saved one, else the seed. */
async function openSession(): Promise<void> {
  const stack = Number(query.get('stack'));
  if (Number.isInteger(stack) && stack > 0 && stack <= 1_000_000) {
    const layers = Number(query.get('layers') ?? 3);
    // &fanout=N: N entries per directory (a 10,000-entry directory to rm -rf, say).
    const fanout = count(query.get('fanout'));
    await labStore.getState().loadStack(Number.isInteger(layers) && layers >= 1 && layers <= 50 ? layers : 3, stack, fanout !== null && fanout >= 2 && fanout <= 1_000_000 ? fanout : undefined);
  } else {
    await restoreSession(labStore, store, SEED);
  }
}
restoreProgress(labStore, store);

if (store) {
  persistDetail(labStore, store);
  persistTo(labStore, store);
  recordReplaced(labStore, store);
  persistProgress(labStore, store);
}

/**
 * ?lesson=<id>[&step=<n>] opens a lesson at its step n; ?exercises=<seed>
 * [&level=<n>] a class's exercise set; ?scenario=<file>[&step=<n>] a shipped
 * scenario at micro-step n; &present=1 in presenter mode. Like a share
 * link, the query is consumed once opened: a reload shows the session as
 * it has become.
 */
async function openLinkInQuery() {
  const step = count(query.get('step'));
  const lesson = query.get('lesson');
  const seed = query.get('exercises');
  const scenario = query.get('scenario');
  if (lesson !== null || seed !== null) {
    const course = await import('./store/course-actions.ts');
    if (lesson !== null) {
      const l = course.lessonById(lesson);
      if (l) await course.openLesson(labStore, l, step ?? 0);
      else labStore.getState().showNotice({ kind: 'error', key: 'notice.badLesson', params: { id: lesson } });
    } else if (seed !== null) {
      await course.openExercise(labStore, seed, count(query.get('level')) ?? 3, count(query.get('index')) ?? 0);
    }
  } else if (scenario !== null) {
    const { CORPUS } = await import('./ui/header/corpus.ts');
    const entry = CORPUS.find((e) => e.file === scenario || e.file === `${scenario}.sh`);
    if (!entry) labStore.getState().showNotice({ kind: 'error', key: 'notice.badScenario', params: { name: scenario } });
    else if ((await labStore.getState().loadScript(entry.text, entry.file)) && step !== null) labStore.getState().seek(step);
  }
  if (query.get('present') === '1') labStore.getState().setPresenter(true);
  const consumed = ['lesson', 'exercises', 'level', 'index', 'scenario', 'present', ...(lesson !== null || scenario !== null ? ['step'] : [])];
  if (consumed.some((k) => query.has(k))) {
    for (const k of consumed) query.delete(k);
    const rest = query.toString();
    history.replaceState(null, '', location.pathname + (rest ? `?${rest}` : '') + location.hash);
  }
}

// #s=...[&step=<n>]: a share link replaces the session once, at micro-step n
// if given; the fragment then goes, so a reload shows the session as it has
// become, not the link again. A link pasted into a tab already open changes
// only the fragment: no reload, so listen for that too.
function openLinkInHash(): Promise<void> {
  const params = new URLSearchParams(location.hash.slice(1));
  const share = params.get('s');
  if (share === null) return Promise.resolve();
  const step = count(params.get('step'));
  // A link on an image this browser does not keep waits for its file (a prompt); the fragment goes all the same.
  return openShareLink(labStore, share, step)
    .then(() => undefined)
    .finally(() => history.replaceState(null, '', location.pathname + location.search));
}
// One after the other: each replaces the session the one before opened. Until the last has, the page is
// not settled (data-settled): between two of them the view of the one before would look finished.
labStore.setState({ booting: true });
void openSession()
  .then(openLinkInQuery)
  .then(openLinkInHash)
  .finally(() => {
    labStore.setState({ booting: false });
    window.addEventListener('hashchange', () => void openLinkInHash());
  });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
