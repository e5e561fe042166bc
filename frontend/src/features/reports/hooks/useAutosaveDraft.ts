import { useRef, useState, type RefObject } from 'react';
import { App, type FormInstance } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useProblemOnForm } from '../../../api/formProblem';
import { isConflict } from '../../../api/problem';
import { IdempotentAction } from '../lib/idempotency';
import { useAutosave } from './useAutosave';
import { REPORTS_KEY } from './useReports';

/** Quiet time after typing before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 1500;

/** The draft could not be saved, so it is not submitted (the autosave shows why). */
export class DraftNotSaved extends Error {}

interface Versioned {
  id?: number;
  version?: number;
}

/** What a save gets besides the values: the version read, and a way to stop autosaving. */
export interface DraftSaveContext {
  /** the version the report was read with; a save stores the one it gets back */
  version: RefObject<number>;
  /** stops autosaving for good (the page hands over to another one) */
  stop: () => void;
}

export interface AutosaveDraftOptions<V, R extends Versioned> {
  form: FormInstance<V>;
  /** the form's fields: the server's field errors are put on them */
  fields: readonly string[];
  delayMs: number;
  /** the report's version when it was read (0 for a report not created yet) */
  version: number;
  /** the values already stored (the loaded report), if any */
  stored?: V;
  /** when the last save happened already (handed over from the page that created it) */
  savedAt?: Date;
  /** stores the values (with `context.version`) and resolves with the values it sent */
  save: (values: V, context: DraftSaveContext) => Promise<V>;
  /** the form's values as savable values; undefined while they are not (e.g. no percentage) */
  normalize: (values: Partial<Record<keyof V, unknown>>) => V | undefined;
  /** a report's values in the form */
  valuesOf: (report: R) => V;
  /** fetches the report again (after a 409); without it, no reload is offered */
  reload?: () => Promise<R | undefined>;
  /** signs the saved report off ("Ký gửi"); throws DraftNotSaved when there is nothing saved */
  submit: (idempotencyKey: string) => Promise<R>;
  /** the signed report: into the query cache */
  onSubmitted: (report: R) => void;
}

/**
 * A report's draft as the unit edits it: autosaved with the version read (a 409 stops saving
 * until the report is reloaded), the server's field errors on the form, and "Ký gửi" that
 * saves what is left first and signs once, whatever the retries (Idempotency-Key).
 */
export function useAutosaveDraft<V, R extends Versioned>(options: AutosaveDraftOptions<V, R>) {
  const { t } = useTranslation('reports');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { form, reload } = options;
  const version = useRef(options.version);
  const [submitAction] = useState(() => new IdempotentAction());

  const autosave = useAutosave<V>({
    delayMs: options.delayMs,
    stored: options.stored,
    savedAt: options.savedAt,
    stopsOn: isConflict,
    save: (values) => options.save(values, { version, stop: () => autosave.stop() }),
  });
  const saveError = autosave.state.status === 'error' ? autosave.state.error : undefined;
  const otherFieldErrors = useProblemOnForm(form, saveError, options.fields);

  /** the form changed: save its values once they are savable and the user pauses */
  const change = () => {
    const values = options.normalize(form.getFieldsValue(true));
    if (values) autosave.change(values);
  };

  /** after a 409: the report as stored now, in the form, and saving again from there */
  const reloadLatest = reload
    ? async () => {
        const fresh = await reload();
        if (!fresh) return;
        version.current = fresh.version ?? 0;
        const values = options.valuesOf(fresh);
        form.setFieldsValue(values as Parameters<typeof form.setFieldsValue>[0]);
        autosave.reset(values);
      }
    : undefined;

  const submit = useMutation<R, Error>({
    mutationFn: async () => {
      if (!(await autosave.flush())) throw new DraftNotSaved();
      return options.submit(submitAction.current());
    },
    onSuccess: (submitted) => {
      submitAction.succeeded();
      autosave.stop();
      options.onSubmitted(submitted);
      void queryClient.invalidateQueries({ queryKey: [REPORTS_KEY] });
      message.success(t('submit.done'));
    },
  });

  return { autosave, saveError, otherFieldErrors, change, reloadLatest, submit };
}
