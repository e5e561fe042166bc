import type { components } from '../../api/schema';

type Schemas = components['schemas'];

export type ConsolidatedReportJob = Schemas['ConsolidatedReportJob'];
export type ConsolidatedReportRequest = Schemas['ConsolidatedReportRequest'];
export type ConsolidatedCounts = Schemas['ConsolidatedCounts'];
export type ConsolidatedFigures = Schemas['ConsolidatedFigures'];
export type TaskImportResult = Schemas['TaskImportResult'];
export type TaskImportError = Schemas['TaskImportError'];
