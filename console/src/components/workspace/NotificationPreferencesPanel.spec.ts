import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL, type Answer } from '../live/fake-fetch';
import NotificationPreferencesPanel from './NotificationPreferencesPanel.vue';
import { failure } from './workspace-fixtures';

afterEach(() => vi.unstubAllGlobals());
enableAutoUnmount(afterEach);

const pref = (email: string, digest: 'NONE' | 'DAILY' = 'NONE', digestHourUtc = 8) => ({ email, digest, digestHourUtc });
const get = (w: ReturnType<typeof mount>, id: string) => w.get(`[data-testid="${id}"]`);

async function lookUp(w: ReturnType<typeof mount>, email: string) {
  await get(w, 'notification-email').setValue(email);
  await w.findAll('form')[0].trigger('submit');
  await flushPromises();
}

describe('NotificationPreferencesPanel', () => {
  it("looks up an address's preference, saves a daily digest at an hour and says what the owner now receives", async () => {
    const sent = stubGraphQL({
      NotificationPreference: (v) => ({ data: { notificationPreference: pref(String(v.email).toLowerCase()) } }),
      SetNotificationPreference: (v) => {
        const input = v.input as { email: string; digest: 'NONE' | 'DAILY'; digestHourUtc: number };
        return { data: { setNotificationPreference: pref(input.email.toLowerCase(), input.digest, input.digestHourUtc) } };
      },
    });
    const w = mount(NotificationPreferencesPanel);
    expect(get(w, 'notifications-explained').text()).toContain('when it is assigned to them and when an alert they own fires');
    expect(w.find('[data-testid="notification-form"]').exists()).toBe(false);
    await lookUp(w, ' Dana@Acme.example ');
    expect(sent[0]).toEqual({ operation: 'NotificationPreference', variables: { email: 'Dana@Acme.example' } });
    expect(get(w, 'notification-current').text()).toBe('Now: dana@acme.example gets each email as soon as it is queued.');
    expect(get(w, 'notification-hour').attributes('disabled')).toBeDefined();
    expect(get(w, 'notification-save').attributes('disabled')).toBeDefined();

    await get(w, 'notification-digest-DAILY').setValue(true);
    await get(w, 'notification-hour').setValue('17');
    await get(w, 'notification-form').trigger('submit');
    await flushPromises();
    expect(sent.at(-1)).toEqual({
      operation: 'SetNotificationPreference',
      variables: { input: { email: 'Dana@Acme.example', digest: 'DAILY', digestHourUtc: 17 } },
    });
    expect(get(w, 'notification-saved').text()).toBe(
      'Saved: dana@acme.example gets one digest a day at 17:00 UTC with everything queued since the last one.',
    );
    // Another address: the form goes until it is looked up.
    await get(w, 'notification-email').setValue('lee@acme.example');
    expect(w.find('[data-testid="notification-form"]').exists()).toBe(false);
  });

  it('asks for an address before calling the API, shows a refused one by the field and a viewer why it cannot save', async () => {
    let answer: Answer = {
      errors: [{ message: '"dana@" is not an email address', extensions: { code: 'BAD_USER_INPUT', field: 'email' } }],
    };
    const sent = stubGraphQL({
      NotificationPreference: () => answer,
      SetNotificationPreference: failure('FORBIDDEN'),
    });
    const w = mount(NotificationPreferencesPanel);
    await lookUp(w, '  ');
    expect(get(w, 'field-problem').text()).toBe('Enter the email address of an owner.');
    expect(sent).toHaveLength(0);
    await lookUp(w, 'dana@');
    expect(w.get('[data-field="email"]').text()).toBe('"dana@" is not an email address');
    answer = { data: { notificationPreference: pref('dana@acme.example', 'DAILY', 6) } };
    await lookUp(w, 'dana@acme.example');
    expect(w.find('[data-field="email"]').exists()).toBe(false);
    expect((get(w, 'notification-hour').element as HTMLSelectElement).value).toBe('6');
    await get(w, 'notification-digest-NONE').setValue(true);
    await get(w, 'notification-form').trigger('submit');
    await flushPromises();
    expect(get(w, 'notification-error').text()).toMatch(/viewer keys are read-only/);
  });
});
