import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Permission, RequestContext } from '../common/context.js';
import { Band } from '../common/enums.js';
import { InterviewSession } from '../interview/interview-session.entity.js';
import { RecodeStudyInput } from '../taxonomy/taxonomy.types.js';
import { Wave } from '../wave/wave.entity.js';
import { driverLabels, type AnalysisView } from './analysis.loaders.js';
import type { AnalysisService } from './analysis.service.js';
import { analysisCost } from './analysis-cost.js';
import {
  AnalysisCost,
  DriverRef,
  SummaryAction,
  Theme,
  ThemePrevalence,
  ThemeQuote,
  ThemeScope,
  TranscriptCoding,
  WaveAnalysis,
} from './analysis.types.js';
import { toPrevalence } from './prevalence.js';

@Resolver(() => WaveAnalysis)
export class AnalysisResolver {
  constructor(private readonly analyses: AnalysisService) {}

  @Query(() => WaveAnalysis, { nullable: true })
  waveAnalysis(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<AnalysisView | null> {
    return this.analyses.find(ctx, id);
  }

  @Mutation(() => WaveAnalysis, {
    description:
      "Codes the wave's finished interviews under the study's latest taxonomy, then writes themes and the executive summary. " +
      'Returns the running analysis when there is one.',
  })
  startWaveAnalysis(@Ctx() ctx: RequestContext, @Arg('waveId', () => ID) waveId: string): Promise<AnalysisView> {
    return this.analyses.start(ctx, waveId);
  }

  @Mutation(() => [WaveAnalysis], {
    description: 'Re-codes waves under a taxonomy version: one analysis per wave, in the order the waves were fielded',
  })
  recodeStudy(@Ctx() ctx: RequestContext, @Arg('input', () => RecodeStudyInput) input: RecodeStudyInput): Promise<AnalysisView[]> {
    return this.analyses.recode(ctx, input);
  }

  @FieldResolver(() => [Theme], {
    description: "Themes by rank. band: only themes cited in that band's interviews; scope: only themes of that scope.",
  })
  async themes(
    @Root() analysis: WaveAnalysis,
    @Ctx() ctx: RequestContext,
    @Arg('band', () => Band, { nullable: true }) band?: Band,
    @Arg('scope', () => ThemeScope, { nullable: true }) scope?: ThemeScope,
  ): Promise<Theme[]> {
    const themes = await ctx.loaders.themes.load(analysis.id);
    return themes.filter((t) => (!scope || t.scope === scope) && (!band || t.prevalenceRows.some((p) => p.band === band && p.count > 0)));
  }

  @FieldResolver(() => AnalysisCost, { description: "What the analysis's interviews cost with a model: moderation, coding, synthesis" })
  cost(@Root() analysis: WaveAnalysis, @Ctx() ctx: RequestContext): Promise<AnalysisCost> {
    return analysisCost(ctx, analysis);
  }

  @FieldResolver(() => [SummaryAction], { description: "The executive summary's actions, by estimated NPS impact" })
  actions(@Root() analysis: WaveAnalysis, @Ctx() ctx: RequestContext): Promise<SummaryAction[]> {
    return ctx.loaders.actions.load(analysis.id);
  }
}

@Resolver(() => Theme)
export class ThemeResolver {
  @FieldResolver(() => [DriverRef], { description: "The theme's drivers with their labels in the analysis's taxonomy version" })
  async drivers(@Root() theme: Theme, @Ctx() ctx: RequestContext): Promise<DriverRef[]> {
    const analysis = await ctx.loaders.analysis.load(theme.analysisId);
    return theme.driverKeys.map((key) => ({ key, label: analysis?.driverLabels.get(key) ?? key }));
  }

  @FieldResolver(() => [ThemePrevalence], {
    description: "Per band: interviews citing the theme out of the band's coded interviews, 95% Wilson interval",
  })
  prevalence(@Root() theme: Theme): ThemePrevalence[] {
    return theme.prevalenceRows.map(toPrevalence);
  }
}

@Resolver(() => SummaryAction)
export class SummaryActionResolver {
  @FieldResolver(() => [Theme], { description: 'The themes the action addresses' })
  async themes(@Root() action: SummaryAction, @Ctx() ctx: RequestContext): Promise<Theme[]> {
    const themes = await ctx.loaders.themes.load(action.analysisId);
    return action.themeIds.map((id) => themes.find((t) => t.id === id)).filter((t): t is Theme => !!t);
  }

  @FieldResolver(() => [ThemeQuote], { description: 'The evidence: best quotes of those themes' })
  async quotes(@Root() action: SummaryAction, @Ctx() ctx: RequestContext): Promise<ThemeQuote[]> {
    const quotes = new Map((await ctx.loaders.themes.load(action.analysisId)).flatMap((t) => t.quotes.map((q) => [q.id, q] as const)));
    return action.quoteIds.map((id) => quotes.get(id)).filter((q): q is ThemeQuote => !!q);
  }
}

@Resolver(() => Wave)
export class WaveAnalysisFieldResolver {
  @FieldResolver(() => WaveAnalysis, { nullable: true, description: 'The most recently started analysis of the wave, whatever its status' })
  latestAnalysis(@Root() wave: Wave, @Ctx() ctx: RequestContext): Promise<AnalysisView | null> {
    return ctx.loaders.latestAnalysis.load(wave.id);
  }
}

@Resolver(() => InterviewSession)
export class SessionCodingResolver {
  @Authorized<Permission>('transcripts')
  @FieldResolver(() => TranscriptCoding, {
    nullable: true,
    description: 'The coding under the newest taxonomy version the transcript was coded under; null until coded',
  })
  async coding(@Root() session: InterviewSession, @Ctx() ctx: RequestContext): Promise<TranscriptCoding | null> {
    const row = await ctx.loaders.coding.load(session.id);
    if (!row) return null;
    const taxonomy = await ctx.loaders.taxonomy.load(row.taxonomy_id);
    const labels = taxonomy ? driverLabels(taxonomy.content) : new Map<string, string>();
    const ref = (key: string | null) => (key ? { key, label: labels.get(key) ?? key } : null);
    return {
      id: row.id,
      sessionId: row.session_id,
      taxonomyId: row.taxonomy_id,
      coder: row.coder,
      taxonomyVersion: row.taxonomy_version,
      statedDriver: ref(row.stated_driver),
      rootDriver: ref(row.root_driver),
      rootNote: row.root_note,
      sentimentScore: row.sentiment_score,
      competitors: row.competitors,
      competitorMentioned: row.competitor_mentioned,
      provenance: {
        coder: row.coder,
        model: row.model,
        promptVersion: row.prompt_version,
        taxonomyVersion: row.taxonomy_version,
        calls: row.llm_calls,
        promptTokens: row.prompt_tokens,
        completionTokens: row.completion_tokens,
        costUsd: Number(row.cost_usd),
      },
      createdAt: row.created_at,
      excerpts: row.excerpts.map((e) => ({ ...e, driverLabel: labels.get(e.driverKey) ?? e.driverKey })),
    };
  }
}
