import { Empty, theme, Typography } from 'antd';
import type { CSSProperties, Key, ReactNode } from 'react';

interface Props<T> {
  header: string;
  items: T[];
  itemKey: (item: T, index: number) => Key;
  render: (item: T, index: number) => ReactNode;
  /** What shows when there are none; a small empty picture by default. */
  empty?: ReactNode;
  style?: CSSProperties;
}

/**
 * A short list with its heading, as a plain `ul` screen readers announce with its count (antd's List is
 * deprecated, and its successor Listy is a virtual list meant for long ones).
 */
export function SimpleList<T>({ header, items, itemKey, render, empty, style }: Props<T>) {
  const { token } = theme.useToken();
  return (
    <section aria-label={header} style={style}>
      <Typography.Text strong style={{ display: 'block', paddingBlock: 8, borderBottom: `1px solid ${token.colorSplit}` }}>
        {header}
      </Typography.Text>
      {items.length === 0 ? (
        (empty ?? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />)
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((item, index) => (
            <li key={itemKey(item, index)} style={{ paddingBlock: 8, borderBottom: `1px solid ${token.colorSplit}` }}>
              {render(item, index)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
