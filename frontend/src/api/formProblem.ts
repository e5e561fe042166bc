import { useEffect } from 'react';
import type { FormInstance } from 'antd';
import { formFieldErrors } from './problem';

/**
 * Puts the server's field errors (400 problem `errors`) on the form's own fields, once per
 * failed request, and returns what could not be placed on a field.
 */
export function useProblemOnForm(
  form: FormInstance,
  error: unknown,
  formFields: readonly string[],
): string[] {
  const { other } = formFieldErrors(error, formFields);
  useEffect(() => {
    const list = formFieldErrors(error, formFields).fields;
    if (list.length > 0) form.setFields(list);
    // formFields is a constant list of each form
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form, error]);
  return other;
}
