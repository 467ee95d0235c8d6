import { Grid, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { APPROVAL_PATH, type Delegation, type DelegationStatus } from '../model';

/**
 * Where the file stands on its approval path. City-owned enterprises and universities go from SIGNED
 * straight to the director (no ACCEPTED step). A file off the path (returned for correction, rejected,
 * withdrawn, cancelled) shows the step it stopped at in red, named after what happened.
 */
export function stepsOf(delegation: Pick<Delegation, 'status' | 'history'>, simplified: boolean) {
  const path = simplified ? APPROVAL_PATH.filter((status) => status !== 'ACCEPTED') : APPROVAL_PATH;
  const onPath = path.indexOf(delegation.status);
  if (onPath >= 0) {
    return { path, current: onPath, status: delegation.status === 'CLOSED' ? ('finish' as const) : ('process' as const), stoppedAs: undefined };
  }
  // The last state of the path the file reached, read from its history (newest last).
  const reached: DelegationStatus =
    [...(delegation.history ?? [])]
      .reverse()
      .flatMap((change) => [change.to, change.from])
      .find((status): status is DelegationStatus => status !== undefined && path.includes(status)) ?? 'DRAFT';
  return { path, current: Math.min(path.indexOf(reached) + 1, path.length - 1), status: 'error' as const, stoppedAs: delegation.status };
}

export function ApprovalSteps({ delegation, simplified }: { delegation: Delegation; simplified: boolean }) {
  const { t } = useTranslation('travel');
  const screens = Grid.useBreakpoint();
  const { path, current, status, stoppedAs } = stepsOf(delegation, simplified);
  return (
    <Steps
      size="small"
      orientation={screens.lg ? 'horizontal' : 'vertical'}
      titlePlacement={screens.lg ? 'vertical' : 'horizontal'}
      current={current}
      status={status}
      items={path.map((state, index) => ({
        key: state,
        title: index === current && stoppedAs ? t(`state.${stoppedAs}`) : t(`state.${state}`),
      }))}
    />
  );
}
