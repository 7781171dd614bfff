// The lessons' English text, as its own chunk: only a learner who opens a
// lesson or an exercise fetches it.
export { LESSONS_EN } from '../../lessons/i18n/lang-en.ts';
