import { Space, Tag, Tooltip } from 'antd';
import type { VersionView } from '../api/types';
import { useLabels } from './labels';

const COLOURS: Record<string, string> = { DRAFT: 'default', IN_REVIEW: 'processing', SENT_BACK: 'warning', APPROVED: 'success' };

/** Each language version with where its review stands: `中文 · 初审`, `English · approved`. */
export function VersionTags({ versions }: { versions: VersionView[] }) {
  const { t, languageName, step } = useLabels();
  return (
    <Space size={[4, 4]} wrap>
      {versions.map((version) => {
        const where = version.review.state === 'IN_REVIEW' && version.review.step ? step(version.review.step) : t(`state.${version.review.state}`);
        return (
          <Tooltip key={version.language} title={t('review.revision', { revision: version.revision })}>
            <Tag color={COLOURS[version.review.state]}>
              {languageName(version.language)} · {where}
            </Tag>
          </Tooltip>
        );
      })}
    </Space>
  );
}
