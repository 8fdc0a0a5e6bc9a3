import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { TranscriptCoding } from '../analysis/analysis.types.js';
import type { Permission, RequestContext } from '../common/context.js';
import { CoderKind } from '../common/enums.js';
import type { CodingAgreementService } from './coding-agreement.service.js';
import { correctionLoader, type CodingCorrectionService } from './coding-correction.service.js';
import {
  CodingAgreementRun,
  CodingAgreementSettings,
  CodingCorrection,
  CorrectCodingInput,
  GoldenSource,
  UpdateCodingAgreementSettingsInput,
} from './coding-quality.types.js';

@Resolver(() => CodingCorrection)
export class CodingCorrectionResolver {
  constructor(private readonly corrections: CodingCorrectionService) {}

  @Mutation(() => CodingCorrection, {
    description:
      "Stores an analyst's coding of a transcript beside the machine coding (a re-code never changes it) and puts it in the golden set. " +
      'Unknown drivers: DRIVER_NOT_IN_TAXONOMY; a span outside its turn: EXCERPT_SPAN_INVALID (both with extensions.field).',
  })
  correctCoding(@Ctx() ctx: RequestContext, @Arg('input', () => CorrectCodingInput) input: CorrectCodingInput): Promise<CodingCorrection> {
    return this.corrections.correct(ctx, input);
  }

  @Mutation(() => CodingCorrection, { description: 'Puts the machine coding, as it is now, in the golden set of its taxonomy version' })
  confirmCoding(
    @Ctx() ctx: RequestContext,
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('taxonomyVersionId', () => ID, { nullable: true }) taxonomyVersionId?: string | null,
  ): Promise<CodingCorrection> {
    return this.corrections.confirm(ctx, sessionId, taxonomyVersionId);
  }

  @Mutation(() => Boolean, {
    description: 'Takes a session out of a golden set (a correction is kept, outside it); false when it was not in it',
  })
  removeFromGoldenSet(
    @Ctx() ctx: RequestContext,
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('taxonomyVersionId', () => ID, { nullable: true }) taxonomyVersionId?: string | null,
  ): Promise<boolean> {
    return this.corrections.remove(ctx, sessionId, taxonomyVersionId);
  }

  @Query(() => [CodingCorrection], { description: "A taxonomy version's golden set: the analysts' confirmed and corrected codings" })
  goldenSet(@Ctx() ctx: RequestContext, @Arg('taxonomyVersionId', () => ID) taxonomyVersionId: string): Promise<CodingCorrection[]> {
    return this.corrections.goldenSet(ctx, taxonomyVersionId);
  }
}

@Resolver(() => CodingAgreementRun)
export class CodingAgreementResolver {
  constructor(private readonly agreement: CodingAgreementService) {}

  @Query(() => CodingAgreementRun, {
    nullable: true,
    description: "The newest completed measurement of a coder against a taxonomy version's golden set; runCodingAgreement makes one",
  })
  codingAgreement(
    @Ctx() ctx: RequestContext,
    @Arg('taxonomyVersionId', () => ID) taxonomyVersionId: string,
    @Arg('coder', () => CoderKind) coder: CoderKind,
  ): Promise<CodingAgreementRun | null> {
    return this.agreement.latest(ctx, taxonomyVersionId, coder);
  }

  @Query(() => [CodingAgreementRun], { description: 'Every agreement run on a taxonomy version, newest first (at most `first`, 400)' })
  codingAgreementHistory(
    @Ctx() ctx: RequestContext,
    @Arg('taxonomyVersionId', () => ID) taxonomyVersionId: string,
    @Arg('coder', () => CoderKind, { nullable: true }) coder?: CoderKind | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first = 50,
  ): Promise<CodingAgreementRun[]> {
    return this.agreement.history(ctx, taxonomyVersionId, coder ?? null, first);
  }

  @Mutation(() => CodingAgreementRun, {
    description:
      "Re-codes the taxonomy version's golden set with the coder, on the worker, and compares: the run is RUNNING until the worker " +
      'writes its figures (read it in codingAgreementHistory). GOLDEN_SET_EMPTY without a golden set.',
  })
  runCodingAgreement(
    @Ctx() ctx: RequestContext,
    @Arg('taxonomyVersionId', () => ID) taxonomyVersionId: string,
    @Arg('coder', () => CoderKind) coder: CoderKind,
  ): Promise<CodingAgreementRun> {
    return this.agreement.run(ctx, taxonomyVersionId, coder);
  }

  @Query(() => CodingAgreementSettings)
  codingAgreementSettings(@Ctx() ctx: RequestContext): Promise<CodingAgreementSettings> {
    return this.agreement.settings(ctx);
  }

  @Mutation(() => CodingAgreementSettings, { description: 'The kappa threshold of drift notices and who gets them' })
  updateCodingAgreementSettings(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateCodingAgreementSettingsInput) input: UpdateCodingAgreementSettingsInput,
  ): Promise<CodingAgreementSettings> {
    return this.agreement.updateSettings(ctx, input);
  }
}

@Resolver(() => TranscriptCoding)
export class TranscriptCodingCorrectionResolver {
  @Authorized<Permission>('transcripts')
  @FieldResolver(() => CodingCorrection, {
    nullable: true,
    description: "The analyst's correction of this coding (same session and taxonomy version), kept apart from it; null when none",
  })
  async correction(@Root() coding: TranscriptCoding, @Ctx() ctx: RequestContext): Promise<CodingCorrection | null> {
    const found = await correctionLoader(ctx).load(`${coding.sessionId}|${coding.taxonomyId}`);
    return found?.source === GoldenSource.CORRECTED ? found : null;
  }

  @Authorized<Permission>('transcripts')
  @FieldResolver(() => Boolean, { description: "Whether the session is in its taxonomy version's golden set (confirmed or corrected)" })
  async inGoldenSet(@Root() coding: TranscriptCoding, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await correctionLoader(ctx).load(`${coding.sessionId}|${coding.taxonomyId}`))?.inGoldenSet ?? false;
  }
}
