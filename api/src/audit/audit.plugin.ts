import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  getNullableType,
  GraphQLID,
  isInputObjectType,
  isListType,
  Kind,
  type GraphQLFieldMap,
  type GraphQLFormattedError,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { DataSource } from 'typeorm';
import type { Principal, RequestContext } from '../common/context.js';
import { AuditAction } from '../common/enums.js';
import { auditActor, recordAudit, reportAuditFailure, type AuditEntry } from './audit.service.js';

export type AuditTarget = AuditEntry['target'];

/** Mutations whose audit action is not MUTATION. */
const ACTION_OF: Record<string, AuditAction> = { eraseRespondent: AuditAction.ERASURE };

const MAX_IDS = 100;

/**
 * The ID-typed values of the arguments, by path ("input.waveId", "respondentIds"): only the
 * schema's ID type is read, never strings, so emails, answers and CSV bodies cannot reach the
 * log. Lists of input objects (ingested responses) are data, not targets, and are skipped.
 */
export function targetOf(args: Record<string, unknown>, types: Record<string, GraphQLInputType>): AuditTarget {
  const out: AuditTarget = {};
  const walk = (type: GraphQLInputType, value: unknown, path: string): void => {
    const t = getNullableType(type);
    if (value === null || value === undefined) return;
    if (isListType(t)) {
      if (getNullableType(t.ofType) !== GraphQLID || !Array.isArray(value)) return;
      out[path] = value.slice(0, MAX_IDS).map(String).filter(isIdLike);
    } else if (isInputObjectType(t)) {
      for (const [name, field] of Object.entries(t.getFields()))
        walk(field.type, (value as Record<string, unknown>)[name], `${path}.${name}`);
    } else if (t === GraphQLID && isIdLike(String(value))) {
      out[path] = String(value);
    }
  };
  for (const [name, type] of Object.entries(types)) walk(type, args[name], name);
  return out;
}

// Belt and braces: an ID argument that carries an address (a client's mistake) is left out.
const isIdLike = (value: string): boolean => value.length <= 200 && !value.includes('@');

/** What an executed operation needs to be audited, whichever transport carried it. */
export interface ExecutedOperation {
  principal: Principal;
  schema: GraphQLSchema;
  operation: OperationDefinitionNode | undefined;
  variables: Record<string, unknown> | undefined;
  errors: readonly Pick<GraphQLFormattedError, 'path' | 'extensions'>[];
}

/**
 * One event per root field of a mutation sent with an API key, with the code of its error.
 * Respondents' own messages (link tokens, no key) are their interview, already stored as turns.
 */
export function mutationEntries({ principal, schema, operation, variables, errors }: ExecutedOperation): AuditEntry[] {
  const fields: GraphQLFieldMap<unknown, unknown> | undefined = schema.getMutationType()?.getFields();
  if (principal.kind === 'anonymous' || operation?.operation !== 'mutation' || !fields) return [];
  const entries: AuditEntry[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const name = selection.name.value;
    const def = fields[name];
    if (!def) continue;
    const responseKey = selection.alias?.value ?? name;
    // An error without a path (variables that did not coerce) stopped the whole operation.
    const error = errors.find((e) => e.path?.[0] === responseKey) ?? errors.find((e) => !e.path);
    let target: AuditTarget = {};
    try {
      const args = getArgumentValues(def, selection, variables ?? {});
      target = targetOf(args, Object.fromEntries(def.args.map((a) => [a.name, a.type])));
    } catch {
      // Arguments that did not coerce: the mutation did not run; its error is recorded below.
    }
    const code = error?.extensions?.code;
    entries.push({
      workspaceId: principal.workspaceId,
      ...auditActor(principal),
      action: ACTION_OF[name] ?? AuditAction.MUTATION,
      name,
      target,
      errorCode: error ? (typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR') : null,
    });
  }
  return entries;
}

/** Records an executed operation's mutations; a failed write is logged, never thrown at the caller. */
export async function auditOperation(db: DataSource, executed: ExecutedOperation): Promise<void> {
  const entries = mutationEntries(executed);
  await recordAudit(db, entries).catch((error: unknown) => reportAuditFailure(error, entries));
}

/**
 * One place that sees every mutation sent over HTTP: after it ran, one audit event per root
 * field, with its outcome. The insert is awaited before the response leaves, so a client that
 * saw its mutation's answer can find the event. The WebSocket and SSE paths bypass Apollo's
 * plugins: they would call auditOperation with their result the same way.
 */
export function auditPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(rc) {
          const body = rc.response.body;
          await auditOperation(rc.contextValue.db, {
            principal: rc.contextValue.principal,
            schema: rc.schema,
            operation: rc.operation,
            variables: rc.request.variables,
            errors: body.kind === 'single' ? (body.singleResult.errors ?? []) : [],
          });
        },
      };
    },
  };
}
