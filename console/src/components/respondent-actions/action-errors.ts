import { GraphQLRequestError, messageFor } from '../../api/client';

export type RespondentAction = 'revoke' | 'erase';

const BY_CODE: Record<RespondentAction, Record<string, string>> = {
  revoke: {
    FORBIDDEN: 'Only admin and analyst API keys can revoke a link; this key cannot.',
    SESSION_NOT_FOUND: 'This interview no longer exists in your workspace (its respondent may have been erased).',
  },
  erase: {
    FORBIDDEN: 'Only admin API keys can erase a respondent; ask a workspace admin.',
    RESPONDENT_NOT_FOUND: 'This respondent no longer exists in your workspace (already erased?).',
  },
};

/** What went wrong with an action, by the error's code (never its message text), and the code itself. */
export function actionError(action: RespondentAction, error: unknown): { code: string; message: string } {
  const code = error instanceof GraphQLRequestError ? error.code : 'NETWORK_ERROR';
  return { code, message: BY_CODE[action][code] ?? messageFor(error) };
}
