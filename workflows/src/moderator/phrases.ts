/**
 * Picks the phrase of an answer a probe should quote back: the clause that carries the most
 * specific content (longest run of content words), trimmed to a few words. Deterministic.
 */
const STOP = new Set(('a an the and or but so of to in on at for with from by is are was were be been being it its this that these those ' +
  'i me my we our you your they them their he she his her just really very quite also too then than there here ' +
  'as into onto about over under through not whether if when how what who which why ' +
  'le la les un une des et ou de du en au aux est sont je nous vous ils elles mon ma mes notre nos votre vos ce cette ces que qui ' +
  'dans sur pour par avec sans sous chez vers si quand comment pourquoi ne pas y a ai').split(' '));

/** Openers that carry no content of their own: a quote should not start with them. */
const FILLER = new Set(('well so yeah yes no ok okay um uh hmm like actually basically honestly frankly mean means meant think guess feel say ' +
  "i'd i'm i've it's that's there's we're they're you're euh ben bah bon enfin franchement donc alors oui non c'est ça cela").split(' '));

const MAX_WORDS = 6;
const skippable = (word: string): boolean => STOP.has(word.toLowerCase()) || FILLER.has(word.toLowerCase().replace(/’/g, "'"));

export function keyPhrase(answer: string): string | null {
  const clauses = answer
    .replace(/[“”"«»]/g, '')
    .split(/[.!?;:,()\n]+|\s[-–—]\s|\b(?:because|but|and|whether|which|who|parce que|mais|et|pourquoi|dont)\b/i)
    .map((c) => c.trim())
    .filter(Boolean);
  let best: string[] = [];
  for (const clause of clauses) {
    const words = clause.split(/\s+/);
    // The longest window that starts and ends on a content word.
    let start = 0;
    while (start < words.length && skippable(words[start])) start++;
    if (start === words.length) start = words.findIndex((w) => !STOP.has(w.toLowerCase()));
    if (start < 0) start = words.length;
    let end = words.length - 1;
    while (end > start && STOP.has(words[end].toLowerCase())) end--;
    const window = words.slice(start, end + 1).slice(0, MAX_WORDS);
    while (window.length > 1 && STOP.has(window[window.length - 1].toLowerCase())) window.pop();
    const content = window.filter((w) => !STOP.has(w.toLowerCase())).length;
    const bestContent = best.filter((w) => !STOP.has(w.toLowerCase())).length;
    if (content > bestContent) best = window;
  }
  return best.length ? best.join(' ') : null;
}
