import { Authorized, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Permission } from '../common/context.js';
import { AnalysisStatus, Band, CoderKind, ExcerptRole, Sentiment, ThemeScope } from '../common/enums.js';

export { AnalysisStatus, CoderKind, ExcerptRole, Sentiment, ThemeScope };

@ObjectType({ description: 'A driver key with its label in the taxonomy version that names it' })
export class DriverRef {
  @Field(() => String) key!: string;
  @Field(() => String, { description: 'The key itself when the taxonomy no longer has the driver' }) label!: string;
}

@ObjectType({ description: "Share of a band's coded interviews citing a theme, with a 95% Wilson interval" })
export class ThemePrevalence {
  @Field(() => Band) band!: Band;
  @Field(() => Int, { description: 'Interviews with at least one excerpt in the theme' }) count!: number;
  @Field(() => Int, { description: 'Coded interviews of the band' }) n!: number;
  @Field(() => Float, { nullable: true, description: 'count / n, 0..1; null when n = 0' }) share!: number | null;
  @Field(() => Float) low!: number;
  @Field(() => Float) high!: number;
  @Field(() => Boolean, { description: 'n < 30: read with care' }) smallSample!: boolean;
}

@ObjectType({ description: 'A verbatim quote: text.slice(start, end) of the respondent turn turnSeq' })
export class ThemeQuote {
  @Field(() => ID) id!: string;
  @Authorized<Permission>('transcripts') @Field(() => String) quote!: string;
  @Field(() => ID) sessionId!: string;
  @Field(() => Int) turnSeq!: number;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field(() => Band) band!: Band;
}

/** Prevalence as stored (count and n per band); intervals are computed when read. */
export interface PrevalenceRow {
  band: Band;
  count: number;
  n: number;
}

@ObjectType({ description: 'A theme of a wave analysis, per band or across bands' })
export class Theme {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "Deterministic from the theme's content: the same theme in two waves usually has the same key" })
  key!: string;
  @Field(() => String) label!: string;
  @Field(() => String) description!: string;
  @Field(() => ThemeScope) scope!: ThemeScope;
  @Field(() => [String], { description: "Driver keys in the analysis's taxonomy version, most cited first" }) driverKeys!: string[];
  @Field(() => Float, { description: '-1..1' }) sentimentScore!: number;
  @Field(() => Int, { description: '1 = most prevalent' }) rank!: number;
  @Field(() => [ThemeQuote]) quotes!: ThemeQuote[];
  analysisId!: string;
  waveId!: string;
  taxonomyId!: string;
  prevalenceRows!: PrevalenceRow[];
}

@ObjectType({ description: 'An action of the executive summary, ranked by its estimated NPS impact' })
export class SummaryAction {
  @Field(() => ID) id!: string;
  @Field(() => Int) rank!: number;
  @Field(() => String) title!: string;
  @Field(() => String) rationale!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The action on the driver, without its evidence (title = action — evidence); null for analyses made before it was stored',
  })
  action!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The evidence with its counts ("4 of 7 detractors mention …"), in the study\'s language',
  })
  evidence!: string | null;
  @Field(() => Float, {
    description: 'Estimated NPS gain in points: the centre of the interval shrunk toward zero by its uncertainty (see impactExplanation)',
  })
  impactPoints!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Lower end of the 95% interval of the gain; null for analyses made before it was stored',
  })
  impactLow!: number | null;
  @Field(() => Float, { nullable: true, description: 'Upper end of the 95% interval of the gain' }) impactHigh!: number | null;
  @Field(() => Int, { nullable: true, description: 'Interviews the estimate rests on (interviewed detractors and passives)' })
  impactN!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'impactN < 30: a direction rather than a figure' }) smallSample!: boolean | null;
  @Field(() => String, { description: 'What the estimate assumes and how it is computed' }) impactExplanation!: string;
  @Field(() => String, { nullable: true, description: "Who wrote the action's words: template or mistral (whose reply cited the counts)" })
  writer!: string | null;
  analysisId!: string;
  themeIds!: string[];
  quoteIds!: string[];
}

