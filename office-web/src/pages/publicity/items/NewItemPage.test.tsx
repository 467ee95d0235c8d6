import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import { fill, page, SLOW, SUGGESTED_DRAFT, typist, USERS } from '../test/fixtures';
import { NewItemPage } from './NewItemPage';

const ROUTE = '/publicity/items/new';

describe('opening an item', SLOW, () => {
  it('sends the Chinese text, the link it was opened with and an image, then opens the item', async () => {
    const { calls } = fakeServer({
      'GET /api/sister-cities/partner-cities': page([]),
      'POST /api/publicity/items': () => ({ status: 201, body: { ...SUGGESTED_DRAFT, id: 'NEW1' } }),
    });
    const { router } = renderPage(<NewItemPage />, { me: USERS.editor, path: `${ROUTE}?delegationId=D9`, route: ROUTE });
    const user = typist();

    const source = (await screen.findByText('Chinese (source)')).closest('.ant-card') as HTMLElement;
    fill(within(source).getByLabelText('Title'), '教育代表团访日');
    fill(within(source).getByLabelText('Body (HTML)'), '<p>正文<script>x()</script></p>');
    await waitFor(() => expect(within(source).getByRole('region', { name: 'Chinese body preview' }).innerHTML).toBe('<p>正文</p>'));
    expect(screen.getByLabelText('Delegation id')).toHaveValue('D9');
    await user.click(screen.getByRole('button', { name: 'Add an image' }));
    fill(await screen.findByLabelText('Image reference (media key or https address)'), 'media/2026/jp.jpg');
    fill(screen.getByLabelText('Caption (Chinese)'), '代表团合影');
    await user.click(screen.getByRole('button', { name: 'Create the item' }));

    await waitFor(() => expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1));
    expect(calls.find((call) => call.method === 'POST')!.body).toEqual({
      kind: 'NEWS',
      images: [{ ref: 'media/2026/jp.jpg', caption: { zh: '代表团合影' } }],
      about: { delegationId: 'D9' },
      zh: { title: '教育代表团访日', body: '<p>正文<script>x()</script></p>' },
    });
    await waitFor(() => expect(router.state.location.pathname).toBe('/publicity/items/NEW1'));
  });

  it('shows an invalid field the service names below its input', async () => {
    fakeServer({
      'GET /api/sister-cities/partner-cities': page([]),
      'POST /api/publicity/items': () => ({
        status: 400,
        body: { type: 'urn:waishi:problem:validation', title: 'Invalid', status: 400, errors: [{ field: 'zh.title', message: 'size must be between 0 and 300' }] },
      }),
    });
    renderPage(<NewItemPage />, { me: USERS.editor, path: ROUTE, route: ROUTE });
    const user = typist();

    fill(await screen.findByLabelText('Title'), '标题');
    await user.click(screen.getByRole('button', { name: 'Create the item' }));
    const title = screen.getByLabelText('Title').closest('.ant-form-item') as HTMLElement;
    expect(await within(title).findByText('size must be between 0 and 300')).toBeInTheDocument();
  });
});
