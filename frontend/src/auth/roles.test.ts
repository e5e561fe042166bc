import { describe, expect, it } from 'vitest';
import { canManageTasks, canUpdateAssignment, hasAnyRole, isUnitScoped, knownRoles } from './roles';

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

describe('who may change tasks', () => {
  const own = { unit: { id: 7 }, status: 'IN_PROGRESS' };
  const other = { unit: { id: 1 }, status: 'IN_PROGRESS' };

  it('lets coordinators and administrators manage tasks, nobody else', () => {
    expect(canManageTasks(['coordinator'])).toBe(true);
    expect(canManageTasks(['admin'])).toBe(true);
    for (const role of ['leader', 'supervisor', 'unit_head', 'unit_officer', 'integration'])
      expect(canManageTasks([role]), role).toBe(false);
  });

  it("lets unit staff update only their own unit's open assignment", () => {
    expect(canUpdateAssignment(['unit_officer'], 7, own)).toBe(true);
    expect(canUpdateAssignment(['unit_head'], 7, own)).toBe(true);
    expect(canUpdateAssignment(['unit_officer'], 7, other)).toBe(false);
    expect(canUpdateAssignment(['unit_officer'], undefined, own)).toBe(false);
    expect(canUpdateAssignment(['unit_officer'], 7, { ...own, status: 'CANCELLED' })).toBe(false);
    expect(canUpdateAssignment(['coordinator'], 1, own)).toBe(true);
    expect(canUpdateAssignment(['leader'], 7, own)).toBe(false);
    expect(canUpdateAssignment(['supervisor'], 7, own)).toBe(false);
  });
});
