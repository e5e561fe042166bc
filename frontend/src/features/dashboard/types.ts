import type { components } from '../../api/schema';

/** Shorter names for the generated statistics schemas (never written by hand). */
type Schemas = components['schemas'];

export type Statistics = Schemas['Statistics'];
export type StatFigure = Schemas['StatFigure'];
export type StatMatrix = Schemas['StatMatrix'];
export type StatUnitRow = Schemas['StatUnitRow'];
export type StatMonth = Schemas['StatMonth'];
export type StatOverdueTask = Schemas['StatOverdueTask'];
export type Scorecard = Schemas['Scorecard'];
export type ScorecardRow = Schemas['ScorecardRow'];
export type ScoreComponent = Schemas['ScoreComponent'];
