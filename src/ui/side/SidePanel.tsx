// The right column: the course (lesson list, the open lesson or exercise
// set) and the details of the selected entry (resolution path, inspector),
// as two tabs. The course panel and the lessons load on first use.
import { lazy, Suspense } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { useLab, type SideTab } from '../../store/index.ts';
import { ResolutionPath } from '../path/ResolutionPath.tsx';

const CoursePanel = lazy(() => import('../lessons/CoursePanel.tsx').then((m) => ({ default: m.CoursePanel })));
const ImagePanel = lazy(() => import('../image/ImagePanel.tsx').then((m) => ({ default: m.ImagePanel })));
const Inspector = lazy(() => import('../inspector/Inspector.tsx').then((m) => ({ default: m.Inspector })));

const TABS: { id: SideTab; label: string; testId: string }[] = [
  { id: 'course', label: 'side.course', testId: 'tab-lessons' },
  { id: 'details', label: 'side.details', testId: 'tab-details' },
  { id: 'image', label: 'side.image', testId: 'tab-image' },
];

export function SidePanel() {
  const { t } = useTranslation();
  const tab = useLab((s) => s.sideTab);
  const setTab = useLab((s) => s.setSideTab);
  return (
    <>
      <div role="tablist" aria-label={t('side.label')} className="side-tabs">
        {TABS.map((x) => (
          <button
            key={x.id}
            type="button"
            role="tab"
            id={`side-tab-${x.id}`}
            aria-selected={tab === x.id}
            aria-controls={tab === x.id ? `side-panel-${x.id}` : undefined}
            tabIndex={tab === x.id ? 0 : -1}
            className="side-tab"
            data-testid={x.testId}
            onClick={() => setTab(x.id)}
          >
            {t(x.label)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`side-panel-${tab}`} aria-labelledby={`side-tab-${tab}`} className="side-body">
        {tab === 'course' ? (
          <Suspense fallback={<p className="empty">{t('lessons.loading')}</p>}>
            <CoursePanel />
          </Suspense>
        ) : tab === 'image' ? (
          <Suspense fallback={<div className="panel placeholder" />}>
            <ImagePanel />
          </Suspense>
        ) : (
          <>
            <ResolutionPath />
            <Suspense fallback={<div className="panel placeholder" />}>
              <Inspector />
            </Suspense>
          </>
        )}
      </div>
    </>
  );
}
