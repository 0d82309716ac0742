import { z } from 'zod';
import { CareValidationError } from '../shared/errors';
import { parseWithSchema } from '../shared/validate';
import { renderTemplate, templateVariables } from './render-template';

/**
 * The messages a brand voice defines: a greeting, an apology, an invitation to continue in a
 * direct message, an out-of-hours reply and a follow-up survey.
 *
 * @example
 * ```ts
 * const kind: VoiceTemplateKind = 'dm-invitation';
 * ```
 */
export type VoiceTemplateKind = 'greeting' | 'apology' | 'dm-invitation' | 'out-of-hours' | 'survey';

/**
 * Every {@link VoiceTemplateKind}.
 *
 * @example
 * ```ts
 * for (const kind of voiceTemplateKinds) console.log(voice.render(kind));
 * ```
 */
export const voiceTemplateKinds: readonly VoiceTemplateKind[] = Object.freeze([
  'greeting',
  'apology',
  'dm-invitation',
  'out-of-hours',
  'survey',
]);

/**
 * Variables the templates may use. `hours` is typically a calendar's `describe(locale)`; `deepLink`
 * comes from `buildDeepLink` (socialcare/platforms) or a survey URL.
 *
 * @example
 * ```ts
 * const variables: VoiceVariables = { customerName: 'Ana', agentName: 'Sandra', hours: 'Mon–Fri 9:00–18:00' };
 * ```
 */
export interface VoiceVariables {
  /** The customer's name. */
  readonly customerName?: string | undefined;
  /** The agent's (first) name. */
  readonly agentName?: string | undefined;
  /** Published opening hours, e.g. from `calendar.describe(locale)`. */
  readonly hours?: string | undefined;
  /** A link: a DM deep link, or the survey URL. */
  readonly deepLink?: string | undefined;
  /** Any other variable your templates use. */
  readonly [name: string]: string | number | undefined | null;
}

/**
 * Templates per kind. `{variable}` is required; `[[ … ]]` is dropped when a variable inside is missing.
 *
 * @example
 * ```ts
 * const templates: VoiceTemplates = { ...defaultVoiceTemplates.en, apology: 'So sorry[[, {customerName}]]!' };
 * ```
 */
export type VoiceTemplates = Readonly<Record<VoiceTemplateKind, string>>;

/**
 * Default templates in English (`en`) and Spanish (`es`).
 *
 * @example
 * ```ts
 * defaultVoiceTemplates.es.apology; // 'Lamentamos las molestias[[, {customerName}]]. Queremos solucionarlo.'
 * ```
 */
export const defaultVoiceTemplates: Readonly<Record<'en' | 'es', VoiceTemplates>> = Object.freeze({
  en: Object.freeze({
    greeting: 'Hi[[ {customerName}]]!',
    apology: "We're sorry for the trouble[[, {customerName}]]. We'd like to make this right.",
    'dm-invitation':
      "We'd like to look into this privately[[, {customerName}]]. Please send us a direct message[[ here: {deepLink}]] and we'll take it from there.",
    'out-of-hours':
      "Thanks for reaching out[[, {customerName}]]. Our team is away right now[[; our hours are {hours}]]. We'll reply as soon as we're back.",
    survey:
      'Thanks for chatting with us[[, {customerName}]]! How did we do[[ with {agentName}]]?[[ Tell us here: {deepLink}]]',
  }),
  es: Object.freeze({
    greeting: '¡Hola[[, {customerName}]]!',
    apology: 'Lamentamos las molestias[[, {customerName}]]. Queremos solucionarlo.',
    'dm-invitation':
      'Queremos revisarlo en privado[[, {customerName}]]. Envíanos un mensaje directo[[ aquí: {deepLink}]] y seguimos por allí.',
    'out-of-hours':
      'Gracias por escribirnos[[, {customerName}]]. Ahora mismo nuestro equipo no está disponible[[; nuestro horario es {hours}]]. Te responderemos en cuanto volvamos.',
    survey:
      '¡Gracias por escribirnos[[, {customerName}]]! ¿Qué tal te atendimos[[ con {agentName}]]?[[ Cuéntanos aquí: {deepLink}]]',
  }),
});

/**
 * Input of {@link createVoice}.
 *
 * @example
 * ```ts
 * const input: VoiceInput = { locale: 'es-MX', templates: { greeting: '¡Qué tal[[, {customerName}]]!' } };
 * ```
 */
export interface VoiceInput {
  /** BCP 47 locale; `es-MX` uses the `es` defaults. Default `'en'`. */
  readonly locale?: string;
  /**
   * Templates overriding the defaults; required in full for locales without defaults. Keys are the
   * kinds (`'dm-invitation'`) or their camelCase forms (`dmInvitation`, `outOfHours`, `surveyFollowUp`).
   */
  readonly templates?: Partial<Record<VoiceTemplateKind, string>> | Readonly<Record<string, string>>;
}

/**
 * A brand voice: localized templates with variables.
 *
 * @example
 * ```ts
 * const voice = createVoice({ locale: 'es' });
 * voice.render('out-of-hours', { customerName: 'Ana', hours: 'de lunes a viernes, de 9:00 a 18:00' });
 * ```
 */
