/**
 * The failure converter every Ladder client and worker names by path (Temporal loads it with
 * require() outside workflows and bundles it into the workflow sandbox). A failure's message and
 * stack trace can quote what a respondent wrote (a validation error, a model's refusal); encoded
 * as a payload, they pass through the payload codec and reach Temporal's history encrypted, the
 * failure itself reading "Encoded failure". Failures recorded before this (plain messages) decode
 * as they are, so committed histories still replay.
 */
import { DefaultFailureConverter } from '@temporalio/common';

export const failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
