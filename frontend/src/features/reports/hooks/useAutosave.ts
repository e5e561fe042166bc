import { useCallback, useEffect, useRef, useState } from 'react';

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface AutosaveState {
  status: AutosaveStatus;
  /** when the last save succeeded */
  savedAt?: Date;
  /** why the last save failed (status 'error') */
  error?: unknown;
}

export interface AutosaveOptions<V> {
  /**
   * Stores the values and resolves with the values it sent: normally `values`; a retried
   * creation replays the body of the failed attempt instead. When they differ from the latest
   * edit (the user typed on meanwhile), another save follows.
   */
  save: (values: V) => Promise<V>;
  /** quiet time after the last change before saving */
  delayMs: number;
  /** the values already stored (the loaded report), if any */
  stored?: V;
  /** errors after which saving stops until `reset` (e.g. 409: someone else changed it) */
  stopsOn?: (error: unknown) => boolean;
  /** compares values; JSON by default */
  serialize?: (values: V) => string;
  /** when the last save happened already (e.g. handed over from the page that created it) */
  savedAt?: Date;
}

export interface Autosave<V> {
  state: AutosaveState;
  /** the user changed the form: save once they stop typing for `delayMs` */
  change: (values: V) => void;
  /** saves now whatever is not saved yet; resolves true when everything is stored */
  flush: () => Promise<boolean>;
  /** forgets pending edits and takes `stored` as saved (after reloading a report) */
  reset: (stored: V) => void;
  /** stops for good: no further save, not even on unmount (the page hands over) */
  stop: () => void;
  /** true when edits are waiting, being saved or failed to save */
  dirty: boolean;
}

/**
 * Debounced autosave with one save at a time: edits made while a save is running are saved
 * right after it, in one request with the latest values; nothing is saved twice.
 */
export function useAutosave<V>(options: AutosaveOptions<V>): Autosave<V> {
  const optionsRef = useRef(options);
  useEffect(() => {
    optionsRef.current = options;
  });
  const [state, setState] = useState<AutosaveState>(() =>
    options.savedAt ? { status: 'saved', savedAt: options.savedAt } : { status: 'idle' },
  );
  const latest = useRef<V | undefined>(undefined);
  const [initiallySaved] = useState(() =>
    options.stored === undefined
      ? undefined
      : (options.serialize ?? JSON.stringify)(options.stored),
  );
  const saved = useRef<string | undefined>(initiallySaved);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef<Promise<boolean> | undefined>(undefined);
  const blocked = useRef(false);
  const stopped = useRef(false);
  const savedAtRef = useRef<Date | undefined>(options.savedAt);

  const ser = useCallback(
    (values: V) => (optionsRef.current.serialize ?? JSON.stringify)(values),
    [],
  );
  const unsaved = useCallback(
    () => latest.current !== undefined && ser(latest.current) !== saved.current,
    [ser],
  );

  const loop = useCallback(async (): Promise<boolean> => {
    let didSave = false;
    while (unsaved() && !blocked.current && !stopped.current) {
      const values = latest.current as V;
      setState((s) => ({ ...s, status: 'saving', error: undefined }));
      try {
        const stored = await optionsRef.current.save(values);
        saved.current = ser(stored);
        didSave = true;
        savedAtRef.current = new Date();
      } catch (error) {
        if (optionsRef.current.stopsOn?.(error)) blocked.current = true;
        if (!stopped.current) setState((s) => ({ ...s, status: 'error', error }));
        return false;
      }
    }
    if (stopped.current) return !unsaved();
    if (blocked.current) return false;
    if (didSave || savedAtRef.current) {
      setState({ status: 'saved', savedAt: savedAtRef.current });
    } else {
      setState({ status: 'idle' });
    }
    return true;
  }, [ser, unsaved]);

  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    for (;;) {
      // a save already running picks up the latest values before it ends
      running.current ??= loop().finally(() => {
        running.current = undefined;
      });
      const ok = await running.current;
      if (!ok) return false;
      if (stopped.current || !unsaved()) return !unsaved();
    }
  }, [loop, unsaved]);

  const change = useCallback(
    (values: V) => {
      if (stopped.current) return;
      latest.current = values;
      if (blocked.current) return;
      if (!unsaved()) {
        clearTimeout(timer.current);
        timer.current = undefined;
        return;
      }
      setState((s) => (s.status === 'saving' ? s : { ...s, status: 'pending' }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), optionsRef.current.delayMs);
    },
    [flush, unsaved],
  );

  const reset = useCallback(
    (stored: V) => {
      clearTimeout(timer.current);
      timer.current = undefined;
      latest.current = undefined;
      saved.current = ser(stored);
      blocked.current = false;
      setState(
        savedAtRef.current ? { status: 'saved', savedAt: savedAtRef.current } : { status: 'idle' },
      );
    },
    [ser],
  );

  const stop = useCallback(() => {
    stopped.current = true;
    clearTimeout(timer.current);
    timer.current = undefined;
  }, []);

  // leaving the page: what is typed is not lost
  useEffect(
    () => () => {
      if (timer.current !== undefined && !stopped.current && !blocked.current) {
        clearTimeout(timer.current);
        void loop();
      }
    },
    [loop],
  );

  const dirty = state.status === 'pending' || state.status === 'saving' || state.status === 'error';
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return { state, change, flush, reset, stop, dirty };
}
