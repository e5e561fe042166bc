import type { Unit, UnitRef } from '../../api/types';

/** "Sở Thông tin và Truyền thông (Sở TT&TT)": the name, and the short name when it differs. */
export function unitOptionLabel(unit: Unit | UnitRef): string {
  const name = unit.name ?? unit.code ?? '';
  return unit.shortName && unit.shortName !== name ? `${name} (${unit.shortName})` : name;
}
