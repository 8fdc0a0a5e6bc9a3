import { freePort, mailpitApi, startMailpit, type MailpitHandle } from '@ladder/devstack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { InviteMemberDocument, MeDocument } from '../test-support/gql/graphql.js';
import { BINDING_COOKIE, SESSION_COOKIE } from './session-cookies.js';

let mailpit: MailpitHandle;
let api: TestApi;

beforeAll(async () => {
  mailpit = await startMailpit({ smtpPort: await freePort(), httpPort: await freePort() });
  // The API's own SMTP path, not the harness's recorder.
  api = await startTestApi({ accounts: { mailer: undefined, mail: { smtpUrl: mailpit.smtpUrl, from: 'Ladder <team@ladder.localhost>' } } });
}, 120_000);
afterAll(async () => {
  await api?.stop();
  await mailpit?.stop();
});

describe('sign-in and invitation emails over SMTP (Mailpit)', () => {
  it('an invited person asks for a link, gets it by email and signs in with it in the same browser', async () => {
    const base = api.url.replace(/\/graphql$/, '');
    const mail = mailpitApi(mailpit.apiUrl);
    dataOf(await api.gql(InviteMemberDocument, { input: { email: 'invitee@example.com', role: 'VIEWER' } }));
    const [invitation] = await mail.waitFor('to:invitee@example.com subject:"invited"');
    expect(invitation.Subject).toBe('You are invited to workspace-a on Ladder');
    expect((await mail.message(invitation.ID)).Text).toContain('/sign-in?email=invitee%40example.com');

    const asked = await fetch(`${base}/auth/magic-link`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'invitee@example.com' }),
    });
    expect(asked.status).toBe(202);
    const binding = asked.headers.getSetCookie()[0].split(';')[0];
    expect(binding.startsWith(`${BINDING_COOKIE}=`)).toBe(true);
    const [signIn] = await mail.waitFor('to:invitee@example.com subject:"sign-in link"');
    const { Text, From } = await mail.message(signIn.ID);
    expect(From.Address).toBe('team@ladder.localhost');
    const link = /http\S+callback\?token=\S+/.exec(Text)![0].replace('http://localhost:4000', base);
    const res = await fetch(link, { redirect: 'manual', headers: { cookie: binding } });
    expect(res.status).toBe(303);
    const session = res.headers
      .getSetCookie()
      .find((c) => c.startsWith(`${SESSION_COOKIE}=`))!
      .split(';')[0]
      .slice(SESSION_COOKIE.length + 1);
    expect(dataOf(await api.gql(MeDocument, {}, `session:${session}`)).me.user?.email).toBe('invitee@example.com');
  });
});
