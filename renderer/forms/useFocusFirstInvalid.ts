import { useEffect, useRef } from 'react';

/**
 * After a failed submit, moves focus to the first field marked invalid, so keyboard and
 * screen-reader users land on what needs fixing. Returns the ref for the <form>.
 */
export function useFocusFirstInvalid(errors: object) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);
  return form;
}
