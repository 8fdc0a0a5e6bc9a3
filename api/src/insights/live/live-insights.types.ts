import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { AnalysisStatus } from '../../common/enums.js';

@ObjectType({ description: "How far a wave analysis has coded the wave's finished interviews" })
export class WaveAnalysisProgress {
  @Field(() => ID) waveId!: string;
  @Field(() => ID) analysisId!: string;
  @Field(() => AnalysisStatus) status!: AnalysisStatus;
  @Field(() => Int, { description: 'Interviews to code' }) total!: number;
  @Field(() => Int, { description: 'Interviews coded so far' }) coded!: number;
  @Field(() => Float, { description: '0..1; 1 once completed (as WaveAnalysis.progress)' }) progress!: number;
}

@ObjectType({ description: 'The latest analysis of a wave whose themes changed: refetch its themes' })
export class WaveThemesChange {
  @Field(() => ID) waveId!: string;
  @Field(() => ID) analysisId!: string;
  @Field(() => AnalysisStatus) status!: AnalysisStatus;
  @Field(() => Int, { description: 'Themes of that analysis, all scopes' }) themeCount!: number;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

@ObjectType({ description: 'Waves of a study whose themes changed since the previous update' })
export class ThemeTrendsUpdate {
  @Field(() => ID) studyId!: string;
  @Field(() => [WaveThemesChange]) waves!: WaveThemesChange[];
}
