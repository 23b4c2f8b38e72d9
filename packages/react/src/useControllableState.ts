import { useCallback, useRef, useState } from 'react';

/**
 * A prop that may be controlled (`value` + `onChange`) or uncontrolled (`defaultValue`), never both at once.
 * Warns in development when a component flips between the two.
 */
export function useControllableState<T, E = unknown>(options: {
  name: string;
  value: T | undefined;
  defaultValue: T | (() => T);
  onChange?: (value: T, event: E) => void;
  /** Warn when the mode flips. Off for optional choices where `undefined` means "the default". @defaultValue true */
  warnOnFlip?: boolean;
}): [T, (next: T, event: E, options?: { silent?: boolean }) => void] {
  const { name, value, defaultValue, onChange, warnOnFlip = true } = options;
  const controlled = value !== undefined;
  const wasControlled = useRef(controlled);
  const [inner, setInner] = useState<T>(defaultValue);
  if (wasControlled.current !== controlled) {
    if (warnOnFlip && (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.NODE_ENV !== 'production') {
      console.warn(`SpineExplainer: \`${name}\` switched from ${wasControlled.current ? 'controlled' : 'uncontrolled'} to ${controlled ? 'controlled' : 'uncontrolled'}. Use either \`${name}\` or \`default${name[0]!.toUpperCase()}${name.slice(1)}\`, not both.`);
    }
    wasControlled.current = controlled;
  }
  const current = controlled ? (value as T) : inner;
  const currentRef = useRef(current);
  currentRef.current = current;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const setValue = useCallback((next: T, event: E, options?: { silent?: boolean }) => {
    if (Object.is(next, currentRef.current)) return;
    if (!wasControlled.current) setInner(next);
    currentRef.current = next;
    if (!options?.silent) onChangeRef.current?.(next, event);
  }, []);
  return [current, setValue];
}
