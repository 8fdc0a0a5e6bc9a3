import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '../live/fake-fetch';
import DefaultOwnerForm from './DefaultOwnerForm.vue';

afterEach(() => vi.unstubAllGlobals());

describe('DefaultOwnerForm', () => {
  it("shows the study's default owner, saves a new one and clears it with an empty address", async () => {
    let stored: string | null = 'night@acme.example';
    const sent = stubGraphQL({
      StudyEscalationOwner: () => ({ data: { study: { id: 'study-1', escalationOwnerEmail: stored } } }),
      SetStudyEscalationOwner: (v) => {
        stored = (v.ownerEmail as string).trim().toLowerCase() || null;
        return { data: { setStudyEscalationOwner: { id: 'study-1', escalationOwnerEmail: stored } } };
      },
    });
    const w = mount(DefaultOwnerForm, { props: { studyId: 'study-1' } });
    await flushPromises();
    expect(w.get('[data-testid="default-owner-current"]').text()).toBe(
      'New escalations go to night@acme.example, who is emailed as each is raised.',
    );
    // The same address in other case is no change.
    await w.get('[data-testid="default-owner-email"]').setValue('Night@Acme.example');
    expect(w.get('[data-testid="default-owner-save"]').attributes('disabled')).toBeDefined();
    await w.get('[data-testid="default-owner-email"]').setValue(' Day@acme.example ');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(sent.at(-1)).toEqual({
      operation: 'SetStudyEscalationOwner',
      variables: { studyId: 'study-1', ownerEmail: 'Day@acme.example' },
    });
    expect(w.get('[data-testid="default-owner-current"]').text()).toContain('day@acme.example');
    expect(w.get('[data-testid="default-owner-saved"]').text()).toBe('Saved');
    await w.get('[data-testid="default-owner-email"]').setValue('');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(w.get('[data-testid="default-owner-current"]').text()).toBe('New escalations have no owner until someone assigns them.');
  });

  it("shows the API's refusal of an address next to the field", async () => {
    stubGraphQL({
      StudyEscalationOwner: { data: { study: { id: 'study-1', escalationOwnerEmail: null } } },
      SetStudyEscalationOwner: {
        errors: [{ message: '"night@" is not an email address', extensions: { code: 'BAD_USER_INPUT', field: 'ownerEmail' } }],
      },
    });
    const w = mount(DefaultOwnerForm, { props: { studyId: 'study-1' } });
    await flushPromises();
    await w.get('[data-testid="default-owner-email"]').setValue('night@');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(w.get('[data-field="ownerEmail"]').text()).toBe('"night@" is not an email address');
    expect(w.find('[data-testid="default-owner-saved"]').exists()).toBe(false);
  });
});
