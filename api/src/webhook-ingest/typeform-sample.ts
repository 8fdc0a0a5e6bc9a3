/**
 * A Typeform `form_response` delivery shaped like Typeform's documented example payload, for an
 * NPS form: an nps question, a long_text follow-up, an email question, a dropdown and a yes/no,
 * with hidden fields carrying CRM attributes. Tests and the documentation's examples use it.
 */
export function typeformDelivery(
  overrides: { eventId?: string; token?: string; score?: number; submittedAt?: string; hidden?: Record<string, string> } = {},
) {
  return {
    event_id: overrides.eventId ?? '01HZXW3M9Q4T5V6B7N8P9R0S1T',
    event_type: 'form_response',
    form_response: {
      form_id: 'lT4Z3j',
      token: overrides.token ?? 'a3a12ec67a1365927098a606107fac15',
      landed_at: '2026-03-31T14:01:12Z',
      submitted_at: overrides.submittedAt ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      hidden: overrides.hidden ?? { customer_id: 'C-1042', tier: 'Enterprise', region: 'EU', language: 'fr' },
      calculated: { score: 0 },
      variables: [{ key: 'score', type: 'number', number: 0 }],
      definition: {
        id: 'lT4Z3j',
        title: 'How are we doing?',
        fields: [
          { id: 'nPsQ1a2b3c4d', title: 'How likely are you to recommend us?', type: 'nps', ref: 'nps_score', properties: {} },
          { id: 'LoNg5e6f7g8h', title: 'What is the main reason for your score?', type: 'long_text', ref: 'reason', properties: {} },
          { id: 'EmAi9i0j1k2l', title: 'May we follow up? Your email:', type: 'email', ref: 'contact_email', properties: {} },
          {
            id: 'DrOp3m4n5o6p',
            title: 'Which product do you use most?',
            type: 'dropdown',
            ref: 'product',
            properties: {},
            choices: [
              { id: 'c1', label: 'Analytics' },
              { id: 'c2', label: 'Billing' },
            ],
          },
          { id: 'YeNo7q8r9s0t', title: 'Would you take part in a short interview?', type: 'yes_no', ref: 'interview_ok', properties: {} },
        ],
      },
      answers: [
        { type: 'number', number: overrides.score ?? 4, field: { id: 'nPsQ1a2b3c4d', type: 'nps', ref: 'nps_score' } },
        {
          type: 'text',
          text: 'Exports keep timing out since the last release, and support takes days to answer.',
          field: { id: 'LoNg5e6f7g8h', type: 'long_text', ref: 'reason' },
        },
        { type: 'email', email: 'Lian.Ops@Example.com', field: { id: 'EmAi9i0j1k2l', type: 'email', ref: 'contact_email' } },
        { type: 'choice', choice: { label: 'Analytics' }, field: { id: 'DrOp3m4n5o6p', type: 'dropdown', ref: 'product' } },
        { type: 'boolean', boolean: true, field: { id: 'YeNo7q8r9s0t', type: 'yes_no', ref: 'interview_ok' } },
      ],
      ending: { id: 'DefaultTyScreen', ref: 'default_tys' },
    },
  };
}
