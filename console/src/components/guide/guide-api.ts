import { authHeaders } from '../../api/auth';
import { GraphQLRequestError, operationBody } from '../../api/client';
import { UpdateGuideDocument, type UpdateGuideInput } from '../../gql/graphql';
import type { Guide, GuideIssue } from './guide-content';

/** A failed save, with what the editor needs from `extensions`: the issues by path, the latest version. */
export class GuideSaveError extends GraphQLRequestError {
  constructor(
    message: string,
    code: string,
    readonly issues: GuideIssue[],
    readonly latestVersion: number | null,
  ) {
    super(message, code);
  }
}

interface ErrorBody {
  message: string;
  extensions?: { code?: string; issues?: GuideIssue[]; latestVersion?: number };
}

/**
 * updateGuide through its own fetch because the shared `request` keeps only `extensions.code`,
 * and the editor places GUIDE_INVALID issues next to fields and names the conflicting version.
 */
export async function saveGuide(input: UpdateGuideInput): Promise<Guide> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json', ...authHeaders() },
    body: JSON.stringify(operationBody(UpdateGuideDocument, { input })),
  });
  let body: { data?: { updateGuide: Guide } | null; errors?: ErrorBody[] };
  try {
    body = await response.json();
  } catch {
    throw new GraphQLRequestError(`The server answered ${response.status}`, 'NETWORK_ERROR');
  }
  const first = body.errors?.[0];
  if (first) {
    const ext = first.extensions ?? {};
    throw new GuideSaveError(first.message, ext.code ?? 'UNKNOWN', ext.issues ?? [], ext.latestVersion ?? null);
  }
  return body.data!.updateGuide;
}
