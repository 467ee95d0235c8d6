import { Empty } from 'antd';
import type { ReactNode } from 'react';

/** A short list of items as a real list (antd's List is deprecated, its successor virtualises long ones). */
export function PlainList<T>({ items, empty, render, label }: { items: T[]; empty: ReactNode; render: (item: T) => ReactNode; label?: string }) {
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <ul aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item, index) => (
        <li key={index} style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
          {render(item)}
        </li>
      ))}
    </ul>
  );
}
