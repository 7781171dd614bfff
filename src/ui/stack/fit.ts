// What fits in one slab of the stack, left to right: the layer's name, its
// role (dropped first when short of room), a free lane where the flying
// token lands, and the chips right-aligned (the leftmost dropped when they
// do not fit). Nothing drawn in a slab overlaps anything else in it.
import { textWidth } from './measure.ts';

export interface ChipText {
  text: string;
}

export interface Placed<C> {
  chip: C;
  x: number;
  w: number;
}

export interface SlabFit<C> {
  showRole: boolean;
  /** Where the name (and role) end. */
  labelEnd: number;
  chips: Placed<C>[];
  /** The free stretch between the label and the chips. */
  lane: { x: number; w: number };
}

export const PAD = 10;
export const CHIP_GAP = 6;
/** A chip: icon and padding around its text. */
export const chipWidth = (text: string) => 30 + textWidth(text, 'chip');
export const flightWidth = (label: string, icon: boolean) => (icon ? 34 : 24) + textWidth(label, 'flight');

/**
 * `token`: the width of the flying token when it is in or over this slab
 * (0 when none): room for it is kept before any chip is drawn.
 */
export function fitSlab<C extends ChipText>(width: number, name: string, role: string, chips: readonly C[], token = 0): SlabFit<C> {
  const nameEnd = PAD + textWidth(name, 'name');
  const roleEnd = nameEnd + 8 + textWidth(role, 'role');
  const room = (labelEnd: number, n: number) => {
    let used = 0;
    for (let i = chips.length - n; i < chips.length; i++) used += chipWidth(chips[i].text) + CHIP_GAP;
    return width - 8 - used - labelEnd - (token > 0 ? token + 8 : 0);
  };
  // Most chips first, then the role: the cross-section is the point; the role is in the grid's head too.
  let showRole = role !== '';
  let n = chips.length;
  for (;;) {
    const labelEnd = (showRole ? roleEnd : nameEnd) + 8;
    if (room(labelEnd, n) >= 0) break;
    if (showRole) {
      showRole = false;
      continue;
    }
    if (n === 0) break;
    n--;
    showRole = role !== '';
  }
  const labelEnd = (showRole ? roleEnd : nameEnd) + 8;
  const placed: Placed<C>[] = [];
  let right = width - 8;
  for (let i = chips.length - 1; i >= chips.length - n; i--) {
    const w = chipWidth(chips[i].text);
    right -= w;
    placed.unshift({ chip: chips[i], x: right, w });
    right -= CHIP_GAP;
  }
  const chipsStart = placed.length > 0 ? placed[0].x - CHIP_GAP : width - 8;
  return { showRole, labelEnd, chips: placed, lane: { x: labelEnd, w: Math.max(0, chipsStart - labelEnd) } };
}

/** `label` cut with an ellipsis to fit a token of at most `room` wide (whole when it fits). */
export function fitLabel(label: string, icon: boolean, room: number): string {
  if (flightWidth(label, icon) <= room) return label;
  const chars = [...label];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (flightWidth(`${chars.slice(0, mid).join('')}…`, icon) <= room) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, Math.max(1, lo)).join('')}…`;
}
