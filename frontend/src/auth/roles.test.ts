import { describe, expect, it } from 'vitest';
import { hasAnyRole, isUnitScoped, knownRoles } from './roles';

describe('roles', () => {
  it('keeps only application roles, in a stable order', () => {
    expect(knownRoles(['offline_access', 'unit_officer', 'default-roles-dondoc', 'admin'])).toEqual(
      ['admin', 'unit_officer'],
    );
    expect(knownRoles(undefined)).toEqual([]);
  });

  it('scopes unit users to their unit unless they also have a province-wide role', () => {
    expect(isUnitScoped(['unit_officer'])).toBe(true);
    expect(isUnitScoped(['unit_head', 'offline_access'])).toBe(true);
    expect(isUnitScoped(['unit_head', 'coordinator'])).toBe(false);
    expect(isUnitScoped(['leader'])).toBe(false);
    expect(isUnitScoped([])).toBe(false);
  });

  it('checks a route requirement', () => {
    expect(hasAnyRole(['leader'], ['admin', 'leader'])).toBe(true);
    expect(hasAnyRole(['integration'], ['admin', 'leader'])).toBe(false);
    expect(hasAnyRole([], undefined)).toBe(true);
  });
});
