import type { UnitRef } from '../../api/types';

/** More than this many units collapse to "N đơn vị" with the list in a popover. */
export const MAX_INLINE_UNITS = 3;

/** A unit's short name for tight places, its full name when it has none. */
export function unitLabel(unit: UnitRef): string {
  return unit.shortName || unit.name || unit.code || '';
}
