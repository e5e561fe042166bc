import type { ProgressReport, ReportDraft } from '../types';

/** The progress report form's values: strings never undefined, so edits compare exactly. */
export interface DraftValues {
  workDone: string;
  results: string;
  percentComplete: number;
  difficulties: string;
  proposals: string;
  claimsCompletion: boolean;
}

export const DRAFT_FIELDS = [
  'workDone',
  'results',
  'percentComplete',
  'difficulties',
  'proposals',
  'claimsCompletion',
] as const;

export const EMPTY_DRAFT: DraftValues = {
  workDone: '',
  results: '',
  percentComplete: 0,
  difficulties: '',
  proposals: '',
  claimsCompletion: false,
};

export function fromReport(report: ProgressReport): DraftValues {
  return {
    workDone: report.workDone ?? '',
    results: report.results ?? '',
    percentComplete: report.percentComplete ?? 0,
    difficulties: report.difficulties ?? '',
    proposals: report.proposals ?? '',
    claimsCompletion: !!report.claimsCompletion,
  };
}

/** Form values (possibly partial, from antd) as draft values; undefined when not savable. */
export function normalizeDraft(values: Partial<Record<keyof DraftValues, unknown>>) {
  const percent = values.percentComplete;
  if (typeof percent !== 'number' || !Number.isInteger(percent) || percent < 0 || percent > 100) {
    return undefined;
  }
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    workDone: text(values.workDone),
    results: text(values.results),
    percentComplete: percent,
    difficulties: text(values.difficulties),
    proposals: text(values.proposals),
    claimsCompletion: values.claimsCompletion === true,
  } satisfies DraftValues;
}

/** The request body: empty texts are left out (the server stores them as empty). */
export function toDraft(values: DraftValues): ReportDraft {
  const text = (v: string) => (v.trim() ? v : undefined);
  return {
    workDone: text(values.workDone),
    results: text(values.results),
    percentComplete: values.percentComplete,
    difficulties: text(values.difficulties),
    proposals: text(values.proposals),
    claimsCompletion: values.claimsCompletion,
  };
}

/** What a page hands to the page that replaces it after the first save created the report. */
export interface Handoff<V = DraftValues> {
  values: V;
  savedAt: string;
  focus?: { id: string; start: number | null; end: number | null };
}

/** The focused text field of a form, to focus it again after the page changed. */
export function captureFocus(container: HTMLElement | null): Handoff['focus'] {
  const active = document.activeElement;
  if (!container || !(active instanceof HTMLElement) || !container.contains(active) || !active.id) {
    return undefined;
  }
  const text = active as HTMLInputElement | HTMLTextAreaElement;
  return {
    id: active.id,
    start: typeof text.selectionStart === 'number' ? text.selectionStart : null,
    end: typeof text.selectionEnd === 'number' ? text.selectionEnd : null,
  };
}

export function restoreFocus(focus: Handoff['focus']): void {
  if (!focus) return;
  const element = document.getElementById(focus.id);
  if (!(element instanceof HTMLElement)) return;
  element.focus();
  if (
    (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) &&
    focus.start !== null
  ) {
    try {
      element.setSelectionRange(focus.start, focus.end ?? focus.start);
    } catch {
      // number inputs do not support a selection
    }
  }
}
