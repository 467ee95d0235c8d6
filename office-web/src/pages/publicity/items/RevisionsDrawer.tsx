import { Drawer, Empty, Form, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState, type CSSProperties } from 'react';
import { Loading } from '../../../components/Loading';
import { formatInstant } from '../../../time';
import { useDiff, useRevisions } from '../api/publicity';
import type { DiffLine, RevisionView } from '../api/types';
import { useLabels } from '../shared/labels';

interface Props {
  open: boolean;
  onClose: () => void;
  itemId: string;
  language: string;
  current: number;
}

/** Every revision of a version, and what changed between two of them, line by line. */
export function RevisionsDrawer({ open, onClose, itemId, language, current }: Props) {
  const { t, languageName } = useLabels();
  const revisions = useRevisions(itemId, language, open);
  const [from, setFrom] = useState<number>();
  const [to, setTo] = useState<number>();
  useEffect(() => {
    setFrom(current > 1 ? current - 1 : undefined);
    setTo(current);
  }, [current]);
  const diff = useDiff(itemId, language, from, to);
  const options = (revisions.data ?? []).map((revision) => ({ value: revision.number, label: t('review.revision', { revision: revision.number }) }));

  return (
    <Drawer open={open} onClose={onClose} size={720} title={t('revisions.title', { language: languageName(language) })}>
      {revisions.error ? (
        <Loading error={revisions.error} retry={() => void revisions.refetch()} />
      ) : (
        <Table<RevisionView>
          rowKey="number"
          size="small"
          loading={revisions.isLoading}
          pagination={false}
          scroll={{ x: true }}
          title={() => <Typography.Text strong>{t('revisions.list')}</Typography.Text>}
          dataSource={revisions.data ?? []}
          columns={[
            { key: 'number', title: t('revisions.number'), dataIndex: 'number' },
            { key: 'title', title: t('field.title'), dataIndex: 'title' },
            { key: 'by', title: t('revisions.by'), dataIndex: 'by' },
            { key: 'at', title: t('revisions.at'), render: (_, revision) => formatInstant(revision.at) },
          ]}
        />
      )}
      <Typography.Title level={3} style={{ marginTop: 24 }}>
        {t('revisions.diff')}
      </Typography.Title>
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={t('revisions.from')} htmlFor="diff-from">
          <Select id="diff-from" style={{ minWidth: 140 }} value={from} onChange={setFrom} options={options} />
        </Form.Item>
        <Form.Item label={t('revisions.to')} htmlFor="diff-to">
          <Select id="diff-to" style={{ minWidth: 140 }} value={to} onChange={setTo} options={options} />
        </Form.Item>
      </Form>
      {from === undefined || to === undefined || from === to ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('revisions.chooseTwo')} />
      ) : diff.error ? (
        <Loading error={diff.error} retry={() => void diff.refetch()} />
      ) : diff.data ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <DiffPart name={t('field.title')} lines={diff.data.title} />
          <DiffPart name={t('field.summary')} lines={diff.data.summary} />
          <DiffPart name={t('field.body')} lines={diff.data.body} />
        </Space>
      ) : (
        <Loading />
      )}
    </Drawer>
  );
}

const LINE_STYLE: Record<DiffLine['op'], CSSProperties> = {
  SAME: {},
  REMOVED: { background: '#fff1f0', color: '#a8071a' },
  ADDED: { background: '#f6ffed', color: '#135200', textDecoration: 'none' },
};

/** Read by screen readers, not shown: whether a line was removed or added. */
const VISUALLY_HIDDEN: CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };

/** One part's lines: removed ones struck out (`del`), added ones marked (`ins`), so readers of any kind see which. */
function DiffPart({ name, lines }: { name: string; lines: DiffLine[] }) {
  const { t } = useLabels();
  return (
    <section aria-label={name}>
      <Typography.Title level={4}>{name}</Typography.Title>
      {lines.length === 0 ? (
        <Typography.Text type="secondary">{t('revisions.empty')}</Typography.Text>
      ) : (
        <pre style={{ whiteSpace: 'pre-wrap', margin: 0, fontSize: 13 }}>
          {lines.map((line, index) => {
            const Element = line.op === 'REMOVED' ? 'del' : line.op === 'ADDED' ? 'ins' : 'span';
            const sign = line.op === 'REMOVED' ? '− ' : line.op === 'ADDED' ? '+ ' : '  ';
            return (
              <Element key={index} style={{ display: 'block', ...LINE_STYLE[line.op] }}>
                {line.op !== 'SAME' && <span style={VISUALLY_HIDDEN}>{t(`revisions.${line.op}`)}: </span>}
                <span aria-hidden="true">{sign}</span>
                {line.text}
              </Element>
            );
          })}
        </pre>
      )}
    </section>
  );
}
