import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { humanize } from '../text';

/** Solid colours dark enough for white text at WCAG AA contrast (antd's light preset tags fall short of it). */
const BLUE = '#0958d9';
const GREEN = '#237804';
const ORANGE = '#ad4e00';
const RED = '#a8071a';
const GREY = '#595959';

const COLOURS: Record<string, string> = {
  DRAFT: GREY,
  SUBMITTED: BLUE,
  SIGNED: BLUE,
  ACCEPTED: BLUE,
  CORRECTION_REQUESTED: ORANGE,
  SENT_BACK: ORANGE,
  APPROVED: GREEN,
  PUBLISHED: GREEN,
  ACTIVE: GREEN,
  COMPLETED: GREEN,
  CLOSED: GREY,
  REJECTED: RED,
  REFUSED: RED,
  WITHDRAWN: GREY,
  CANCELLED: GREY,
  RETRACTED: GREY,
  MISSED: RED,
  DUE_SOON: ORANGE,
  DUE: BLUE,
};

/** A state as a coloured tag, named in the area's texts (`state.<CODE>`), else spelled out from its code. */
export function StateTag({ state, namespace }: { state: string; namespace: string }) {
  const { t } = useTranslation(namespace);
  return <Tag color={COLOURS[state] ?? BLUE}>{t(`state.${state}`, { defaultValue: humanize(state) })}</Tag>;
}
