import { createContext, useCallback, useContext, useState } from 'react';

type Report = (key: string, message: string | null) => void;

/** Where a scenario field reports that its text is invalid (message) or fine again (null). */
export const FieldValidity = createContext<Report>(() => undefined);

export const useReportValidity = (): Report => useContext(FieldValidity);

/** The invalid fields of a form by key, and the function its fields report to. */
export function useFieldErrors(): { messages: string[]; report: Report } {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const report = useCallback<Report>((key, message) => {
    setErrors((prev) => {
      if ((prev[key] ?? null) === message) return prev;
      const { [key]: _old, ...rest } = prev;
      return message === null ? rest : { ...rest, [key]: message };
    });
  }, []);
  return { messages: Object.values(errors), report };
}
