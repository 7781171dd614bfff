// Lesson files hold structure and commands; every piece of text is an i18n
// key derived here from the lesson id, so a data file cannot point at a
// key that the language files do not also spell out (i18n.test.ts checks
// both directions).
import type { Column, Expect, Goal, ImageAction, Lesson, Mark, Proof } from '../types.ts';

type StateSpec = { kind: 'state'; id: string; expect: Expect[] };
type QuestionSpec = { kind: 'question'; id: string; choices: string[]; answer: string; proof: Proof };
type PredictSpec = {
  kind: 'predict';
  id: string;
  command: string;
  ask: string[];
  columns?: Column[];
  askStatus?: boolean;
  marks?: Partial<Record<Column, Mark[]>>;
  mount?: string;
  before?: string[];
};
type ImageSpec = { kind: 'image'; id: string; of: 'commit' | 'export'; added?: number; entries: string[] };
export type GoalSpec = StateSpec | QuestionSpec | PredictSpec | ImageSpec;

export interface LessonSpec {
  id: string;
  number: number;
  /** The setup scenario, one step a line (none for a lesson on an image). */
  setup: string[];
  /** Runs in a container on an opened image (Lesson.image). */
  image?: boolean;
  /** Commands offered with each teaching step (text: lesson.<id>.step.<n>). */
  steps: string[][];
  goals: GoalSpec[];
  hints: number;
  solution: string[];
  /** What "Show me" does in the Image tab after the solution (Lesson.actions). */
  actions?: ImageAction[];
  notes: number;
}

/** A lesson's i18n key: `lesson.<id>.<rest>`. */
export const lessonKey = (id: string, rest: string) => `lesson.${id}.${rest}`;

function goalOf(id: string, g: GoalSpec): Goal {
  const text = lessonKey(id, `goal.${g.id}`);
  switch (g.kind) {
    case 'state':
      return { kind: 'state', id: g.id, text, expect: g.expect };
    case 'question':
      return {
        kind: 'question',
        id: g.id,
        text,
        choices: g.choices.map((c) => ({ id: c, text: lessonKey(id, `goal.${g.id}.choice.${c}`) })),
        answer: g.answer,
        explain: lessonKey(id, `goal.${g.id}.explain`),
        proof: g.proof,
      };
    case 'predict':
      return {
        kind: 'predict',
        id: g.id,
        text,
        command: g.command,
        ask: g.ask,
        columns: g.columns ?? ['upper', 'merged'],
        ...(g.askStatus ? { askStatus: true } : {}),
        ...(g.marks ? { marks: g.marks } : {}),
        ...(g.mount ? { mount: g.mount } : {}),
        ...(g.before ? { before: g.before } : {}),
      };
    case 'image':
      return { kind: 'image', id: g.id, text, of: g.of, added: g.added ?? 0, entries: g.entries };
  }
}

export function defineLesson(s: LessonSpec): Lesson {
  const k = (rest: string) => lessonKey(s.id, rest);
  const count = (n: number, what: string) => Array.from({ length: n }, (_, i) => k(`${what}.${i + 1}`));
  return {
    id: s.id,
    number: s.number,
    title: k('title'),
    intro: k('intro'),
    setup: s.setup.length > 0 ? `${s.setup.join('\n')}\n` : '',
    ...(s.image ? { image: true } : {}),
    steps: s.steps.map((commands, i) => (commands.length > 0 ? { text: k(`step.${i + 1}`), commands } : { text: k(`step.${i + 1}`) })),
    goals: s.goals.map((g) => goalOf(s.id, g)),
    hints: count(s.hints, 'hint'),
    solution: s.solution,
    ...(s.actions ? { actions: s.actions } : {}),
    notes: count(s.notes, 'note'),
  };
}

/** The mount line most lessons use: one lower, one upper, optional extra options. */
export function mountLine(options = '', lowers = './lower'): string {
  return `mount -t overlay overlay -o lowerdir=${lowers},upperdir=./upper,workdir=./work${options ? `,${options}` : ''} ./merged`;
}
