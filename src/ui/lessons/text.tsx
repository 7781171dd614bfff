// Lesson words on screen: messages (a key and parameters that may be
// messages themselves) rendered in the current language, and lesson text
// whose `backticks` mark commands, paths and xattr names as code.
import { Fragment, useCallback } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { Msg } from '../../lessons/index.ts';

/** A function from a message to text, in the "lessons" namespace and the current language. */
export function useMsg(): (m: Msg) => string {
  const { t } = useTranslation('lessons');
  const render = useCallback(
    function render(m: Msg): string {
      const params: Record<string, string | number> = {};
      // A value's newline would show as a space (a file's content "1.0\n" as “1.0 ”): shown as \n instead.
      for (const [k, v] of Object.entries(m.params ?? {})) params[k] = typeof v === 'object' ? render(v) : typeof v === 'string' ? showNewlines(v) : v;
      return t(m.key, params);
    },
    [t],
  );
  return render;
}

/** A file's content in a code span: a newline shown as `\n`, as echo and printf write it (HTML would show a space). */
export const showNewlines = (code: string) => code.replace(/\n/g, '\\n');

/** Text with `code` spans. */
export function Rich({ text }: { text: string }) {
  const parts = text.split('`');
  return (
    <>
      {parts.map((p, i) => (i % 2 === 1 ? <code key={i}>{showNewlines(p)}</code> : <Fragment key={i}>{p}</Fragment>))}
    </>
  );
}

/** A lesson key rendered with its code spans. */
export function LessonText({ k, params }: { k: string; params?: Record<string, string | number> }) {
  const { t } = useTranslation('lessons');
  return <Rich text={t(k, params)} />;
}
