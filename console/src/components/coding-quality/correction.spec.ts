import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import TranscriptView from '../transcript/TranscriptView.vue';
import { QUOTE, transcriptSession } from '../transcript/transcript.fixture';
import { correctionInput, draftFrom, selectionSpan, textOffset } from './correction';

const machine = {
  statedDriver: { key: 'performance' },
  rootDriver: { key: 'productivity' },
  excerpts: [
    { driverKey: 'productivity', role: 'ROOT' as const, turnSeq: 5, start: 0, end: 11 },
    { driverKey: 'performance', role: 'STATED' as const, turnSeq: 3, start: 0, end: 19 },
  ],
  correction: null,
};

describe('correction form model', () => {
  it('starts from the machine coding, its stated excerpt first, or from the correction when there is one', () => {
    expect(draftFrom(machine, 1)).toEqual({
      statedDriver: 'performance',
      rootDriver: 'productivity',
      excerpt: { driverKey: 'performance', role: 'STATED', turnSeq: 3, start: 0, end: 19 },
      note: '',
    });
    const correction = {
      id: 'c1',
      source: 'CORRECTED' as const,
      inGoldenSet: true,
      note: 'price, not speed',
      by: 'analyst',
      updatedAt: '2026-12-07T10:00:00Z',
      statedDriver: { key: 'pricing_value', label: 'Pricing and value' },
      rootDriver: null,
      excerpts: [],
    };
    expect(draftFrom({ ...machine, correction }, 1)).toEqual({
      statedDriver: 'pricing_value',
      rootDriver: '',
      excerpt: { driverKey: 'pricing_value', role: 'STATED', turnSeq: 1, start: 0, end: 0 },
      note: 'price, not speed',
    });
  });

  it('sends the span only when it is one, and "no root driver" for none', () => {
    const draft = draftFrom(machine, 1);
    expect(correctionInput('s1', { ...draft, rootDriver: '', note: '  ' })).toEqual({
      sessionId: 's1',
      statedDriver: 'performance',
      noRootDriver: true,
      excerpts: [{ driverKey: 'performance', role: 'STATED', turnSeq: 3, start: 0, end: 19 }],
      note: null,
    });
    const empty = correctionInput('s1', { ...draft, excerpt: { ...draft.excerpt!, start: 4, end: 4 } });
    expect(empty).toEqual({ sessionId: 's1', statedDriver: 'performance', rootDriver: 'productivity', note: null });
  });
});

describe('quote span from a selection', () => {
  afterEach(() => document.body.replaceChildren());
  const s = transcriptSession();
  // Turn 3 reads "Dashboards are slow. <QUOTE>", its first 19 characters highlighted with the driver's label drawn inside.
  const excerpts = [
    {
      driverKey: 'performance',
      driverLabel: 'Performance',
      quote: '',
      turnSeq: 3,
      start: 0,
      end: 19,
      role: 'STATED' as const,
      sentiment: 'NEGATIVE' as const,
    },
  ];

  it("counts the turn's own characters, not the driver label drawn in a highlight", () => {
    const w = mount(TranscriptView, { props: { turns: s.turns, escalations: [], excerpts }, attachTo: document.body });
    const text = w.get('#turn-3 .transcript-text').element;
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    // "Dashboards are slow" (mark), "Performance" (label), ". We are actively…" (plain).
    const rest = nodes.find((n) => n.textContent!.includes('We are'))!;
    const at = rest.textContent!.indexOf('Acme');
    expect(textOffset(text, rest, at)).toBe(`Dashboards are slow. ${QUOTE}`.indexOf('Acme'));

    const range = document.createRange();
    range.setStart(rest, at);
    range.setEnd(rest, at + 'Acme'.length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    const span = selectionSpan(selection);
    expect(span).toEqual({ turnSeq: 3, start: 21 + QUOTE.indexOf('Acme'), end: 21 + QUOTE.indexOf('Acme') + 4 });
    expect(s.turns.find((t) => t.seq === 3)!.text.slice(span!.start, span!.end)).toBe('Acme');
    w.unmount();
  });

  it('refuses a selection in a moderator turn or across turns', () => {
    const w = mount(TranscriptView, { props: { turns: s.turns, escalations: [], excerpts }, attachTo: document.body });
    const selection = window.getSelection()!;
    const range = document.createRange();
    range.selectNodeContents(w.get('#turn-2 .transcript-text').element);
    selection.removeAllRanges();
    selection.addRange(range);
    expect(selectionSpan(selection)).toBeNull();
    range.setStart(w.get('#turn-3 .transcript-text').element, 0);
    range.setEnd(w.get('#turn-5 .transcript-text').element, 1);
    selection.removeAllRanges();
    selection.addRange(range);
    expect(selectionSpan(selection)).toBeNull();
    w.unmount();
  });
});
