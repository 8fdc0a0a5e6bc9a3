import { describe, expect, it } from 'vitest';
import { labelOf, negatedBefore, sentimentOf } from './sentiment.js';

const score = (text: string, language = 'en'): number => sentimentOf(text, language).score;
const label = (text: string, language = 'en'): string => sentimentOf(text, language).label;

describe('sentimentOf (English)', () => {
  it.each([
    ['Support is fantastic, they answer within the hour.', 'positive'],
    ['Honestly I love it, it saves us a lot of time.', 'positive'],
    ['Reports are painfully slow and the app keeps crashing.', 'negative'],
    ["It doesn't work as expected.", 'negative'],
    ['We felt let down by the account team.', 'negative'],
    ['We renewed in March for twenty seats.', 'neutral'],
  ])('"%s" reads %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });

  it('flips and dampens a negated word within the clause', () => {
    expect(label('The new release is not great.')).toBe('negative');
    expect(label('It is never fast.')).toBe('negative');
    expect(label('Not bad at all.')).toBe('positive');
    expect(label('We never had a problem with it.')).toBe('positive');
    expect(score('It is not great.')).toBeGreaterThan(score('It is terrible.'));
  });

  it('does not carry a negation across a clause break or through "not only"', () => {
    expect(label('No, the onboarding was great.')).toBe('positive');
    expect(label('Not only fast, it is reliable too.')).toBe('positive');
  });

  it('strengthens with intensifiers and weakens with diminishers', () => {
    expect(score('It is really slow.')).toBeLessThan(score('It is slow.'));
    expect(score('It is a bit slow.')).toBeGreaterThan(score('It is slow.'));
    expect(score('The docs are super helpful.')).toBeGreaterThan(score('The docs are helpful.'));
  });

  it('weighs what follows "but" more than what precedes it', () => {
    expect(label('The product is good but support is awful.')).toBe('negative');
    expect(label('Support was slow at first but now it is excellent.')).toBe('positive');
  });

  it('stays within -1..1 and averages the sentences that carry sentiment', () => {
    const strong = 'Terrible, awful, horrible, the worst, an absolute nightmare and a total disaster!';
    expect(score(strong)).toBeGreaterThanOrEqual(-1);
    expect(score(strong)).toBeLessThan(-0.9);
    expect(score('It is great. We use it daily.')).toBe(score('It is great.'));
    expect(sentimentOf('', 'en')).toEqual({ score: 0, label: 'neutral' });
  });
});

describe('sentimentOf (French)', () => {
  it.each([
    ["Franchement, l'outil est génial et le support très réactif.", 'positive'],
    ['Ça marche très bien, on est ravis.', 'positive'],
    ['Les rapports sont lents et ça plante tout le temps.', 'negative'],
    ['Ça ne marche pas comme prévu.', 'negative'],
    ["C'est pas terrible.", 'negative'],
    ["Ce n'est pas rapide du tout.", 'negative'],
    ["Je n'aime pas l'interface.", 'negative'],
    ['Pas mal, vraiment.', 'positive'],
    ['Il y a pas mal de bugs.', 'negative'],
    ["On n'a jamais eu de problème avec eux.", 'positive'],
    ['Nous avons renouvelé en mars.', 'neutral'],
  ])('"%s" reads %s', (text, expected) => {
    expect(label(text, 'fr')).toBe(expected);
  });

  it('reads "ne ... que" as a restriction, not a negation', () => {
    expect(label("Il n'y a que des bugs.", 'fr')).toBe('negative');
  });
});

describe('labelOf', () => {
  it('labels with a small dead zone around zero', () => {
    expect([labelOf(0.5), labelOf(0.05), labelOf(-0.05), labelOf(-0.5)]).toEqual(['positive', 'neutral', 'neutral', 'negative']);
  });
});

describe('negatedBefore', () => {
  it('finds a negation within the window in the same clause', () => {
    const text = 'We have no problem with support, but billing is a mess.';
    expect(negatedBefore(text, text.indexOf('support'), 4)).toBe(true);
    expect(negatedBefore(text, text.indexOf('billing'), 4)).toBe(false);
    expect(negatedBefore('No, I mean support is slow.', 11, 4)).toBe(false);
    const fr = "Nous n'avons aucun souci avec le support.";
    expect(negatedBefore(fr, fr.indexOf('support'), 4)).toBe(true);
    expect(negatedBefore(fr, fr.indexOf('support'), 3)).toBe(false);
  });
});

describe('sentimentOf: trust', () => {
  it('reads a broken or lost trust as negative, even next to a positive word', () => {
    expect(label('Our executive trusted them, and now there is a trust rupture.')).toBe('negative');
    expect(label('We lost all confidence in them.')).toBe('negative');
    expect(label('Il y a eu une rupture de confiance.', 'fr')).toBe('negative');
    expect(label("La direction n'a plus confiance.", 'fr')).toBe('negative');
  });
});
