import { Form } from 'antd';
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../text';
import { usePlanPrecheck } from '../api';
import { problemsByAnchor, problemsOf, violationsAsProblems, type FieldProblem } from '../rules';
import { FieldProblemsProvider } from './fieldProblems';
import { checkable, toPlan, type EditorValues } from './formModel';
import { RuleCheck, type CheckState } from './RuleCheck';

/** How long the editor waits after the last change before asking the service to check the rules. */
const PRECHECK_DELAY_MS = 500;

function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

const CheckSummary = createContext<{ state: CheckState; problems: FieldProblem[] }>({ state: 'waiting', problems: [] });

/**
 * Watches the plan being edited and, once it is complete enough to judge, has the service check every travel
 * rule on it (debounced). The problems found, and those of a refused save, go to the fields they concern
 * and to the summary. Only this component re-renders on every keystroke; the form's sections re-render
 * when the problems they show change.
 */
export function PlanChecks({ initial, saveError, onEdited, children }: { initial: EditorValues; saveError: unknown; onEdited: () => void; children: ReactNode }) {
  const { t, i18n } = useTranslation('travel');
  const language = i18n.language as Language;
  const form = Form.useFormInstance<EditorValues>();
  const watched = Form.useWatch([], { form, preserve: true }) as EditorValues | undefined;
  const values = watched ?? initial;
  const plan = useMemo(() => toPlan(values, true), [values]);
  const settled = useDebounced(plan, PRECHECK_DELAY_MS);
  const ready = checkable(plan);
  const precheck = usePlanPrecheck(ready && checkable(settled) ? settled : undefined);

  const edited = useRef(onEdited);
  edited.current = onEdited;
  useEffect(() => {
    edited.current();
  }, [values]);

  const state: CheckState = !ready
    ? 'waiting'
    : precheck.isFetching || plan !== settled
      ? 'checking'
      : precheck.error
        ? 'failed'
        : precheck.data
          ? 'checked'
          : 'checking';
  const checkProblems: FieldProblem[] = !ready
    ? []
    : precheck.error
      ? problemsOf(precheck.error, t, language)
      : violationsAsProblems(precheck.data?.violations ?? [], t, language);
  const all = dedupe([...problemsOf(saveError, t, language), ...checkProblems]);
  // Compared by content, so the sections re-render only when what they show changes.
  const signature = JSON.stringify(all);
  const checkSignature = JSON.stringify(checkProblems);
  const byPlace = useMemo(() => problemsByAnchor(all), [signature]);
  const summary = useMemo(() => ({ state, problems: checkProblems }), [state, checkSignature]);

  return (
    <FieldProblemsProvider problems={byPlace}>
      <CheckSummary.Provider value={summary}>{children}</CheckSummary.Provider>
    </FieldProblemsProvider>
  );
}

/** The rule-check summary of the plan being edited. */
export function PlanCheckSummary() {
  const { state, problems } = useContext(CheckSummary);
  return <RuleCheck state={state} problems={problems} />;
}

function dedupe(problems: FieldProblem[]): FieldProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.field}|${problem.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
