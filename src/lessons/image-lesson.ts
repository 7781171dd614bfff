// Where a lesson on an image starts: container c1 on the image's layers,
// its root the working directory, as the app's session opens it
// (src/session/core.ts), with the binding its goals' `@upper`/`@merged`
// paths resolve against. Tests open the bundled example image with it.
import { Kernel } from '../engine/kernel.ts';
import { walkMounts } from '../engine/overlay/walk.ts';
import { imageWorkspace, startContainer, type Image } from '../image/index.ts';
import { emptyTimeline, type Timeline } from '../replay/timeline.ts';
import { containerBinding, type Binding } from './bind.ts';

export interface ImageLessonStart {
  timeline: Timeline;
  binding: Binding;
}

export function imageLessonStart(image: Image): ImageLessonStart {
  const w = startContainer(imageWorkspace(image), 'c1');
  const c = w.containers[0];
  walkMounts(new Kernel(w.state, c.merged, { record: 'none' }));
  const timeline: Timeline = { ...emptyTimeline(w.state), initialCwd: c.merged, workdirs: [`${w.home}/${c.id}/work`] };
  return { timeline, binding: containerBinding(c.merged) };
}
