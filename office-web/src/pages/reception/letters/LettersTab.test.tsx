import '../testing/speed';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, renderPage } from '../../../test/render';
import { PEOPLE, ruleViolation, visit, VISIT_ID } from '../testing/fixtures';
import { user as typist } from '../testing/speed';
import { LettersTab } from './LettersTab';

const base = `/api/receptions/visits/${VISIT_ID}`;
const invited = visit({ status: 'INVITED', actions: ['ISSUE_VISA_LETTERS', 'DRAFT_PLAN', 'CANCEL'] });
const letters = {
  visitId: VISIT_ID,
  letters: [
    {
      number: 'TCFAO-2027-0001',
      visitId: VISIT_ID,
      year: 2027,
      issuingPost: 'Chinese Embassy in Seoul',
      invitees: [{ guestId: 'g-aide', name: 'PARK Jimin' }],
      issuedBy: 'reception',
      issuedAt: '2027-05-10T02:00:00Z',
    },
  ],
};

describe('visa invitation letters', () => {
  it('lists the letters issued with a plain link to each printable letter for those who may read it', async () => {
    fakeServer({ [`GET ${base}/letters`]: letters });
    renderPage(<LettersTab visit={invited} />, { me: PEOPLE.auditor });
    const row = (await screen.findByText('TCFAO-2027-0001')).closest('tr')!;
    expect(within(row).getByText('Chinese Embassy in Seoul')).toBeInTheDocument();
    expect(within(row).getByText('PARK Jimin')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: /Open TCFAO-2027-0001/ })).toHaveAttribute('href', `${base}/letters/TCFAO-2027-0001`);
    expect(screen.queryByRole('button', { name: 'Issue letters' })).not.toBeInTheDocument();
  });

  it('gives the director the list but not the letter itself, which holds passport data', async () => {
    fakeServer({ [`GET ${base}/letters`]: letters });
    renderPage(<LettersTab visit={invited} />, { me: PEOPLE.director });
    await screen.findByText('TCFAO-2027-0001');
    expect(screen.queryByRole('link', { name: /Open TCFAO-2027-0001/ })).not.toBeInTheDocument();
  });

  it('issues letters with the wording given and shows a missing purpose at the purpose', async () => {
    const server = fakeServer({
      [`GET ${base}/letters`]: { visitId: VISIT_ID, letters: [] },
      [`POST ${base}/letters`]: () =>
        ruleViolation([
          {
            code: 'LETTER_PURPOSE_MISSING',
            field: 'purpose',
            message: { zh: '邀请函须载明来访事由', en: 'An invitation letter states the purpose of the visit (rule LETTER_PURPOSE_MISSING, source S38)' },
          },
        ]),
    });
    const user = typist();
    renderPage(<LettersTab visit={invited} />, { me: PEOPLE.reception });
    expect(await screen.findByText('No letter issued yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Issue letters' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Places visited (Chinese)'), '铜川市');
    await user.type(within(dialog).getByLabelText('Places visited (English)'), 'Tongchuan');
    await user.click(within(dialog).getByRole('button', { name: 'Issue letters' }));

    await waitFor(() => expect(server.calls.some((call) => call.method === 'POST')).toBe(true));
    expect(server.calls.find((call) => call.method === 'POST')!.body).toEqual({ places: { zh: '铜川市', en: 'Tongchuan' } });
    const purpose = within(dialog).getByLabelText('Purpose (Chinese)').closest('.ant-form-item') as HTMLElement;
    expect(await within(purpose).findByText(/^LETTER_PURPOSE_MISSING: An invitation letter states the purpose/)).toBeInTheDocument();
  });

  it('offers no letter before the visit is approved', async () => {
    fakeServer({ [`GET ${base}/letters`]: { visitId: VISIT_ID, letters: [] } });
    renderPage(<LettersTab visit={visit({ status: 'REQUESTED' })} />, { me: PEOPLE.reception, language: 'zh' });
    expect(await screen.findByText('来访获批前不得发出邀请或出具邀请函。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '出具邀请函' })).not.toBeInTheDocument();
  });
});
