import { Tag } from 'antd';
import type { LocalText } from '../../../api/http';
import { local } from '../../../text';
import type { AlertLevelNumber } from '../api/types';
import { useLabels } from '../shared/labels';

/** The safety alert levels' colours, mild to severe: take care, heighten precautions, travel with caution, do not travel. */
export const ALERT_COLOURS: Record<AlertLevelNumber, string> = { 1: 'blue', 2: 'gold', 3: 'orange', 4: 'red' };
export const ALERT_LEVELS: AlertLevelNumber[] = [1, 2, 3, 4];

/** A level as a coloured tag with its number and words: `3 · 谨慎前往`. */
export function AlertLevelTag({ level, label }: { level?: AlertLevelNumber; label?: LocalText }) {
  const { t, language } = useLabels();
  if (!level) return <Tag>{t('alert.none')}</Tag>;
  return <Tag color={ALERT_COLOURS[level]}>{`${level} · ${local(label, language) || t(`alert.level.${level}`)}`}</Tag>;
}
