import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client } from 'graphql-ws';
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue';
import { operationBody, subscriptions } from '../../api/client';

/**
 * Whether the shared WebSocket is connected, tracked once per client: the socket is lazy and
 * shared by every subscription of the page, so its own connect/close events are the truth.
 */
const connectedByClient = new WeakMap<Client, Ref<boolean>>();

function connectionOf(client: Client): Ref<boolean> {
  let state = connectedByClient.get(client);
  if (!state) {
    const connected = ref(false);
    client.on('connected', () => {
      connected.value = true;
    });
    client.on('closed', () => {
      connected.value = false;
    });
    connectedByClient.set(client, connected);
    state = connected;
  }
  return state;
}

function describe(error: unknown): string {
  const first = Array.isArray(error) ? error[0] : error;
  if (first && typeof first === 'object' && 'message' in first && typeof first.message === 'string' && first.message) return first.message;
  if (first && typeof first === 'object' && 'code' in first) return `the connection closed (${String(first.code)})`;
  return 'the connection failed';
}

export interface LiveSubscription {
  connected: Ref<boolean>;
  error: Ref<string>;
}

/**
 * Subscribes while the component is mounted. `onConnected` runs on every (re)connection so the
 * page can reload what it may have missed while it was not listening.
 */
export function useLiveSubscription<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: () => TVariables,
  handlers: { onData: (data: TResult) => void; onConnected?: () => void },
): LiveSubscription {
  const error = ref('');
  const client = subscriptions();
  const connected = connectionOf(client);
  let dispose: (() => void) | undefined;
  let offConnected: (() => void) | undefined;

  onMounted(() => {
    if (handlers.onConnected) offConnected = client.on('connected', handlers.onConnected);
    dispose = client.subscribe<TResult>(operationBody(document, variables()), {
      next: (message) => {
        // A message proves the socket is up even if it opened before this page started listening.
        connected.value = true;
        if (message.data) handlers.onData(message.data as TResult);
        if (message.errors?.length) error.value = `Live updates: ${message.errors[0].message}`;
      },
      error: (e) => {
        error.value = `Live updates stopped: ${describe(e)}. Reload the page to try again.`;
      },
      complete: () => {},
    });
  });
  onBeforeUnmount(() => {
    offConnected?.();
    dispose?.();
  });
  return { connected, error };
}
