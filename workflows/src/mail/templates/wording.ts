import type { DeliveryKind } from '@ladder/contracts';

/** The words of one email in one language; `{…}` placeholders are filled by render.ts. */
export interface Wording {
  subject: string;
  greeting: string;
  greetingNamed: string;
  lines: string[];
  button: string;
  validity: string;
  footer: string;
  unsubscribe: string;
}

type Language = 'en' | 'fr';

const WORDING: Record<Language, Record<DeliveryKind, Wording>> = {
  en: {
    invitation: {
      subject: 'A few questions about your feedback: {study}',
      greeting: 'Hello,',
      greetingNamed: 'Hello {name},',
      lines: [
        'Thank you for answering our survey. We would like to understand your answer better.',
        'It is a short written conversation, about 10 minutes, at your own pace: ' +
          'answer in your own words, there are no right or wrong answers.',
      ],
      button: 'Start the conversation',
      validity: 'This link is personal, please do not forward it. It stays valid for {days} days.',
      footer: 'You received this email because you answered a survey ({study}).',
      unsubscribe: 'Unsubscribe from these emails',
    },
    reminder: {
      subject: 'Reminder: a few questions about your feedback: {study}',
      greeting: 'Hello,',
      greetingNamed: 'Hello {name},',
      lines: [
        'A few days ago we invited you to a short conversation about your survey answer.',
        'Your answers so far are kept: the same link takes you back to where you left off.',
      ],
      button: 'Continue the conversation',
      validity: 'This link is personal, please do not forward it.',
      footer: 'You received this email because you answered a survey ({study}).',
      unsubscribe: 'Unsubscribe from these emails',
    },
  },
  fr: {
    invitation: {
      subject: 'Quelques questions sur votre avis : {study}',
      greeting: 'Bonjour,',
      greetingNamed: 'Bonjour {name},',
      lines: [
        'Merci d’avoir répondu à notre enquête. Nous aimerions mieux comprendre votre réponse.',
        'Il s’agit d’un court échange écrit, environ 10 minutes, à votre rythme : ' +
          'répondez avec vos mots, il n’y a pas de bonne ou de mauvaise réponse.',
      ],
      button: 'Commencer l’échange',
      validity: 'Ce lien est personnel, merci de ne pas le transférer. Il reste valable {days} jours.',
      footer: 'Vous recevez cet e-mail parce que vous avez répondu à une enquête ({study}).',
      unsubscribe: 'Se désinscrire de ces e-mails',
    },
    reminder: {
      subject: 'Rappel : quelques questions sur votre avis : {study}',
      greeting: 'Bonjour,',
      greetingNamed: 'Bonjour {name},',
      lines: [
        'Il y a quelques jours, nous vous avons invité à un court échange sur votre réponse à notre enquête.',
        'Vos réponses sont conservées : le même lien vous ramène là où vous vous étiez arrêté.',
      ],
      button: 'Reprendre l’échange',
      validity: 'Ce lien est personnel, merci de ne pas le transférer.',
      footer: 'Vous recevez cet e-mail parce que vous avez répondu à une enquête ({study}).',
      unsubscribe: 'Se désinscrire de ces e-mails',
    },
  },
};

/** English and French are written; any other language (de, pt-br...) falls back to English. */
export function wordingFor(kind: DeliveryKind, language: string | null | undefined): { language: Language; wording: Wording } {
  const base = (language ?? 'en').toLowerCase().split('-')[0];
  const chosen: Language = base === 'fr' ? 'fr' : 'en';
  return { language: chosen, wording: WORDING[chosen][kind] };
}
