import { describe, expect, it } from 'vitest';
import { safeHtml } from './safeHtml';

describe('the body allow-list', () => {
  it('keeps the markup the service allows', () => {
    const html = '<h2>标题</h2><p>段落 <strong>加粗</strong> <a href="https://example.org/a" title="t">链接</a></p><ul><li>一</li></ul><img src="https://example.org/i.jpg" alt="图" width="10">';
    const clean = safeHtml(html);
    expect(clean).toContain('<h2>标题</h2>');
    expect(clean).toContain('<strong>加粗</strong>');
    expect(clean).toContain('<a href="https://example.org/a" title="t" rel="noopener noreferrer nofollow">链接</a>');
    expect(clean).toContain('<img src="https://example.org/i.jpg" alt="图" width="10">');
  });

  it('drops scripts, styles, handlers and unsafe addresses, keeping the text around them', () => {
    const html =
      '<p onclick="steal()" style="color:red">文字<script>alert(1)</script><style>p{}</style></p>' +
      '<a href="javascript:alert(1)">坏链接</a><a href=" data:text/html,x">数据</a><img src="http://example.org/plain.jpg" onerror="x()">' +
      '<iframe src="https://example.org"></iframe><div><font>保留的字</font></div>';
    const clean = safeHtml(html);
    expect(clean).toBe('<p>文字</p><a rel="noopener noreferrer nofollow">坏链接</a><a rel="noopener noreferrer nofollow">数据</a><img>保留的字');
  });

  it('gives nothing for an empty body', () => {
    expect(safeHtml(undefined)).toBe('');
    expect(safeHtml('   ')).toBe('');
  });
});
