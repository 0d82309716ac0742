import { describe, expect, it } from 'vitest';
import { createVoice, voiceTemplateKinds } from './create-voice';

describe('createVoice', () => {
  it('renders the English defaults with and without optional variables', () => {
    const voice = createVoice();
    expect(voice.locale).toBe('en');
    expect(voice.greeting({ customerName: 'Ana' })).toBe('Hi Ana!');
    expect(voice.greeting()).toBe('Hi!');
    expect(voice.apology({ customerName: 'Ana' })).toBe(
      "We're sorry for the trouble, Ana. We'd like to make this right.",
    );
    expect(voice.dmInvitation({ deepLink: 'https://wa.me/34600123456' })).toBe(
      "We'd like to look into this privately. Please send us a direct message here: https://wa.me/34600123456 and we'll take it from there.",
    );
    expect(voice.outOfHours({ hours: 'Mon–Fri 9:00–18:00 (Europe/Madrid)' })).toBe(
      "Thanks for reaching out. Our team is away right now; our hours are Mon–Fri 9:00–18:00 (Europe/Madrid). We'll reply as soon as we're back.",
    );
    expect(
      voice.survey({ customerName: 'Ana', agentName: 'Sandra', deepLink: 'https://acme.example/s/1' }),
    ).toBe(
      'Thanks for chatting with us, Ana! How did we do with Sandra? Tell us here: https://acme.example/s/1',
    );
  });

  it('has Spanish defaults, also for regional locales', () => {
    const voice = createVoice({ locale: 'es-MX' });
    expect(voice.locale).toBe('es-MX');
    expect(voice.greeting({ customerName: 'Ana' })).toBe('¡Hola, Ana!');
    expect(voice.outOfHours({ customerName: 'Ana', hours: 'de lunes a viernes, de 9:00 a 18:00' })).toBe(
      'Gracias por escribirnos, Ana. Ahora mismo nuestro equipo no está disponible; nuestro horario es de lunes a viernes, de 9:00 a 18:00. Te responderemos en cuanto volvamos.',
    );
    expect(voice.survey()).toBe('¡Gracias por escribirnos! ¿Qué tal te atendimos?');
    for (const kind of voiceTemplateKinds)
      expect(voice.render(kind, { customerName: 'Ana' }).length).toBeGreaterThan(3);
  });

  it('overrides templates and requires variables outside [[ ]]', () => {
    const voice = createVoice({ templates: { apology: 'So sorry, {customerName}! [[— {agentName}]]' } });
    expect(voice.apology({ customerName: 'Ana' })).toBe('So sorry, Ana!');
    expect(() => voice.apology({})).toThrow(/needs the variable \{customerName\}/);
  });

  it('needs every template for locales without defaults and rejects bad input', () => {
    expect(() => createVoice({ locale: 'fr' })).toThrow(
      /No default templates for locale fr: pass templates for greeting, apology/,
    );
    const full = Object.fromEntries(
      voiceTemplateKinds.map((kind) => [kind, `fr ${kind}[[ {customerName}]]`]),
    );
    expect(createVoice({ locale: 'fr', templates: full }).apology({ customerName: 'Ana' })).toBe(
      'fr apology Ana',
    );
    expect(() => createVoice({ locale: 'not a locale!' })).toThrow(/locale/);
    expect(() => createVoice({ templates: { apology: 'Hi [[ {customerName}' } })).toThrow(/unbalanced/);
    expect(() => createVoice({ templates: { thanks: 'x' } })).toThrow(
      /Invalid voice: templates.thanks: unknown template kind/,
    );
  });

  it('accepts camelCase template kinds', () => {
    const voice = createVoice({
      templates: { dmInvitation: 'DM us: {deepLink}', outOfHours: 'Closed.', surveyFollowUp: 'Rate us!' },
    });
    expect(voice.dmInvitation({ deepLink: 'https://m.me/acme' })).toBe('DM us: https://m.me/acme');
    expect(voice.outOfHours()).toBe('Closed.');
    expect(voice.render('survey')).toBe('Rate us!');
  });
});
