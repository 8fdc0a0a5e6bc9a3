import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

/** The respondent chat: a page, or the frame a partner page embeds it in. */
export interface ChatView {
  getByTestId(testId: string): Locator;
}

/**
 * Sends one answer and waits until the chat takes input again under the moderator's next question, or the
 * interview ended; true when it ended.
 */
export async function sendAnswer(chat: ChatView, text: string): Promise<boolean> {
  const ended = chat.getByTestId('chat-ended');
  const before = await chat.getByTestId('moderator-turn').count();
  await chat.getByTestId('chat-input').fill(text);
  await chat.getByTestId('chat-send').click();
  await expect
    .poll(
      async () =>
        (await ended.count()) > 0 ||
        ((await chat.getByTestId('moderator-turn').count()) > before &&
          (await chat.getByTestId('chat-send').count()) > 0 &&
          !(await chat.getByTestId('typing').count())),
      { timeout: 30_000 },
    )
    .toBe(true);
  return (await ended.count()) > 0;
}
