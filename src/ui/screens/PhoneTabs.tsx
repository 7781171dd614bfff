// On a phone (under 768 px) the page shows one panel at a time: these tabs
// choose it. Wider screens hide them (screens.css) and show every panel.
import { useTranslation } from '../i18n/useTranslation.ts';

export const PHONE_PANELS = ['stack', 'grid', 'terminal', 'side', 'steps'] as const;
export type PhonePanel = (typeof PHONE_PANELS)[number];

const LABELS: Record<PhonePanel, string> = {
  stack: 'stack.title',
  grid: 'grid.title',
  terminal: 'terminal.title',
  side: 'side.course',
  steps: 'app.steps',
};

export function PhoneTabs({ panel, onChange }: { panel: PhonePanel; onChange: (p: PhonePanel) => void }) {
  const { t } = useTranslation();
  return (
    <div role="tablist" aria-label={t('app.panels')} className="phone-tabs" data-testid="phone-tabs">
      {PHONE_PANELS.map((p) => (
        <button key={p} type="button" role="tab" aria-selected={panel === p} className="phone-tab" data-testid={`phone-tab-${p}`} onClick={() => onChange(p)}>
          {t(LABELS[p])}
        </button>
      ))}
    </div>
  );
}
