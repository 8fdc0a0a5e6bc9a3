import { it } from 'vitest';
import { syntheticExcerpts } from './themes.test.js';
import { analyze, phrases, distinctiveTerms } from './tfidf.js';
it('debug', () => {
  const ex = syntheticExcerpts();
  const groups = new Map<string, { term: string; surface: string; doc: string }[]>();
  for (const e of ex) groups.set(e.excerpt.driverKey, [...(groups.get(e.excerpt.driverKey) ?? []), ...phrases(analyze(e.excerpt.quote)).map((p) => ({ ...p, doc: e.sessionId }))]);
  const keys = [...groups.keys()];
  const terms = distinctiveTerms([...groups.values()], { top: 8, minDocs: 2 });
  keys.forEach((k, i) => console.log(k, terms[i].map((t) => `${t.surface}:${t.docs}:${t.score.toFixed(3)}`).join(' | ')));
});