@ObjectType({ description: 'One analysis of a wave: coding of its finished interviews, then themes and an executive summary' })
export class WaveAnalysis {
  @Field(() => ID) id!: string;
  @Field(() => ID) waveId!: string;
  @Field(() => ID) studyId!: string;
  @Field(() => AnalysisStatus) status!: AnalysisStatus;
  @Field(() => Int, { description: 'Finished interviews to code' }) total!: number;
  @Field(() => Int, { description: 'Interviews coded so far under this taxonomy version' }) coded!: number;
  @Field(() => Float, { description: '0..1; 1 once completed' }) progress!: number;
  @Field(() => Int) taxonomyVersion!: number;
  @Field(() => CoderKind, { description: 'Who wrote the themes' }) synthesizer!: CoderKind;
  @Field(() => String, { nullable: true, description: 'The executive summary, once completed' }) summary!: string | null;
  @Field(() => Date) startedAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it failed' }) error!: string | null;
  workspaceId!: string;
  taxonomyId!: string;
}

@ObjectType({ description: 'A coded piece of evidence: the exact quote, located by turn and character span' })
export class CodedExcerpt {
  @Field(() => String) driverKey!: string;
  @Field(() => String) driverLabel!: string;
  @Field(() => String) categoryKey!: string;
  @Field(() => String) quote!: string;
  @Field(() => Int) turnSeq!: number;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field(() => ExcerptRole) role!: ExcerptRole;
  @Field(() => Sentiment) sentiment!: Sentiment;
  @Field(() => Float, { description: '-1..1' }) sentimentScore!: number;
  @Field(() => [String], { description: 'Products or vendors the quote names as compared, tried, evaluated or moved to, verbatim' })
  competitors!: string[];
}

@ObjectType({ description: 'What made a coding and what it cost' })
export class CodingProvenance {
  @Field(() => CoderKind) coder!: CoderKind;
  @Field(() => String, { nullable: true, description: 'The model, for a model-made coding' }) model!: string | null;
  @Field(() => String, {
    description: "The coding prompt's version (a digest of its instructions), or the offline coder's rules' version; unrecorded before",
  })
  promptVersion!: string;
  @Field(() => Int) taxonomyVersion!: number;
  @Field(() => Int, { description: 'Model calls, failed attempts included; 0 offline' }) calls!: number;
  @Field(() => Int) promptTokens!: number;
  @Field(() => Int) completionTokens!: number;
  @Field(() => Float, { description: 'USD at the configured prices' }) costUsd!: number;
}

@ObjectType({ description: "What an analysis's interviews cost with a model, by step (0 for what ran offline)" })
export class AnalysisCost {
  @Field(() => Int, { description: 'Interviews coded under the analysis taxonomy version' }) interviews!: number;
  @Field(() => Float, { description: "The moderator's model calls in those interviews" }) moderationUsd!: number;
  @Field(() => Float, { description: 'Coding them' }) codingUsd!: number;
  @Field(() => Float, { description: 'Theme synthesis: embeddings and labels' }) synthesisUsd!: number;
  @Field(() => Float) totalUsd!: number;
  @Field(() => Float, { nullable: true, description: 'totalUsd / interviews; null before any is coded' }) perInterviewUsd!: number | null;
  @Field(() => String, { nullable: true, description: 'The synthesis models' }) synthesisModel!: string | null;
  @Field(() => String, { nullable: true, description: "The synthesis prompt's (or offline rules') version" })
  synthesisPromptVersion!: string | null;
}

@ObjectType({ description: 'The coding of one transcript under one taxonomy version' })
export class TranscriptCoding {
  @Field(() => ID) id!: string;
  @Field(() => CoderKind) coder!: CoderKind;
  @Field(() => Int) taxonomyVersion!: number;
  @Field(() => DriverRef, { nullable: true, description: 'The reason the respondent gave first' }) statedDriver!: DriverRef | null;
  @Field(() => DriverRef, { nullable: true, description: 'The driver laddering reached' }) rootDriver!: DriverRef | null;
  @Field(() => String, {
    nullable: true,
    description: 'Why there is no root driver when the respondent reached a root the taxonomy has no close driver for; else null',
  })
  rootNote!: string | null;
  @Field(() => Float, { description: "-1..1 over the respondent's turns" }) sentimentScore!: number;
  @Field(() => [String], {
    description:
      'Products or vendors the respondent names as compared, tried, evaluated, asked for a proposal or moved to, as they ' +
      'wrote them; never generic words such as "alternatives"',
  })
  competitors!: string[];
  @Field(() => Boolean, {
    description: 'Whether the respondent refers to any competitor, named or generic ("another vendor", "alternatives")',
  })
  competitorMentioned!: boolean;
  @Field(() => [CodedExcerpt]) excerpts!: CodedExcerpt[];
  @Field(() => CodingProvenance) provenance!: CodingProvenance;
  @Field(() => Date) createdAt!: Date;
  /** For the analyst's correction beside it (coding-quality). */
  sessionId!: string;
  taxonomyId!: string;
}
