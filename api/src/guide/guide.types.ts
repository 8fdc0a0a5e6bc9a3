import { OFFLINE_LANGUAGES, type GuideContent, type GuidePhase } from '@ladder/contracts/guide';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Band, PhaseKey } from '../common/enums.js';

@ObjectType()
export class LocalizedQuestions {
  @Field(() => String, { description: 'Language code, e.g. en, fr, pt-br' }) language!: string;
  @Field(() => [String]) questions!: string[];
}

@ObjectType()
export class PhaseBudget {
  @Field(() => Int, { description: 'Moderator questions in this phase' }) turns!: number;
  @Field(() => Float) minutes!: number;
}

@ObjectType()
export class LadderDepth {
  @Field(() => Int) min!: number;
  @Field(() => Int) max!: number;
}

@ObjectType()
export class GuidePhaseView {
  @Field(() => PhaseKey) key!: PhaseKey;
  @Field(() => String) objective!: string;
  @Field(() => [LocalizedQuestions], { description: 'Opening question(s) of the phase for this band, per language; English is required' })
  openingQuestions!: LocalizedQuestions[];
  @Field(() => String) probeInstructions!: string;
  @Field(() => PhaseBudget) budget!: PhaseBudget;
}

@ObjectType('GuideContent')
export class GuideContentView {
  @Field(() => LadderDepth, { description: 'Target laddering depth (levels), 5 to 7 by default' }) ladderTargetDepth!: LadderDepth;
  @Field(() => [String]) topicsToAvoid!: string[];
  @Field(() => [GuidePhaseView], { description: 'context, surface, laddering, comparative, close' }) phases!: GuidePhaseView[];
}

/** Stored guides come back from jsonb with their keys sorted; the view lists English, the other offline languages, then the rest. */
const languageRank = (language: string): number => {
  const offline = (OFFLINE_LANGUAGES as readonly string[]).indexOf(language);
  return offline < 0 ? OFFLINE_LANGUAGES.length : offline;
};
const byLanguage = ([a]: [string, unknown], [b]: [string, unknown]): number => languageRank(a) - languageRank(b) || a.localeCompare(b);

export function toContentView(content: GuideContent): GuideContentView {
  return {
    ladderTargetDepth: content.ladderTargetDepth,
    topicsToAvoid: content.topicsToAvoid,
    phases: content.phases.map((p: GuidePhase) => ({
      key: p.key as PhaseKey,
      objective: p.objective,
      probeInstructions: p.probeInstructions,
      budget: p.budget,
      openingQuestions: Object.entries(p.openingQuestions)
        .sort(byLanguage)
        .map(([language, questions]) => ({ language, questions })),
    })),
  };
}

@InputType()
export class LocalizedQuestionsInput {
  @Field(() => String) language!: string;
  @Field(() => [String]) @ArrayMaxSize(5) questions!: string[];
}

@InputType()
export class PhaseBudgetInput {
  @Field(() => Int) turns!: number;
  @Field(() => Float) minutes!: number;
}

@InputType()
export class LadderDepthInput {
  @Field(() => Int) min!: number;
  @Field(() => Int) max!: number;
}

@InputType()
export class GuidePhaseInput {
  @Field(() => PhaseKey) key!: PhaseKey;
  @Field(() => String) objective!: string;
  @Field(() => [LocalizedQuestionsInput]) @ArrayMaxSize(20) openingQuestions!: LocalizedQuestionsInput[];
  @Field(() => String) probeInstructions!: string;
  @Field(() => PhaseBudgetInput) budget!: PhaseBudgetInput;
}

@InputType()
export class GuideContentInput {
  @Field(() => LadderDepthInput) ladderTargetDepth!: LadderDepthInput;
  @Field(() => [String]) @ArrayMaxSize(30) topicsToAvoid!: string[];
  @Field(() => [GuidePhaseInput]) @ArrayMaxSize(10) phases!: GuidePhaseInput[];
}

/** The input's shape before validation against the guide contract (languages as a record). */
export function fromContentInput(input: GuideContentInput): unknown {
  return {
    ladderTargetDepth: { min: input.ladderTargetDepth.min, max: input.ladderTargetDepth.max },
    topicsToAvoid: input.topicsToAvoid,
    phases: input.phases.map((p) => ({
      key: p.key,
      objective: p.objective,
      probeInstructions: p.probeInstructions,
      budget: { turns: p.budget.turns, minutes: p.budget.minutes },
      openingQuestions: Object.fromEntries(p.openingQuestions.map((q) => [q.language, q.questions])),
    })),
  };
}

@InputType()
export class UpdateGuideInput {
  @Field(() => ID) studyId!: string;
  @Field(() => Band) band!: Band;
  @Field(() => Int, {
    description: 'The version this edit starts from; the edit fails with GUIDE_VERSION_CONFLICT when a newer one exists',
  })
  baseVersion!: number;
  @Field(() => GuideContentInput) content!: GuideContentInput;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) note?: string;
}

@InputType()
export class StartGuidePreviewInput {
  @Field(() => ID) studyId!: string;
  @Field(() => Band) band!: Band;
  @Field(() => ID, { nullable: true, description: 'A version of this study and band; the latest when absent' })
  @IsOptional()
  guideId?: string;
  @Field(() => String, { nullable: true, description: 'Language to interview in; detected from the first answer when absent' })
  @IsOptional()
  @MaxLength(12)
  language?: string;
}
