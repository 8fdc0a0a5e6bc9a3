import { describe, expect, it } from 'vitest';
import { guideFixture } from './fixtures';
import { cloneContent, fieldPaths, openIssues, toContentInput } from './guide-content';

const content = toContentInput(guideFixture().content);

describe('guide content helpers', () => {
  it('knows the paths of every field, opening questions by language', () => {
    const paths = fieldPaths(content);
    expect(paths.has('phases.2.budget.turns')).toBe(true);
    expect(paths.has('phases.0.openingQuestions.fr.0')).toBe(true);
    expect(paths.has('topicsToAvoid.1')).toBe(true);
    expect(paths.has('phases.5.objective')).toBe(false);
  });

  it('drops the issue of a field once it is edited, and keeps the others', () => {
    const issues = [
      { path: 'phases.2.budget.turns', message: 'too big' },
      { path: 'phases.0.openingQuestions.en.0', message: 'too short' },
      { path: 'ladderTargetDepth', message: 'min must not exceed max' },
      { path: '', message: 'whole guide' },
    ];
    const edited = cloneContent(content);
    edited.phases[2].budget.turns = 10;
    expect(openIssues(issues, content, edited).map((i) => i.path)).toEqual(['phases.0.openingQuestions.en.0', 'ladderTargetDepth', '']);
    edited.phases[0].openingQuestions[0].questions[0] = 'A longer question?';
    edited.ladderTargetDepth.min = 4;
    expect(openIssues(issues, content, edited).map((i) => i.path)).toEqual(['']);
  });
});
