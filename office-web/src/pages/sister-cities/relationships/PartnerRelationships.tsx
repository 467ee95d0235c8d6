import { Button, Empty, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading';
import { hasAny, useMe } from '../../../me';
import { NS } from '../shared/api';
import { Section } from '../shared/layout';
import { OFFICER } from '../shared/model';
import { useAllRelationships } from './api';
import { RecordRelationshipModal } from './RecordRelationshipModal';
import { RelationshipCard } from './RelationshipCard';

/** The partner's relationships, newest first, and for the officer the ways to start one. */
export function PartnerRelationships({ partnerCityId }: { partnerCityId: string }) {
  const { t } = useTranslation(NS);
  const { data: me } = useMe();
  const relationships = useAllRelationships(partnerCityId);
  const [recording, setRecording] = useState<'intent' | 'established'>();
  return (
    <Section
      title={t('relationship.title')}
      extra={
        hasAny(me, OFFICER) && (
          <Space wrap>
            <Button onClick={() => setRecording('intent')}>{t('relationship.recordIntent')}</Button>
            <Button onClick={() => setRecording('established')}>{t('relationship.recordEstablished')}</Button>
          </Space>
        )
      }
    >
      {!relationships.data ? (
        <Loading error={relationships.error} retry={() => void relationships.refetch()} />
      ) : relationships.data.length === 0 ? (
        <Empty description={t('relationship.none')} />
      ) : (
        relationships.data.map((relationship) => <RelationshipCard key={relationship.id} relationship={relationship} />)
      )}
      <RecordRelationshipModal partnerCityId={partnerCityId} mode={recording} onClose={() => setRecording(undefined)} />
    </Section>
  );
}
