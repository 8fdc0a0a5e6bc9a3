import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { TurnRole } from '../common/enums.js';
import { TurnModeration } from './interview.types.js';
import { Turn } from './turn.entity.js';

@Resolver(() => Turn)
export class TurnResolver {
  @FieldResolver(() => TurnModeration, {
    nullable: true,
    description:
      'How the moderator made this turn (guard catches, tokens, cost, fallback). ' +
      'Null for respondent turns and for callers without an API key.',
  })
  moderation(@Root() turn: Turn, @Ctx() ctx: RequestContext): TurnModeration | null {
    if (ctx.principal.kind === 'anonymous' || turn.role !== TurnRole.MODERATOR) return null;
    return {
      reusedWords: turn.reusedWords,
      leadingCaught: turn.leadingCaught ?? 0,
      leadingFindings: (turn.leadingFindings ?? []).map((f) => `${f.rule}: ${f.match}`),
      model: turn.model,
      promptTokens: turn.promptTokens,
      completionTokens: turn.completionTokens,
      costUsd: turn.costUsd,
      llmLatencyMs: turn.llmLatencyMs,
      fallbackReason: turn.fallbackReason,
    };
  }
}
