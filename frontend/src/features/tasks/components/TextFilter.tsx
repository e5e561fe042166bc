import { useState, type ChangeEvent } from 'react';
import { Input } from 'antd';
import { useDebouncedCallback } from '../../../lib/debounce';

export const SEARCH_DEBOUNCE_MS = 400;

interface Props {
  /** the value in the URL */
  value: string | undefined;
  onCommit: (value: string | undefined) => void;
  placeholder: string;
  label: string;
  width: number;
  /** a search box with a button, or a plain input */
  enterButton?: string;
  'data-testid'?: string;
}

/** Free text typed locally, written to the URL once typing pauses (or on Enter). */
export function TextFilter({
  value,
  onCommit,
  placeholder,
  label,
  width,
  enterButton,
  ...rest
}: Props) {
  const [text, setText] = useState(value ?? '');
  const [urlValue, setUrlValue] = useState(value);
  if (urlValue !== value) {
    // the URL changed from outside (back button, link, reset): follow it
    setUrlValue(value);
    if ((text.trim() || undefined) !== value) setText(value ?? '');
  }
  const debounced = useDebouncedCallback((next: string) => {
    const committed = next.trim() || undefined;
    if (committed !== value) onCommit(committed);
  }, SEARCH_DEBOUNCE_MS);
  const commitNow = (next: string) => {
    debounced.cancel();
    const committed = next.trim() || undefined;
    if (committed !== value) onCommit(committed);
  };
  const common = {
    allowClear: true,
    'aria-label': label,
    placeholder,
    style: { width },
    value: text,
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      setText(event.target.value);
      debounced.run(event.target.value);
    },
    'data-testid': rest['data-testid'],
  };
  return enterButton ? (
    <Input.Search {...common} onSearch={commitNow} enterButton={enterButton} />
  ) : (
    <Input {...common} onPressEnter={(event) => commitNow(event.currentTarget.value)} />
  );
}
