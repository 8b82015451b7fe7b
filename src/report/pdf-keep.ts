/**
 * Where a paragraph may break across pages, as typesetters do: its first two lines stay together
 * (no orphan at the foot of a page), its last line never starts a page alone (no widow), and a
 * paragraph too short to split both ways moves whole to the next page.
 *
 * `count` lines remain to set, `room` lines still fit on this page. Returns how many to set before
 * the break: all of them, 0 (start on the next page), or a split with two or more on each side.
 */
export function linesBeforeBreak(count: number, room: number): number {
  if (room >= count) return count;
  if (room < 2) return 0;
  const before = Math.min(room, count - 2);
  return before >= 2 ? before : 0;
}
