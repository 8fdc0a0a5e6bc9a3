import { parseArgs } from 'node:util';
import { z } from 'zod';

export const USAGE = `Usage: npm run simulate -- (--wave <id> | --demo) --count <n> [options]

  --wave <id>              wave whose respondents answer their interviews
  --demo                   the latest wave of the demo study instead of --wave
  --count <n>              at most n interviews (respondents already completed are skipped)
  --concurrency <n>        interviews in flight at once, 1-64 (default 8)
  --api <url>              GraphQL endpoint (default http://127.0.0.1:4000/graphql)
  --key <api key>          API key (default: the LADDER_API_KEY environment variable)
  --respondent <kind>      offline (templates, default) or mistral (MISTRAL_API_KEY, optional
                           MISTRAL_SERVER_URL; falls back to offline answers on any failure)
  --model <name>           model of the mistral respondent (default mistral-small-latest)
  --from <start|end>       take respondents from the start (default) or the end of the wave's list
  --launch                 launch the wave first when it is still a draft
  --help                   this text`;

export interface CliOptions {
  target: { waveId: string } | { demo: true };
  count: number;
  concurrency: number;
  apiUrl: string;
  apiKey: string;
  respondent: 'offline' | 'mistral';
  mistral?: { apiKey: string; serverUrl?: string; model?: string };
  from: 'start' | 'end';
  launch: boolean;
}

export type CliParse = { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'error'; problems: string[] };

const wholeNumber = (name: string, min: number, max: number) =>
  z
    .string({ error: `${name} is required` })
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${name} must be between ${min} and ${max}`);

const schema = z.object({
  wave: z.string().trim().min(1, '--wave needs a wave id').optional(),
  demo: z.boolean().default(false),
  count: wholeNumber('--count', 1, 100_000),
  concurrency: wholeNumber('--concurrency', 1, 64).default(8),
  api: z
    .url({ protocol: /^https?$/, error: '--api must be an http(s) URL, e.g. http://127.0.0.1:4000/graphql' })
    .default('http://127.0.0.1:4000/graphql'),
  key: z.string({ error: '--key (or the LADDER_API_KEY environment variable) is required' }).trim().min(1, '--key must not be empty'),
  respondent: z.enum(['offline', 'mistral'], { error: '--respondent must be offline or mistral' }).default('offline'),
  model: z.string().trim().min(1).optional(),
  from: z.enum(['start', 'end'], { error: '--from must be start or end' }).default('start'),
  launch: z.boolean().default(false),
  mistralKey: z.string().optional(),
  mistralUrl: z.string().optional(),
});

/** Problems across arguments, found on the raw values so they are listed along with the others. */
function crossProblems(values: Record<string, string | boolean | undefined>, env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  if (!values.wave && !values.demo) problems.push('either --wave <id> or --demo is required');
  if (values.wave && values.demo) problems.push('--wave and --demo cannot be used together');
  if (values.respondent === 'mistral' && !env.MISTRAL_API_KEY)
    problems.push('--respondent mistral needs the MISTRAL_API_KEY environment variable');
  return problems;
}

/** Parses the command line and environment once, listing every problem at once. */
export function parseCliArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): CliParse {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        wave: { type: 'string' },
        demo: { type: 'boolean' },
        count: { type: 'string' },
        concurrency: { type: 'string' },
        api: { type: 'string' },
        key: { type: 'string' },
        respondent: { type: 'string' },
        model: { type: 'string' },
        from: { type: 'string' },
        launch: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    // node:util names the argument: "Unknown option '--wav'", "Option '--count <value>' argument missing".
    return { kind: 'error', problems: [(error as Error).message] };
  }
  if (values.help) return { kind: 'help' };
  const parsed = schema.safeParse({
    ...values,
    key: values.key ?? (env.LADDER_API_KEY || undefined),
    mistralKey: env.MISTRAL_API_KEY || undefined,
    mistralUrl: env.MISTRAL_SERVER_URL || undefined,
  });
  const problems = [...crossProblems(values, env), ...(parsed.success ? [] : parsed.error.issues.map((issue) => issue.message))];
  if (!parsed.success || problems.length) return { kind: 'error', problems };
  const v = parsed.data;
  return {
    kind: 'run',
    options: {
      target: v.wave ? { waveId: v.wave } : { demo: true },
      count: v.count,
      concurrency: v.concurrency,
      apiUrl: v.api,
      apiKey: v.key,
      respondent: v.respondent,
      from: v.from,
      launch: v.launch,
      ...(v.respondent === 'mistral' ? { mistral: { apiKey: v.mistralKey!, serverUrl: v.mistralUrl, model: v.model } } : {}),
    },
  };
}
