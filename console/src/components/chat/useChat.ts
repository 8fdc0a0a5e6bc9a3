import { computed, onBeforeUnmount, ref, watch, type Ref } from 'vue';
import { GraphQLRequestError, messageFor, request } from '../../api/client';
import {
  RespondentSessionDocument,
  SendRespondentMessageDocument,
  type RespondentSessionQuery,
  type SessionStatus,
} from '../../gql/graphql';

export type ChatView = RespondentSessionQuery['respondentSession'];
export type ChatTurn = ChatView['turns'][number];

const ENDED: SessionStatus[] = ['COMPLETED', 'ABANDONED', 'EXPIRED'];
const POLL_MS = 1000;
const POLL_LIMIT_MS = 30_000;

/**
 * One respondent conversation through its token: load (and poll until the workflow has written
 * the opening question), send answers, and retry a failed send under the same clientMessageId so
 * an answer the server did receive is applied once. Shared by the chat page and the guide
 * editor's "Try it" panel.
 */
export function useChat(token: Ref<string | null>) {
  const view = ref<ChatView | null>(null);
  const turns = ref<ChatTurn[]>([]);
  const draft = ref('');
  const sending = ref(false);
  const error = ref('');
  /** What the last failed call threw, for callers that branch on its code (a revoked or expired link). */
  const failure = ref<GraphQLRequestError | null>(null);
  /** The answer whose send failed, with its id: sent again as is when the text is unchanged. */
  const failed = ref<{ text: string; clientMessageId: string } | null>(null);
  let pollTimer: ReturnType<typeof setTimeout> | undefined;

  const statusEnded = computed(() => view.value !== null && ENDED.includes(view.value.status));
  /** The moderator's final thanks: nothing more to answer, even before the status catches up. */
  const closed = computed(() => turns.value.at(-1)?.action === 'CLOSE');
  const ended = computed(() => statusEnded.value || closed.value);
  const waitingForModerator = computed(
    () => sending.value || (view.value !== null && !ended.value && turns.value.at(-1)?.role !== 'MODERATOR'),
  );

  async function load(startedAt = Date.now()) {
    clearTimeout(pollTimer);
    const current = token.value;
    if (!current) return;
    try {
      const next = (await request(RespondentSessionDocument, { token: current }, { anonymous: true })).respondentSession;
      if (current !== token.value) return;
      view.value = next;
      turns.value = next.turns;
      error.value = '';
      failure.value = null;
      // The opening question is written by the interview workflow; until it lands, check again.
      const awaitingTurn = turns.value.at(-1)?.role !== 'MODERATOR' && !ended.value;
      // After the final thanks the workflow completes the session a moment later.
      const awaitingStatus = closed.value && !statusEnded.value;
      if (Date.now() - startedAt > POLL_LIMIT_MS) {
        if (awaitingTurn) error.value = 'The interviewer is taking longer than usual. Please reload this page in a minute.';
      } else if (awaitingTurn || awaitingStatus) pollTimer = setTimeout(() => load(startedAt), POLL_MS);
    } catch (e) {
      if (current !== token.value) return;
      error.value = messageFor(e);
      failure.value = e instanceof GraphQLRequestError ? e : null;
    }
  }

  async function send() {
    const text = draft.value.trim();
    const current = token.value;
    if (!text || !current || sending.value || ended.value) return;
    const clientMessageId = failed.value?.text === text ? failed.value.clientMessageId : crypto.randomUUID();
    sending.value = true;
    error.value = '';
    failure.value = null;
    turns.value = [...turns.value, { id: clientMessageId, seq: -1, role: 'RESPONDENT', text, phase: '', ladderLevel: 0, action: null }];
    draft.value = '';
    try {
      const reply = (await request(SendRespondentMessageDocument, { token: current, text, clientMessageId }, { anonymous: true }))
        .sendRespondentMessage;
      failed.value = null;
      turns.value = [...turns.value, reply];
      await load();
    } catch (e) {
      if (e instanceof GraphQLRequestError && e.code === 'SESSION_CLOSED') {
        failed.value = null;
        await load();
        // The end state says it better than an error once the closed session is loaded.
        error.value = ended.value ? '' : messageFor(e);
      } else {
        turns.value = turns.value.filter((t) => t.id !== clientMessageId);
        failed.value = { text, clientMessageId };
        draft.value = text;
        error.value = messageFor(e);
        failure.value = e instanceof GraphQLRequestError ? e : null;
      }
    } finally {
      sending.value = false;
    }
  }

  function reset() {
    clearTimeout(pollTimer);
    view.value = null;
    turns.value = [];
    draft.value = '';
    error.value = '';
    failure.value = null;
    failed.value = null;
  }

  watch(
    token,
    () => {
      reset();
      void load();
    },
    { immediate: true },
  );
  onBeforeUnmount(() => clearTimeout(pollTimer));

  /** The failed answer is still in the input, unchanged: sending it again reuses its id. */
  const canRetry = computed(() => failed.value !== null && failed.value.text === draft.value.trim() && !sending.value);

  return { view, turns, draft, sending, error, failure, ended, waitingForModerator, canRetry, load, send };
}
