import { computed, onBeforeUnmount, onMounted, watch, type ComputedRef, type Ref } from 'vue';
import type { GraphQLRequestError } from '../api/client';
import type { ChatTurn, ChatView } from '../components/chat/useChat';
import { createEmbedBridge, readEmbedParams, type EmbedBridge } from './embed-bridge';
import { chatTheme } from './embed-theme';

export interface EmbedChatState {
  token: Ref<string>;
  view: Ref<ChatView | null>;
  turns: Ref<ChatTurn[]>;
  error: Ref<string>;
  failure: Ref<GraphQLRequestError | null>;
  root: Ref<HTMLElement | null>;
}

export interface EmbedMode {
  /** The partner's theme as CSS custom properties for the chat's root. */
  style: Record<string, string>;
  /** The frame follows the chat's height (`height: 'auto'` in Ladder.mount). */
  autoHeight: boolean;
}

const answersOf = (turns: ChatTurn[]) => turns.filter((t) => t.role === 'RESPONDENT').length;

/**
 * The chat inside a partner's page (`/i/<token>?embed=1`): the partner's theme, and the events the
 * page gets (ready, turn, completed, error, resize). `turn` is the number of answers the moderator has
 * replied to; no event carries what anyone wrote.
 */
export function useEmbed(enabled: boolean, chat: EmbedChatState): EmbedMode {
  if (!enabled) return { style: {}, autoHeight: false };
  const { parentOrigin, autoHeight, params } = readEmbedParams(window.location.hash);
  const theme = chatTheme(params);
  if (theme.adjusted.length) console.warn(`Ladder embed: theme ${theme.adjusted.join(', ')} replaced to keep text readable (WCAG AA).`);
  const bridge: EmbedBridge = createEmbedBridge({
    token: chat.token.value,
    parentOrigin,
    parent: window.parent !== window ? window.parent : null,
    ancestorOrigins: window.location.ancestorOrigins,
  });

  let answered = -1;
  const ready: ComputedRef<boolean> = computed(
    () => chat.view.value !== null && chat.turns.value.some((t) => t.role === 'MODERATOR' && t.seq >= 0),
  );
  watch(
    ready,
    (now) => {
      if (!now || answered >= 0) return;
      answered = answersOf(chat.turns.value);
      bridge.post({ type: 'ready', status: chat.view.value!.status });
    },
    { immediate: true },
  );
  watch(chat.turns, (turns) => {
    const n = answersOf(turns);
    if (answered < 0 || turns.at(-1)?.role !== 'MODERATOR' || n <= answered) return;
    answered = n;
    bridge.post({ type: 'turn', turn: n });
  });
  let closedStatus: string | undefined;
  watch(
    () => chat.view.value?.status,
    (status) => {
      if (!status || closedStatus || !['COMPLETED', 'ABANDONED', 'EXPIRED'].includes(status)) return;
      closedStatus = status;
      bridge.post(status === 'COMPLETED' ? { type: 'completed' } : { type: 'error', code: 'SESSION_CLOSED', status });
    },
    { immediate: true },
  );
  let lastCode = '';
  watch(chat.error, (message) => {
    // A link problem or an API error by its code; a network failure or a timeout is UNAVAILABLE.
    const code = message ? (chat.failure.value?.code ?? 'UNAVAILABLE') : '';
    if (code && code !== lastCode) bridge.post({ type: 'error', code });
    lastCode = code;
  });

  if (autoHeight) {
    let observer: ResizeObserver | undefined;
    onMounted(() => {
      const root = chat.root.value;
      if (!root || typeof ResizeObserver === 'undefined') return;
      observer = new ResizeObserver(() => bridge.post({ type: 'resize', height: Math.ceil(root.getBoundingClientRect().height) }));
      observer.observe(root);
    });
    onBeforeUnmount(() => observer?.disconnect());
  }
  return { style: theme.style, autoHeight };
}
