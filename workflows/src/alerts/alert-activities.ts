import { enqueueWebhookEvent } from '@ladder/contracts';
import type pg from 'pg';
import { evaluateDueRules, type AlertOutbox } from './evaluate.js';

/** The dispatcher's alert step: evaluates the rules that are due (docs/decisions.md, "Alerts on segment NPS"). */
export interface AlertActivities {
  evaluateDueAlerts(input: { limit: number }): Promise<{ evaluated: number; fired: number; resolved: number; more: boolean }>;
}

/** Alert changes go to the webhook outbox in the evaluation's transaction: at least once, never for a rolled-back change. */
export const alertWebhookOutbox: AlertOutbox = (db, { workspaceId, type, data }) => enqueueWebhookEvent(db, workspaceId, type, { ...data });

export function createAlertActivities(deps: { pool: pg.Pool; now?: () => Date }): AlertActivities {
  return {
    async evaluateDueAlerts({ limit }) {
      const { rules, more } = await evaluateDueRules(deps.pool, { limit, now: deps.now?.(), outbox: alertWebhookOutbox });
      return {
        evaluated: rules.filter((r) => r.evaluated).length,
        fired: rules.reduce((sum, r) => sum + r.fired.length, 0),
        resolved: rules.reduce((sum, r) => sum + r.resolved.length, 0),
        more,
      };
    },
  };
}
