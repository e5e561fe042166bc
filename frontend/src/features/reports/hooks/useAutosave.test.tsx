import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useAutosave, type AutosaveOptions } from './useAutosave';

interface V {
  text: string;
}

/** A save whose calls are recorded and resolved (or rejected) by the test. */
function controlledSave() {
  const calls: { values: V; resolve: () => void; reject: (e: unknown) => void }[] = [];
  const save = vi.fn(
    (values: V) =>
      new Promise<V>((resolve, reject) => {
        calls.push({ values, resolve: () => resolve(values), reject });
      }),
  );
  return { save, calls };
}

function setup(options: Partial<AutosaveOptions<V>> & Pick<AutosaveOptions<V>, 'save'>) {
  return renderHook(() => useAutosave<V>({ delayMs: 1000, ...options }));
}

describe('useAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a pause in typing and saves once, with the latest values', async () => {
    const { save, calls } = controlledSave();
    const { result } = setup({ save, stored: { text: '' } });

    act(() => result.current.change({ text: 'Đ' }));
    await act(async () => vi.advanceTimersByTime(600));
    act(() => result.current.change({ text: 'Đã' }));
    await act(async () => vi.advanceTimersByTime(600));
    act(() => result.current.change({ text: 'Đã ban hành' }));
    expect(result.current.state.status).toBe('pending');
    await act(async () => vi.advanceTimersByTime(999));
    expect(save).not.toHaveBeenCalled();

    await act(async () => vi.advanceTimersByTime(1));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenLastCalledWith({ text: 'Đã ban hành' });
    expect(result.current.state.status).toBe('saving');

    await act(async () => calls[0].resolve());
    expect(result.current.state.status).toBe('saved');
    expect(result.current.state.savedAt).toBeInstanceOf(Date);
  });

  it('does not save what is already stored', async () => {
    const { save } = controlledSave();
    const { result } = setup({ save, stored: { text: 'giữ nguyên' } });
    act(() => result.current.change({ text: 'giữ nguyên!' }));
    act(() => result.current.change({ text: 'giữ nguyên' }));
    await act(async () => vi.advanceTimersByTime(5000));
    expect(save).not.toHaveBeenCalled();
    expect(result.current.state.status).not.toBe('saving');
  });

  it('saves edits made during a save right after it, in one request', async () => {
    const { save, calls } = controlledSave();
    const { result } = setup({ save, stored: { text: '' } });
    act(() => result.current.change({ text: 'a' }));
    await act(async () => vi.advanceTimersByTime(1000));
    expect(save).toHaveBeenCalledTimes(1);

    // typing on while the first request is on its way
    act(() => result.current.change({ text: 'ab' }));
    act(() => result.current.change({ text: 'abc' }));
    await act(async () => vi.advanceTimersByTime(1000));
    expect(save).toHaveBeenCalledTimes(1);

    await act(async () => calls[0].resolve());
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith({ text: 'abc' });
    await act(async () => calls[1].resolve());
    expect(result.current.state.status).toBe('saved');
    await act(async () => vi.advanceTimersByTime(5000));
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('reports a failed save and saves again on flush', async () => {
    const { save, calls } = controlledSave();
    const { result } = setup({ save, stored: { text: '' } });
    act(() => result.current.change({ text: 'x' }));
    await act(async () => vi.advanceTimersByTime(1000));
    const failure = new Error('mạng chập chờn');
    await act(async () => calls[0].reject(failure));
    expect(result.current.state).toMatchObject({ status: 'error', error: failure });
    expect(result.current.dirty).toBe(true);

    let flushed: Promise<boolean> | undefined;
    act(() => {
      flushed = result.current.flush();
    });
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith({ text: 'x' });
    await act(async () => calls[1].resolve());
    await expect(flushed).resolves.toBe(true);
    expect(result.current.state.status).toBe('saved');
  });

  it('stops after an error it is told to stop on (409), until reset', async () => {
    const { save, calls } = controlledSave();
    const conflict = Object.assign(new Error('409'), { conflict: true });
    const { result } = setup({
      save,
      stored: { text: '' },
      stopsOn: (e) => (e as { conflict?: boolean }).conflict === true,
    });
    act(() => result.current.change({ text: 'mine' }));
    await act(async () => vi.advanceTimersByTime(1000));
    await act(async () => calls[0].reject(conflict));
    act(() => result.current.change({ text: 'mine, more' }));
    await act(async () => vi.advanceTimersByTime(5000));
    expect(save).toHaveBeenCalledTimes(1);
    expect(result.current.state.status).toBe('error');

    act(() => result.current.reset({ text: 'theirs' }));
    act(() => result.current.change({ text: 'theirs + mine' }));
    await act(async () => vi.advanceTimersByTime(1000));
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith({ text: 'theirs + mine' });
  });

  it('saves pending edits when the page is left', async () => {
    const { save } = controlledSave();
    const { result, unmount } = setup({ save, stored: { text: '' } });
    act(() => result.current.change({ text: 'chưa kịp lưu' }));
    unmount();
    expect(save).toHaveBeenCalledWith({ text: 'chưa kịp lưu' });
  });

  it('saves nothing more once stopped', async () => {
    const { save } = controlledSave();
    const { result, unmount } = setup({ save, stored: { text: '' } });
    act(() => result.current.change({ text: 'x' }));
    act(() => result.current.stop());
    await act(async () => vi.advanceTimersByTime(5000));
    unmount();
    expect(save).not.toHaveBeenCalled();
  });
});
