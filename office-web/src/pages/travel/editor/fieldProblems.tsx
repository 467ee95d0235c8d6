import { Alert } from 'antd';
import { createContext, useContext, type ReactNode } from 'react';
import type { FieldProblem } from '../rules';

/** The rule and validation problems of the plan being edited, by the place on the form they belong to. */
const FieldProblems = createContext<Map<string, FieldProblem[]>>(new Map());

export function FieldProblemsProvider({ problems, children }: { problems: Map<string, FieldProblem[]>; children: ReactNode }) {
  return <FieldProblems.Provider value={problems}>{children}</FieldProblems.Provider>;
}

type Path = (string | number)[];

function ProblemLines({ problems }: { problems: FieldProblem[] }) {
  return (
    <>
      {problems.map((problem, index) => (
        <div key={`${problem.code ?? problem.field}-${index}`} data-rule={problem.code}>
          {problem.text}
        </div>
      ))}
    </>
  );
}

/**
 * Form.Item props that put the problems of these places under the input (`validateStatus` + `help`); none
 * when there are none, so the item's own validation speaks as usual.
 */
export function useFieldHelp() {
  const problems = useContext(FieldProblems);
  return (...paths: Path[]): { validateStatus?: 'error'; help?: ReactNode } => {
    const found = paths.flatMap((path) => problems.get(path.join('.')) ?? []);
    return found.length > 0 ? { validateStatus: 'error', help: <ProblemLines problems={found} /> } : {};
  };
}

/** The problems of a whole section (the members, the schedule, the budget), shown at its top. */
export function SectionProblems({ path }: { path: Path }) {
  const problems = useContext(FieldProblems).get(path.join('.')) ?? [];
  if (problems.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid={`problems-${path.join('.')}`}
      title={<ProblemLines problems={problems} />}
    />
  );
}
