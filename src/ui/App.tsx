// The page: header and messages on top; the timeline and its controls on
// the left; the stack, the grid and the terminal in the middle; the course
// (lessons, exercises) and the details of the selected entry on the right.
// Presenter mode swaps all of it for the stack and the grid in large type.
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from './i18n/useTranslation.ts';
import { useLab } from '../store/index.ts';
import { EditBar } from './edit/EditBar.tsx';
import { LayerGrid } from './grid/LayerGrid.tsx';
import { Header } from './header/Header.tsx';
import { useImageDrop } from './header/useImageDrop.ts';
import { LegendDialog, LegendStrip } from './keys/Legend.tsx';
import { useShortcuts } from './keys/useShortcuts.ts';
import { BusyBar } from './notice/BusyBar.tsx';
import { NoticeBanner } from './notice/NoticeBanner.tsx';
import { PhoneTabs, type PhonePanel } from './screens/PhoneTabs.tsx';
import { useSwipeStep } from './screens/useSwipeStep.ts';
import { SidePanel } from './side/SidePanel.tsx';
import { SettledMark } from './SettledMark.tsx';
import { Terminal } from './terminal/Terminal.tsx';
import { NowBar } from './timeline/NowBar.tsx';
import { Timeline } from './timeline/Timeline.tsx';
import { Transport } from './timeline/Transport.tsx';
import { usePlayback } from './timeline/usePlayback.ts';

// d3 arrives right after the first paint; the page is usable before.
const StackView = lazy(() => import('./stack/StackView.tsx').then((m) => ({ default: m.StackView })));
const Presenter = lazy(() => import('./presenter/Presenter.tsx').then((m) => ({ default: m.Presenter })));

export function App() {
  const { t } = useTranslation();
  const presenter = useLab((s) => s.presenter);
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  usePlayback();
  useShortcuts();
  const dropping = useImageDrop();
  // The panel a phone shows (screens.css); wider screens show them all.
  const [panel, setPanel] = useState<PhonePanel>('stack');
  const swipe = useSwipeStep();
  if (presenter) {
    return (
      <Suspense fallback={<div className="app" data-testid="app" data-settled="false" />}>
        <Presenter />
      </Suspense>
    );
  }
  return (
    <div className="app" data-testid="app" ref={setRoot}>
      {/* For tests and tools: true once the views show the session as it stands (no command, load or view on its way). */}
      <SettledMark target={root} />
      <a href="#terminal-input" className="skip-link">
        {t('app.skipToTerminal')}
      </a>
      <Header />
      <NoticeBanner />
      <BusyBar />
      <main className="workspace" data-phone-panel={panel} {...swipe}>
        <PhoneTabs panel={panel} onChange={setPanel} />
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
          <SidePanel />
        </aside>
        <div className="col-bottom">
          <Terminal />
        </div>
      </main>
      <LegendDialog />
      {dropping && (
        <div className="drop-overlay" data-testid="image-drop" aria-hidden="true">
          {t('file.dropImage')}
        </div>
      )}
    </div>
  );
}
