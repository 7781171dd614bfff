// The page: header and messages on top; the timeline and its controls on
// the left; the stack, the grid and the terminal in the middle; the
// resolution path and the inspector on the right.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { EditBar } from './edit/EditBar.tsx';
import { LayerGrid } from './grid/LayerGrid.tsx';
import { Header } from './header/Header.tsx';
import { LegendDialog, LegendStrip } from './keys/Legend.tsx';
import { useShortcuts } from './keys/useShortcuts.ts';
import { NoticeBanner } from './notice/NoticeBanner.tsx';
import { ResolutionPath } from './path/ResolutionPath.tsx';
import { Terminal } from './terminal/Terminal.tsx';
import { NowBar } from './timeline/NowBar.tsx';
import { Timeline } from './timeline/Timeline.tsx';
import { Transport } from './timeline/Transport.tsx';
import { usePlayback } from './timeline/usePlayback.ts';

// d3 and the inspector arrive right after the first paint; the page is usable before.
const StackView = lazy(() => import('./stack/StackView.tsx').then((m) => ({ default: m.StackView })));
const Inspector = lazy(() => import('./inspector/Inspector.tsx').then((m) => ({ default: m.Inspector })));

export function App() {
  const { t } = useTranslation();
  usePlayback();
  useShortcuts();
  return (
    <div className="app" data-testid="app">
      <a href="#terminal-input" className="skip-link">
        {t('app.skipToTerminal')}
      </a>
      <Header />
      <NoticeBanner />
      <main className="workspace">
        <aside className="col-left" aria-label={t('app.steps')}>
          <Transport />
          <LegendStrip />
          <Timeline />
        </aside>
        <div className="col-center">
          <NowBar />
          <Suspense fallback={<div className="panel stack-panel placeholder" />}>
            <StackView />
          </Suspense>
          <EditBar />
          <LayerGrid />
        </div>
        {/* Focusable: it scrolls, and keyboard users must be able to scroll it. */}
        <aside className="col-right" aria-label={t('app.details')} tabIndex={0}>
          <ResolutionPath />
          <Suspense fallback={<div className="panel placeholder" />}>
            <Inspector />
          </Suspense>
        </aside>
        <div className="col-bottom">
          <Terminal />
        </div>
      </main>
      <LegendDialog />
    </div>
  );
}
