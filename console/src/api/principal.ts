import { computed, shallowRef, type ComputedRef, type ShallowRef } from 'vue';
import { MeDocument, type MeQuery } from '../gql/graphql';
import { clearApiKey, getApiKey } from './auth';
import { GraphQLRequestError, request } from './client';

/** Who the console acts as: a signed-in person (session cookie) or the stored API key. */
export type Principal = MeQuery['me'];

const current = shallowRef<Principal | null>(null);
let pending: Promise<Principal | null> | null = null;

const ask = async (): Promise<Principal | null> => {
  try {
    return (await request(MeDocument, {})).me;
  } catch (e) {
    if (!(e instanceof GraphQLRequestError) || e.code !== 'UNAUTHENTICATED') throw e;
    // A stored key that no longer works: forget it and see whether a session cookie signs us in.
    if (getApiKey()) {
      clearApiKey();
      return ask();
    }
    return null;
  }
};

/**
 * `me`, asked once per page load (the router guard waits for it): null when neither a key nor a
 * session signs this browser in. A network failure is thrown, not taken for "signed out".
 */
export function loadPrincipal(): Promise<Principal | null> {
  if (current.value) return Promise.resolve(current.value);
  pending ??= ask()
    .then((me) => (current.value = me))
    .finally(() => (pending = null));
  return pending;
}

/** After signing in with another key or signing out: the next guard asks `me` again. */
export function forgetPrincipal(): void {
  current.value = null;
}

/** Specs only: sets who the console acts as without asking the API. */
export function setPrincipalForTest(principal: Principal | null): void {
  current.value = principal;
}

export function usePrincipal(): { principal: Readonly<ShallowRef<Principal | null>> } {
  return { principal: current };
}

export interface Can {
  /** Studies, guides, waves, fielding, alerts, escalations: admins and analysts. */
  write: ComputedRef<boolean>;
  /** People, keys, webhooks, retention, erasure: admins. */
  admin: ComputedRef<boolean>;
}

/**
 * What the signed-in principal may change, for hiding edit controls (the API decides anyway: a
 * viewer who calls a mutation gets FORBIDDEN). Before `me` is known (a component mounted alone)
 * nothing is hidden: the router guard loads it before any page of the console shows.
 */
export function useCan(): Can {
  const role = computed(() => current.value?.role);
  return {
    write: computed(() => role.value === undefined || role.value === 'ADMIN' || role.value === 'ANALYST'),
    admin: computed(() => role.value === undefined || role.value === 'ADMIN'),
  };
}
