/**
 * The respondent chat page's words in the languages the product interviews in (the demo's
 * respondents: English, French, German, Spanish, Portuguese). Any other language reads English.
 * Link problems (revoked, expired, unknown) are said here too, never as the API's English text.
 */
export const CHAT_LANGUAGES = ['en', 'fr', 'de', 'es', 'pt'] as const;
export type ChatLanguage = (typeof CHAT_LANGUAGES)[number];

/** The API codes a respondent's link can answer instead of the interview. */
export const LINK_PROBLEMS = ['LINK_REVOKED', 'LINK_EXPIRED', 'SESSION_NOT_FOUND'] as const;
export type LinkProblem = (typeof LINK_PROBLEMS)[number];
export const isLinkProblem = (code: string | null | undefined): code is LinkProblem =>
  (LINK_PROBLEMS as readonly string[]).includes(code ?? '');

export interface ChatText extends Record<LinkProblem, string> {
  title: string;
  consent: string;
  ai: string;
  offline: string;
  offlineTitle: string;
  typing: string;
  placeholder: string;
  send: string;
  retry: string;
  COMPLETED: string;
  ABANDONED: string;
  EXPIRED: string;
}

export const CHAT_TEXT: Record<ChatLanguage, ChatText> = {
  en: {
    title: 'Your feedback',
    consent: 'Your answers are used by the company that invited you to improve the product; you can stop at any time.',
    ai: 'AI interviewer',
    offline: 'AI interviewer (offline mode)',
    offlineTitle: 'A built-in, rule-based interviewer is asking the questions',
    typing: 'The interviewer is typing',
    placeholder: 'Type your answer…',
    send: 'Send',
    retry: 'Try again',
    COMPLETED: 'Thank you! The interview is complete. You can close this page.',
    ABANDONED: 'This interview was stopped. Thank you for your time; you can close this page.',
    EXPIRED: 'This interview link has expired. Thank you for your interest.',
    LINK_REVOKED: 'This interview link has been withdrawn and no longer opens the conversation. Thank you for your time.',
    LINK_EXPIRED: 'This interview link has expired. Thank you for your time.',
    SESSION_NOT_FOUND:
      'This interview link is not valid. It may have been replaced by a newer one: please use the link in the latest email you received.',
  },
  fr: {
    title: 'Votre avis compte',
    consent:
      "Vos réponses sont utilisées par l'entreprise qui vous a invité pour améliorer le produit ; vous pouvez arrêter à tout moment.",
    ai: 'Enquêteur IA',
    offline: 'Enquêteur IA (mode hors ligne)',
    offlineTitle: 'Un enquêteur intégré, à base de règles, pose les questions',
    typing: "L'enquêteur écrit",
    placeholder: 'Votre réponse…',
    send: 'Envoyer',
    retry: 'Réessayer',
    COMPLETED: "Merci ! L'entretien est terminé. Vous pouvez fermer cette page.",
    ABANDONED: 'Cet entretien a été interrompu. Merci pour votre temps ; vous pouvez fermer cette page.',
    EXPIRED: "Ce lien d'entretien a expiré. Merci de votre intérêt.",
    LINK_REVOKED: "Ce lien d'entretien a été retiré : il n'ouvre plus la conversation. Merci pour votre temps.",
    LINK_EXPIRED: "Ce lien d'entretien a expiré. Merci pour votre temps.",
    SESSION_NOT_FOUND:
      "Ce lien d'entretien n'est pas valide. Il a peut-être été remplacé par un lien plus récent : utilisez celui du dernier e-mail reçu.",
  },
  de: {
    title: 'Ihre Meinung',
    consent:
      'Ihre Antworten werden von dem Unternehmen, das Sie eingeladen hat, ' +
      'zur Verbesserung des Produkts verwendet; Sie können jederzeit aufhören.',
    ai: 'KI-Interviewer',
    offline: 'KI-Interviewer (Offline-Modus)',
    offlineTitle: 'Ein eingebauter, regelbasierter Interviewer stellt die Fragen',
    typing: 'Der Interviewer schreibt',
    placeholder: 'Ihre Antwort…',
    send: 'Senden',
    retry: 'Erneut versuchen',
    COMPLETED: 'Vielen Dank! Das Interview ist abgeschlossen. Sie können diese Seite schließen.',
    ABANDONED: 'Dieses Interview wurde beendet. Vielen Dank für Ihre Zeit; Sie können diese Seite schließen.',
    EXPIRED: 'Dieser Interview-Link ist abgelaufen. Vielen Dank für Ihr Interesse.',
    LINK_REVOKED: 'Dieser Interview-Link wurde zurückgezogen und öffnet das Gespräch nicht mehr. Vielen Dank für Ihre Zeit.',
    LINK_EXPIRED: 'Dieser Interview-Link ist abgelaufen. Vielen Dank für Ihre Zeit.',
    SESSION_NOT_FOUND:
      'Dieser Interview-Link ist ungültig. Vielleicht wurde er durch einen ' +
      'neueren ersetzt: Bitte verwenden Sie den Link aus Ihrer letzten E-Mail.',
  },
  es: {
    title: 'Su opinión',
    consent: 'La empresa que le invitó utiliza sus respuestas para mejorar el producto; puede parar en cualquier momento.',
    ai: 'Entrevistador IA',
    offline: 'Entrevistador IA (modo sin conexión)',
    offlineTitle: 'Un entrevistador integrado, basado en reglas, hace las preguntas',
    typing: 'El entrevistador está escribiendo',
    placeholder: 'Su respuesta…',
    send: 'Enviar',
    retry: 'Reintentar',
    COMPLETED: '¡Gracias! La entrevista ha terminado. Puede cerrar esta página.',
    ABANDONED: 'Esta entrevista se ha detenido. Gracias por su tiempo; puede cerrar esta página.',
    EXPIRED: 'Este enlace de entrevista ha caducado. Gracias por su interés.',
    LINK_REVOKED: 'Este enlace de entrevista ha sido retirado y ya no abre la conversación. Gracias por su tiempo.',
    LINK_EXPIRED: 'Este enlace de entrevista ha caducado. Gracias por su tiempo.',
    SESSION_NOT_FOUND:
      'Este enlace de entrevista no es válido. Puede que lo haya ' +
      'sustituido uno más reciente: utilice el enlace del último correo que recibió.',
  },
  pt: {
    title: 'Sua opinião',
    consent: 'Suas respostas são usadas pela empresa que convidou você para melhorar o produto; você pode parar a qualquer momento.',
    ai: 'Entrevistador de IA',
    offline: 'Entrevistador de IA (modo offline)',
    offlineTitle: 'Um entrevistador integrado, baseado em regras, faz as perguntas',
    typing: 'O entrevistador está digitando',
    placeholder: 'Sua resposta…',
    send: 'Enviar',
    retry: 'Tentar novamente',
    COMPLETED: 'Obrigado! A entrevista foi concluída. Você pode fechar esta página.',
    ABANDONED: 'Esta entrevista foi interrompida. Obrigado pelo seu tempo; você pode fechar esta página.',
    EXPIRED: 'Este link de entrevista expirou. Obrigado pelo seu interesse.',
    LINK_REVOKED: 'Este link de entrevista foi retirado e não abre mais a conversa. Obrigado pelo seu tempo.',
    LINK_EXPIRED: 'Este link de entrevista expirou. Obrigado pelo seu tempo.',
    SESSION_NOT_FOUND:
      'Este link de entrevista não é válido. Talvez tenha sido ' +
      'substituído por um mais recente: use o link do último e-mail que você recebeu.',
  },
};

/**
 * The first of the candidates (the interview's language when known, then the browser's) that the
 * page speaks, by base code ('pt-BR' reads 'pt'); English otherwise.
 */
export function chatLanguage(...candidates: readonly (string | null | undefined)[]): ChatLanguage {
  for (const candidate of candidates) {
    const base = candidate?.trim().toLowerCase().split(/[-_]/)[0];
    if (base && (CHAT_LANGUAGES as readonly string[]).includes(base)) return base as ChatLanguage;
  }
  return 'en';
}
