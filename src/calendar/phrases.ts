/** The few sentences calendars speak, per language (weekday and month names come from `Intl`). */
export interface CalendarPhrases {
  /** `when` is a weekday (and date), `time` is `HH:MM`. */
  readonly back: (when: string, time: string) => string;
  readonly openNow: (time: string) => string;
  readonly openNowNoEnd: string;
  readonly closed: string;
}

const PHRASES: Record<string, CalendarPhrases> = {
  en: {
    back: (when, time) => `We're back ${when} at ${time}`,
    openNow: (time) => `We're open now until ${time}`,
    openNowNoEnd: "We're open now",
    closed: 'Closed',
  },
  de: {
    back: (when, time) => `Wir sind ${when} um ${time} Uhr wieder da`,
    openNow: (time) => `Wir sind jetzt bis ${time} Uhr erreichbar`,
    openNowNoEnd: 'Wir sind jetzt erreichbar',
    closed: 'Geschlossen',
  },
  nl: {
    back: (when, time) => `We zijn ${when} om ${time} terug`,
    openNow: (time) => `We zijn nu open tot ${time}`,
    openNowNoEnd: 'We zijn nu open',
    closed: 'Gesloten',
  },
  fr: {
    back: (when, time) => `Nous serons de retour ${when} à ${time}`,
    openNow: (time) => `Nous sommes ouverts jusqu'à ${time}`,
    openNowNoEnd: 'Nous sommes ouverts',
    closed: 'Fermé',
  },
  es: {
    back: (when, time) => `Volvemos el ${when} a las ${time}`,
    openNow: (time) => `Estamos abiertos hasta las ${time}`,
    openNowNoEnd: 'Estamos abiertos',
    closed: 'Cerrado',
  },
  pt: {
    back: (when, time) => `Voltamos ${when} às ${time}`,
    openNow: (time) => `Estamos abertos até às ${time}`,
    openNowNoEnd: 'Estamos abertos',
    closed: 'Fechado',
  },
  it: {
    back: (when, time) => `Torniamo ${when} alle ${time}`,
    openNow: (time) => `Siamo aperti fino alle ${time}`,
    openNowNoEnd: 'Siamo aperti',
    closed: 'Chiuso',
  },
};

/** The phrases of a locale's language, English when the language has none. */
export function phrasesFor(locale: string): CalendarPhrases {
  const language = locale.split('-')[0]!.toLowerCase();
  return PHRASES[language] ?? PHRASES.en!;
}