export interface Voice {
  /** The locale asked for. */
  readonly locale: string;
  /** The templates in use. */
  readonly templates: VoiceTemplates;
  /** Renders one template. Throws CareValidationError when a required variable is missing. */
  render(kind: VoiceTemplateKind, variables?: VoiceVariables): string;
  /** `render('greeting', variables)`. */
  greeting(variables?: VoiceVariables): string;
  /** `render('apology', variables)`. */
  apology(variables?: VoiceVariables): string;
  /** `render('dm-invitation', variables)`. */
  dmInvitation(variables?: VoiceVariables): string;
  /** `render('out-of-hours', variables)`. */
  outOfHours(variables?: VoiceVariables): string;
  /** `render('survey', variables)`. */
  survey(variables?: VoiceVariables): string;
}

const VoiceInputSchema = z.object({
  locale: z
    .string()
    .trim()
    .min(2)
    .refine((value) => {
      try {
        return Intl.getCanonicalLocales(value).length === 1;
      } catch {
        return false;
      }
    }, 'expected a BCP 47 locale such as en, es or es-MX')
    .optional(),
  templates: z
    .record(z.string(), z.string())
    .superRefine((templates, context) => {
      for (const key of Object.keys(templates)) {
        if (toTemplateKind(key) === undefined) {
          context.addIssue({
            code: 'custom',
            path: [key],
            message: 'unknown template kind: use greeting, apology, dm-invitation, out-of-hours or survey',
          });
        }
      }
    })
    .optional(),
});

/** camelCase and other spellings accepted for the template kinds. */
const KIND_ALIASES: Readonly<Record<string, VoiceTemplateKind>> = {
  greeting: 'greeting',
  apology: 'apology',
  'dm-invitation': 'dm-invitation',
  dmInvitation: 'dm-invitation',
  'direct-message-invitation': 'dm-invitation',
  'out-of-hours': 'out-of-hours',
  outOfHours: 'out-of-hours',
  survey: 'survey',
  'survey-follow-up': 'survey',
  surveyFollowUp: 'survey',
  'follow-up-survey': 'survey',
  followUpSurvey: 'survey',
};

function toTemplateKind(key: string): VoiceTemplateKind | undefined {
  return Object.hasOwn(KIND_ALIASES, key) ? KIND_ALIASES[key] : undefined;
}

/**
 * Creates a brand voice from a locale and optional templates. Defaults exist for English and
 * Spanish; other locales must supply every template.
 *
 * @throws CareValidationError for an invalid locale, an unknown template kind, unbalanced `[[ ]]`,
 *   or a locale without defaults whose templates are incomplete
 * @example
 * ```ts
 * const voice = createVoice({ locale: 'en', templates: { apology: 'So sorry[[, {customerName}]]! ^{agentName}' } });
 * voice.apology({ customerName: 'Ana', agentName: 'SP' }); // 'So sorry, Ana! ^SP'
 * voice.dmInvitation({ deepLink: 'https://wa.me/34600123456' });
 * ```
 */
export function createVoice(input: VoiceInput = {}): Voice {
  const parsed = parseWithSchema(VoiceInputSchema, input, 'voice');
  const locale = parsed.locale === undefined ? 'en' : (Intl.getCanonicalLocales(parsed.locale)[0] as string);
  const language = locale.split('-')[0]?.toLowerCase() ?? 'en';
  const defaults = (defaultVoiceTemplates as Record<string, VoiceTemplates | undefined>)[language];
  const given = parsed.templates ?? {};
  const merged: Partial<Record<VoiceTemplateKind, string>> = { ...defaults };
  for (const [key, template] of Object.entries(given))
    merged[toTemplateKind(key) as VoiceTemplateKind] = template;
  const missing = voiceTemplateKinds.filter((kind) => merged[kind] === undefined);
  if (missing.length > 0) {
    throw new CareValidationError(
      `No default templates for locale ${locale}: pass templates for ${missing.join(', ')} (defaults exist for en and es).`,
      missing.map((kind) => ({ path: ['templates', kind], message: 'required for this locale' })),
    );
  }
  for (const kind of voiceTemplateKinds) {
    const template = merged[kind] as string;
    const opens = template.split('[[').length - 1;
    const closes = template.split(']]').length - 1;
    if (opens !== closes) {
      throw new CareValidationError(`The ${kind} template has unbalanced [[ ]] optional sections.`, [
        { path: ['templates', kind], message: 'unbalanced [[ ]]' },
      ]);
    }
    templateVariables(template);
  }
  const templates = Object.freeze(merged as Record<VoiceTemplateKind, string>);
  const render = (kindName: VoiceTemplateKind, variables: VoiceVariables = {}) => {
    const kind = toTemplateKind(kindName) ?? kindName;
    const template = templates[kind];
    if (template === undefined) {
      throw new CareValidationError(
        `Unknown voice template ${JSON.stringify(kind)}: use ${voiceTemplateKinds.join(', ')}.`,
        [{ path: ['kind'], message: 'unknown template kind' }],
      );
    }
    return renderTemplate(template, variables, `${kind} template (${locale})`)
      .replace(/[ \t]{2,}/g, ' ')
      .trim();
  };
  return Object.freeze({
    locale,
    templates,
    render,
    greeting: (variables?: VoiceVariables) => render('greeting', variables),
    apology: (variables?: VoiceVariables) => render('apology', variables),
    dmInvitation: (variables?: VoiceVariables) => render('dm-invitation', variables),
    outOfHours: (variables?: VoiceVariables) => render('out-of-hours', variables),
    survey: (variables?: VoiceVariables) => render('survey', variables),
  });
}
