// The shortcut legend: a strip always in view with the main keys, and the
// full table in a dialog (opened with ? or the header button).
import { useTranslation } from '../i18n/useTranslation.ts';
import { useLab } from '../../store/index.ts';
import { Dialog } from '../common/Dialog.tsx';
import { FOCUS_TERMINAL, SHORTCUTS } from './shortcuts.ts';

function Keys({ keys }: { keys: string[] }) {
  const { t } = useTranslation();
  return (
    <>
      {keys.map((k, i) => (
        <span key={k}>
          {i > 0 && ` ${t('keys.or')} `}
          <kbd>{k}</kbd>
        </span>
      ))}
    </>
  );
}

/** The strip pairs opposite keys to stay short; the dialog lists each one. */
const STRIP = [
  { keys: ['←', '→'], label: 'keys.strip.step' },
  { keys: ['Shift+←', '→'], label: 'keys.strip.command' },
  { keys: ['Space'], label: 'keys.strip.play' },
  { keys: ['?'], label: 'keys.strip.all' },
];

export function LegendStrip() {
  const { t } = useTranslation();
  return (
    <ul className="legend-strip" aria-label={t('keys.title')} data-testid="legend">
      {STRIP.map((s) => (
        <li key={s.label}>
          {s.keys.map((k) => (
            <kbd key={k}>{k}</kbd>
          ))}{' '}
          {t(s.label)}
        </li>
      ))}
    </ul>
  );
}

export function LegendDialog() {
  const { t } = useTranslation();
  const open = useLab((s) => s.legendOpen);
  const setOpen = useLab((s) => s.setLegendOpen);
  return (
    <Dialog open={open} title={t('keys.title')} onClose={() => setOpen(false)} testId="legend-dialog">
      <table className="keys-table">
        <tbody>
          {[...SHORTCUTS, FOCUS_TERMINAL].map((s) => (
            <tr key={s.action}>
              <th scope="row">
                <Keys keys={s.keys} />
              </th>
              <td>{t(s.action)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">
              <Keys keys={['↑', '↓', '←', '→']} />
            </th>
            <td>{t('keys.grid')}</td>
          </tr>
          <tr>
            <th scope="row">
              <Keys keys={['↑', '↓', 'Tab']} />
            </th>
            <td>{t('keys.terminalKeys')}</td>
          </tr>
        </tbody>
      </table>
    </Dialog>
  );
}
