// Issue 9, item 9: lesson 1 says "look at the layers" before its mount, so
// before any mount the grid and the stack show the layer directories as
// they are on disk (the overlay they would make, marked as not mounted).
import { expect, test } from './fixtures.ts';
import { CoursePage } from './pages/course-page.ts';

test('lesson 1 before its mount shows the layers on disk in the grid and the stack', async ({ lab, page }) => {
  await lab.goto();
  const course = new CoursePage(page);
  await course.openLesson('four-dirs');
  await lab.settled();
  await expect(page.getByTestId('grid-empty')).toHaveCount(0);
  await expect(lab.grid).toHaveAttribute('data-phase', 'not-yet');
  await expect(lab.cell('in_lower.txt', 'lower')).toHaveAttribute('data-kind', 'file');
  await expect(lab.cell('in_upper.txt', 'upper')).toHaveAttribute('data-kind', 'file');
  await expect(lab.cell('in_both.txt', 'upper')).toHaveAttribute('data-kind', 'file');
  await expect(lab.cell('in_both.txt', 'lower')).toHaveAttribute('data-kind', 'file');
  await expect(page.getByTestId('layer-stack')).toBeVisible();
  await expect(page.getByTestId('mount-phase')).toBeVisible();
  // The mount itself then changes the phase, not the layers.
  await lab.run('mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged');
  await expect(lab.grid).toHaveAttribute('data-phase', 'mounted');
  await expect(lab.cell('in_lower.txt', 'lower')).toHaveAttribute('data-kind', 'file');
});

test('a session of plain directories (no layer names) still says there is no overlay', async ({ lab, page }) => {
  await lab.goto();
  await lab.newSession.click();
  await lab.run('mkdir a b');
  await expect(page.getByTestId('grid-empty')).toBeVisible();
});
