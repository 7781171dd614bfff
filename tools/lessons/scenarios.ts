// The recorded scenario of each lesson (setup + solution), as
// scenarios/lesson-NN-<id>.sh holds it. Generated from the lesson data so
// the two never drift; tools/lesson-scenarios.test.ts checks they match.
import { LESSONS } from '../../src/lessons/data/index.ts';
import { text } from '../../src/lessons/i18n/index.ts';
import { lessonScenario } from '../../src/lessons/lesson.ts';
import type { Lesson } from '../../src/lessons/types.ts';

export function scenarioFileName(l: Lesson): string {
  return `lesson-${String(l.number).padStart(2, '0')}-${l.id}.sh`;
}

export function lessonScenarioText(l: Lesson): string {
  return lessonScenario(l, `Lesson ${l.number}: ${text('en', l.title)}`, text('en', l.intro), {
    title: `第 ${l.number} 课：${text('zh-CN', l.title)}`,
    description: text('zh-CN', l.intro),
  });
}

/** A lesson on an image (Lesson.image) has no scenario: it runs in a container on the image the learner opens. */
export function lessonScenarios(): { file: string; text: string }[] {
  return LESSONS.filter((l) => !l.image).map((l) => ({ file: scenarioFileName(l), text: lessonScenarioText(l) }));
}
