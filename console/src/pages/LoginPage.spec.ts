import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import LoginPage from './LoginPage.vue';

afterEach(() => vi.unstubAllGlobals());
enableAutoUnmount(afterEach);

async function mountAt(path: string, props: Record<string, unknown> = {}) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/sign-in', component: LoginPage },
      { path: '/:rest(.*)', component: { template: '<p>page</p>' } },
    ],
  });
  await router.push(path);
  return { w: mount(LoginPage, { props, global: { plugins: [router] } }), router };
}

function stubMagicLink(answer: () => Response): RequestInit[] {
  const sent: RequestInit[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      expect(url).toBe('/auth/magic-link');
      sent.push(init);
      return answer();
    }),
  );
  return sent;
}

const refusal = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  Response.json({ errors: [{ message: `refused ${code}`, extensions: { code, ...extra } }] }, { status });

/** Answers single sign-on's question (`/auth/sso?email=`) and the magic link; records the URLs and bodies sent. */
function stubSso(providers: unknown[]): string[] {
  const sent: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      sent.push(`${url} ${init?.body ?? ''}`.trim());
      return url.startsWith('/auth/sso') ? Response.json({ providers }) : Response.json({ accepted: true }, { status: 202 });
    }),
  );
  return sent;
}

const pause = () => new Promise((r) => setTimeout(r, 450));

describe('LoginPage single sign-on and next', () => {
  it("asks which workspaces' SSO take the typed address and links to their start with the page to return to", async () => {
    const provider = { workspace: 'acme', workspaceName: 'Acme', startPath: '/auth/sso/acme/start' };
    const sent = stubSso([provider]);
    const { w } = await mountAt('/sign-in?next=%2Fstudies%2Fs1');
    await w.get('[data-testid="sign-in-email"]').setValue('ada@acme.example');
    await pause();
    await flushPromises();
    expect(sent).toEqual(['/auth/sso?email=ada%40acme.example']);
    const button = w.get('[data-testid="sign-in-sso-acme"]');
    expect(button.text()).toBe('Sign in with single sign-on');
    expect(button.attributes('href')).toBe('/auth/sso/acme/start?email=ada%40acme.example&next=%2Fstudies%2Fs1');
  });

  it('shows no SSO button when no workspace takes the domain, and sends next with the magic link', async () => {
    const sent = stubSso([]);
    const { w } = await mountAt('/sign-in?next=%2Fstudies%2Fs1%3Ftab%3Dthemes');
    await w.get('[data-testid="sign-in-email"]').setValue('ada@example.com');
    await pause();
    await flushPromises();
    expect(w.find('[data-testid="sign-in-sso-list"]').exists()).toBe(false);
    await w.get('[data-testid="sign-in-form"]').trigger('submit');
    await flushPromises();
    expect(sent).toContain('/auth/magic-link {"email":"ada@example.com","next":"/studies/s1?tab=themes"}');
  });
});

describe('LoginPage', () => {
  it('asks for a magic link with the cookie jar and says to check the email', async () => {
    const sent = stubMagicLink(() => Response.json({ accepted: true }, { status: 202 }));
    const { w } = await mountAt('/sign-in');
    await w.get('[data-testid="sign-in-email"]').setValue(' ada@example.com ');
    await w.get('[data-testid="sign-in-form"]').trigger('submit');
    await flushPromises();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ method: 'POST', credentials: 'include', body: '{"email":"ada@example.com"}' });
    expect(w.get('[data-testid="sign-in-sent"]').text()).toContain('Check your email');
    expect(w.get('[data-testid="sign-in-sent"]').text()).toContain('ada@example.com');
    await w.get('[data-testid="sign-in-again"]').trigger('click');
    expect(w.find('[data-testid="sign-in-form"]').exists()).toBe(true);
  });

  it('says when to try again after too many requests (429)', async () => {
    stubMagicLink(() => refusal(429, 'RATE_LIMITED', { retryAfter: 540 }));
    const { w } = await mountAt('/sign-in?email=ada%40example.com');
    expect((w.get('[data-testid="sign-in-email"]').element as HTMLInputElement).value).toBe('ada@example.com');
    await w.get('[data-testid="sign-in-form"]').trigger('submit');
    await flushPromises();
    expect(w.get('[data-testid="sign-in-error"]').text()).toBe('Too many sign-in requests. Try again in 9 minutes.');
    expect(w.find('[data-testid="sign-in-sent"]').exists()).toBe(false);
  });

  it('refuses a malformed address before asking, and explains the API refusing one', async () => {
    const sent = stubMagicLink(() => refusal(400, 'BAD_USER_INPUT', { field: 'email' }));
    const { w } = await mountAt('/sign-in');
    await w.get('[data-testid="sign-in-email"]').setValue('not an address');
    await w.get('[data-testid="sign-in-form"]').trigger('submit');
    await flushPromises();
    expect(sent).toHaveLength(0);
    expect(w.get('[data-testid="sign-in-error"]').text()).toBe('Enter a valid email address, like name@company.com.');
    expect(w.get('[data-testid="sign-in-email"]').attributes('aria-invalid')).toBe('true');
    await w.get('[data-testid="sign-in-email"]').setValue('a@b');
    await w.get('[data-testid="sign-in-form"]').trigger('submit');
    await flushPromises();
    expect(sent).toHaveLength(1);
    expect(w.get('[data-testid="sign-in-error"]').text()).toBe('Enter a valid email address, like name@company.com.');
  });

  it('shows the SSO button only when one is configured', async () => {
    expect((await mountAt('/sign-in')).w.find('[data-testid="sign-in-sso"]').exists()).toBe(false);
    const { w } = await mountAt('/sign-in', { sso: { label: 'Sign in with Okta', url: '/auth/oidc/start' } });
    expect(w.get('[data-testid="sign-in-sso"]').attributes('href')).toBe('/auth/oidc/start');
  });

  it('still signs in with a pasted API key, then goes where it was sent from', async () => {
    const { w, router } = await mountAt('/sign-in?next=%2Fworkspace');
    await w.get('input[aria-label="API key"]').setValue('ldr_pasted');
    await w.get('.sign-in-key form').trigger('submit');
    await flushPromises();
    expect(localStorage.getItem('ladder.apiKey')).toBe('ldr_pasted');
    expect(router.currentRoute.value.fullPath).toBe('/workspace');
  });
});
