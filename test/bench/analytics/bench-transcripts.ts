/**
 * Interview transcripts for the wave analysis benchmark, written the way finished offline
 * interviews are stored: a moderator question per phase, the respondent's answers laddering from
 * a stated reason down to a root motivation, a comparison and a close. Chains per band, with
 * competitor, figures and teams varied per interview, so coding and theme synthesis see realistic
 * variety rather than 300 copies of one story.
 */
import type { Band } from '@ladder/contracts';

const CHAINS: Record<Band, string[][]> = {
  detractor: [
    [
      'The exports keep failing, every single week.',
      'Last {day} the export crashed {n} times and my {team} team rebuilt the report by hand.',
      'The board pack was late again and we had to explain why.',
      'My director now questions every figure we send.',
      'The sales demo promised reliable exports; I vouched for this tool and now my credibility is at stake.',
    ],
    [
      'Support takes days to answer anything.',
      'A ticket about a broken invoice sat for {n} days with no reply.',
      'Our finance team could not close the month.',
      'We escalated twice and nobody took ownership.',
      'It feels like nobody at the vendor is accountable, and I cannot trust them any more.',
    ],
    [
      'It is far too expensive for what we actually use.',
      'The renewal price went up {n}0% this year.',
      'We pay for modules nobody on the {team} team opens.',
      'Procurement asked me to justify the cost line by line.',
      'I cannot defend the value to my CFO, and that is my budget on the line.',
    ],
    [
      'The dashboards are painfully slow.',
      'A simple report takes {n} minutes to load on Monday mornings.',
      'People gave up and went back to spreadsheets.',
      'We now have two versions of the truth in every meeting.',
      'I bought this to make us data-driven and it did the opposite.',
    ],
    [
      'The integration with our CRM never worked properly.',
      'Records sync twice or not at all, about {n}% of them.',
      'The {team} team cleans duplicates by hand every Friday.',
      'We missed renewals because the data was wrong.',
      'Onboarding promised a working integration in weeks; a year later we are still patching it.',
    ],
    [
      'Our account manager changed {n} times in a year.',
      'Each new one asked the same discovery questions again.',
      'We repeat our requirements instead of moving forward.',
      'The roadmap items we were promised never shipped.',
      'There is no relationship left; we are just a number to them.',
    ],
  ],
  passive: [
    [
      'It works, but the interface is clunky.',
      'Building a report takes too many clicks, maybe {n} screens.',
      'New people on the {team} team need weeks to learn it.',
      'We lose time on training instead of analysis.',
      'I want a tool my team enjoys using, not one they tolerate.',
    ],
    [
      'Support is fine but slow on complex questions.',
      'A data question took {n} days to answer.',
      'We work around it with our own notes.',
      'It slows our planning cycle a little.',
      'I need to rely on them when something important breaks.',
    ],
    [
      'The product is solid, but the price keeps creeping up.',
      'We added {n} seats and the bill jumped more than expected.',
      'Finance asks about it every quarter.',
      'I spend time defending it that I would rather spend elsewhere.',
      'I would recommend it if the value were clearer.',
    ],
    [
      'Reporting is good, the mobile app is not.',
      'On the road I cannot open the {team} dashboards on my phone.',
      'I wait until I am back at my desk.',
      'Decisions get delayed by a day or two.',
      'I need the numbers where I am, not where my laptop is.',
    ],
  ],
  promoter: [
    [
      'The dashboards are fast and reliable.',
      'Reports load in seconds, even the big ones with {n} million rows.',
      'My {team} team uses them every day.',
      'We make decisions faster than before.',
      'I trust the numbers, which makes me look good with leadership.',
    ],
    [
      'Our account manager is excellent.',
      'She answered within the hour during our launch week.',
      'The rollout to {n} offices went smoothly.',
      'We hit our deadline for the first time in years.',
      'It feels like a real partnership, not a vendor relationship.',
    ],
    [
      'Onboarding was the best we have had with any software.',
      'We were live in {n} weeks with our own data.',
      'The {team} team needed almost no training.',
      'We saw value before the first invoice.',
      'It proved to my boss that this was the right call.',
    ],
    [
      'The integrations just work.',
      'Our CRM and billing data sync every {n} minutes without errors.',
      'Nobody cleans data by hand any more.',
      'The {team} team spends its time on analysis instead.',
      'It gave my people back their evenings.',
    ],
  ],
};

const COMPETITORS = ['Acme Analytics', 'Northwind Insights', 'Contoso Metrics', 'Globex BI'];
const TEAMS = ['finance', 'sales ops', 'customer success', 'marketing', 'product'];
const DAYS = ['Monday', 'Tuesday', 'Thursday', 'Friday'];

const OPENING: Record<Band, string> = {
  detractor: 'Thinking about your experience with us over the last few months, what comes to mind first?',
  passive: 'You seem reasonably satisfied but not enthusiastic; help me understand what your experience has been like.',
  promoter: 'What has your experience been like working with us recently?',
};

export interface BenchTurn {
  role: 'moderator' | 'respondent';
  text: string;
  phase: string;
  level: number;
}

/** The `i`-th interview of a band: about 16 turns, each answer tied to the previous question. */
export function benchTranscript(band: Band, i: number): BenchTurn[] {
  const chain = CHAINS[band][i % CHAINS[band].length];
  const fill = (s: string) =>
    s
      .replace('{n}', String(2 + ((i * 7) % 9)))
      .replace('{team}', TEAMS[i % TEAMS.length])
      .replace('{day}', DAYS[i % DAYS.length]);
  const answers = chain.map(fill);
  const competitor = COMPETITORS[i % COMPETITORS.length];
  const turns: BenchTurn[] = [{ role: 'moderator', text: OPENING[band], phase: 'context', level: 0 }];
  answers.forEach((answer, k) => {
    turns.push({ role: 'respondent', text: answer, phase: k === 0 ? 'context' : k === 1 ? 'surface' : 'laddering', level: k });
    const words = answer.split(/[,.;]/)[0].toLowerCase().split(' ').slice(0, 6).join(' ');
    turns.push({
      role: 'moderator',
      text: k < answers.length - 1 ? `When you say "${words}", what does that lead to for you?` : 'Why does that matter to you personally?',
      phase: k === 0 ? 'surface' : 'laddering',
      level: k + 1,
    });
  });
  turns.push({
    role: 'respondent',
    text:
      band === 'promoter'
        ? `Compared with ${competitor}, which we used before, it is simply more dependable.`
        : `We have looked at ${competitor}; they would need to be reliable and honest about their roadmap.`,
    phase: 'comparative',
    level: 5,
  });
  turns.push({ role: 'moderator', text: 'If you could change one thing, what would it be?', phase: 'close', level: 5 });
  turns.push({
    role: 'respondent',
    text: band === 'promoter' ? 'Keep the quality up as you grow.' : `Fix what I described first: ${answers[0].toLowerCase()}`,
    phase: 'close',
    level: 5,
  });
  return turns;
}
