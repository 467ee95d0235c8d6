import { Button, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Loading } from '../../../components/Loading';
import { StateTag } from '../../../components/StateTag';
import { useMe } from '../../../me';
import { local } from '../../../text';
import { useCountries } from '../api/publicity';
import type { ProfileSummary } from '../api/types';
import { useLabels } from '../shared/labels';
import { mayAct } from '../shared/review';
import { AlertLevelTag } from './AlertLevelTag';

/** The country profiles: name, where the text's review stands, what is public, and the safety alert level. */
export function CountryListPage() {
  const { t, language } = useLabels();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const [paging, setPaging] = useState({ page: 0, size: 20 });
  const countries = useCountries(paging.page, paging.size);
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>{t('countries.title')}</Typography.Title>
        {mayAct(me, 'PUBLICITY_EDITOR') && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate('/publicity/countries/new')}>
            {t('countries.new')}
          </Button>
        )}
      </Space>
      {countries.error ? (
        <Loading error={countries.error} retry={() => void countries.refetch()} />
      ) : (
        <Table<ProfileSummary>
          rowKey="countryCode"
          loading={countries.isLoading}
          scroll={{ x: true }}
          title={() => <Typography.Text strong>{t('countries.caption')}</Typography.Text>}
          dataSource={countries.data?.items ?? []}
          pagination={{
            current: (countries.data?.page ?? paging.page) + 1,
            pageSize: countries.data?.size ?? paging.size,
            total: countries.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('total', { ns: 'common', count: total }),
            onChange: (page, size) => setPaging({ page: page - 1, size }),
          }}
          columns={[
            { key: 'code', title: t('countries.code'), dataIndex: 'countryCode' },
            {
              key: 'name',
              title: t('countries.name'),
              render: (_, country) => <Link to={`/publicity/countries/${country.countryCode}`}>{local(country.name, language)}</Link>,
            },
            { key: 'level', title: t('alert.title'), render: (_, country) => <AlertLevelTag level={country.level?.level} label={country.level?.label} /> },
            { key: 'review', title: t('countries.review'), render: (_, country) => <StateTag state={country.reviewState} namespace="publicity" /> },
            { key: 'revision', title: t('countries.revision'), dataIndex: 'revision' },
            {
              key: 'published',
              title: t('countries.publishedRevision'),
              render: (_, country) => (country.publishedRevision > 0 ? t('review.revision', { revision: country.publishedRevision }) : t('countries.notPublished')),
            },
          ]}
        />
      )}
    </>
  );
}
