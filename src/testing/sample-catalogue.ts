import type { BrandAccount } from '../conversation/party';
import type { Platform } from '../conversation/platform';
import type { Priority } from '../conversation/status';

/** An agent of the sample data: a named person answering for one brand's care accounts. */
export interface SampleAgent {
  /** Stable id, e.g. `sandra-paredes`. */
  readonly id: string;
  /** Display name, e.g. `Sandra Paredes`. */
  readonly name: string;
  /** Initials used in reply signatures (`^SP`). */
  readonly initials: string;
  /** The brand the agent works for. */
  readonly brand: string;
  /** The care accounts the agent answers on. */
  readonly accountIds: readonly string[];
}

/** When an account is staffed (UTC hours). @internal */
export interface Staffing {
  /** Open every day from `from` to `to` (hours, UTC); `[0, 24]` is round the clock. */
  readonly from: number;
  readonly to: number;
  /** Open on weekends too. */
  readonly weekends: boolean;
}

/** A brand account plus how the generator drives it. @internal */
export interface SampleAccountProfile {
  readonly account: BrandAccount;
  readonly brand: string;
  /** Share of the brand's customer traffic it receives. */
  readonly weight: number;
  /** Median first response, minutes, while staffed. */
  readonly medianResponseMinutes: number;
  readonly staffing: Staffing;
  /** Sends an automatic greeting on private messages (a bot). */
  readonly bot: boolean;
}

const ROUND_THE_CLOCK: Staffing = { from: 0, to: 24, weekends: true };
const DAYTIME: Staffing = { from: 7, to: 22, weekends: true };
const OFFICE: Staffing = { from: 8, to: 20, weekends: false };

function account(
  id: string,
  platform: Platform,
  brand: string,
  displayName: string,
  extra: Partial<Omit<SampleAccountProfile, 'account' | 'brand'>> & { role?: 'care' | 'marketing' } = {},
): SampleAccountProfile {
  return {
    account: { id, platform, role: extra.role ?? 'care', handle: id, displayName },
    brand,
    weight: extra.weight ?? 1,
    medianResponseMinutes: extra.medianResponseMinutes ?? 30,
    staffing: extra.staffing ?? DAYTIME,
    bot: extra.bot ?? false,
  };
}

/** The accounts of the sample data: five brands, care accounts on several platforms, one marketing account. @internal */
export const SAMPLE_ACCOUNTS: readonly SampleAccountProfile[] = [
  account('AcmeCare', 'x', 'Acme Telecom', 'Acme Telecom Care', {
    weight: 5,
    medianResponseMinutes: 18,
    staffing: ROUND_THE_CLOCK,
  }),
  account('acme.telecom', 'facebook', 'Acme Telecom', 'Acme Telecom', {
    weight: 2,
    medianResponseMinutes: 40,
  }),
  account('acme-whatsapp', 'whatsapp', 'Acme Telecom', 'Acme Telecom on WhatsApp', {
    weight: 2,
    medianResponseMinutes: 12,
    staffing: ROUND_THE_CLOCK,
    bot: true,
  }),
  account('NorthwindHelp', 'x', 'Northwind Air', 'Northwind Air Help', {
    weight: 4,
    medianResponseMinutes: 35,
    staffing: ROUND_THE_CLOCK,
  }),
  account('northwind.air', 'instagram', 'Northwind Air', 'Northwind Air', {
    weight: 1.5,
    medianResponseMinutes: 90,
  }),
  account('GlobexBankHelp', 'x', 'Globex Bank', 'Globex Bank Help', {
    weight: 3,
    medianResponseMinutes: 55,
    staffing: OFFICE,
  }),
  account('globex-whatsapp', 'whatsapp', 'Globex Bank', 'Globex Bank on WhatsApp', {
    weight: 2,
    medianResponseMinutes: 25,
    staffing: OFFICE,
    bot: true,
  }),
  account('InitechSupport', 'x', 'Initech Software', 'Initech Support', {
    weight: 2,
    medianResponseMinutes: 70,
    staffing: OFFICE,
  }),
  account('initech.bsky.social', 'bluesky', 'Initech Software', 'Initech', {
    weight: 0.8,
    medianResponseMinutes: 120,
    staffing: OFFICE,
  }),
  account('UmbrellaCares', 'x', 'Umbrella Foods', 'Umbrella Foods Cares', {
    weight: 2.5,
    medianResponseMinutes: 45,
  }),
  account('umbrella.foods', 'facebook', 'Umbrella Foods', 'Umbrella Foods', {
    weight: 1.5,
    medianResponseMinutes: 60,
  }),
  account('AcmeNews', 'x', 'Acme Telecom', 'Acme Telecom News', { role: 'marketing', weight: 0 }),
];

const AGENT_NAMES: Readonly<Record<string, readonly string[]>> = {
  'Acme Telecom': ['Sandra Paredes', 'Tom Becker', 'Aisha Khan', 'Luca Rossi', 'Mei Chen', 'Jonas Weber'],
  'Northwind Air': ['Fatima Zahra', 'Carlos Mendes', 'Emily Carter', 'Kenji Sato'],
  'Globex Bank': ['Olga Ivanova', 'Priya Nair', 'Noah Williams', 'Chloé Martin'],
  'Initech Software': ['Diego Alvarez', 'Hannah Schmidt', 'Samuel Okafor'],
  'Umbrella Foods': ['Laura Gómez', 'Ravi Patel', 'Sofia Lindqvist'],
};

/** The named agents of the sample data, by brand. @internal */
export const SAMPLE_AGENTS: readonly SampleAgent[] = Object.entries(AGENT_NAMES).flatMap(([brand, names]) =>
  names.map((name) => ({
    id: name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z]+/g, '-'),
    name,
    initials: name
      .split(' ')
      .map((part) => part[0])
      .join(''),
    brand,
    accountIds: SAMPLE_ACCOUNTS.filter((p) => p.brand === brand && p.account.role === 'care').map(
      (p) => p.account.id,
    ),
  })),
);

/** A reason for contact, with its texts. @internal */
export interface SampleTopic {
  readonly tag: string;
  readonly priority: Priority;
  /** Multiplies the response time (urgent cases are answered sooner). */
  readonly speed: number;
  readonly openings: readonly string[];
  readonly followUps: readonly string[];
  readonly answers: readonly string[];
}

/** Reasons for contact. @internal */
export const SAMPLE_TOPICS: readonly SampleTopic[] = [
  {
    tag: 'billing',
    priority: 'normal',
    speed: 1,
    openings: [
      'I was charged twice this month, can someone explain?',
      'why is my bill higher than last month??',
      'my direct debit failed but the money left my account',
      'still waiting for the refund you promised, it has been 2 weeks',
    ],
    followUps: [
      'the invoice number is on the PDF, sent it',
      'any update on this?',
      'ok, thanks. it shows now',
    ],
    answers: [
      'Sorry about that! Could you share the invoice number so we can check what happened?',
      'Thanks for waiting. The duplicate charge is reversed; it takes 3-5 working days to show.',
      'We have checked your account: the difference is the annual price change. Happy to explain the details.',
    ],
  },
  {
    tag: 'delivery',
    priority: 'normal',
    speed: 1.2,
    openings: [
      'my order was supposed to arrive yesterday, where is it?',
      'the tracking link has not updated in 4 days',
      'parcel marked delivered but nothing here',
    ],
    followUps: ['order number is in the confirmation mail', 'still nothing today', 'it arrived, thanks!'],
    answers: [
      "We're sorry your order is late. Can you tell us the order number? We'll chase it right away.",
      'Thanks! The courier confirms it is out for delivery today.',
      'We have opened an investigation with the courier and will update you within 48h.',
    ],
  },
  {
    tag: 'outage',
    priority: 'urgent',
    speed: 0.4,
    openings: [
      'no signal at all since this morning, is there an outage?',
      'internet down AGAIN. third time this week',
      'the app keeps crashing and I cannot log in',
    ],
    followUps: ['still down', 'postcode is the one on my account', 'back up now, thanks'],
    answers: [
      "We're aware of an issue in some areas and our engineers are on it. Which postcode are you in?",
      'Thanks. Service should be back within the hour; please restart your router once it is.',
      'Good news: the fix is live. Let us know if anything still looks wrong.',
    ],
  },
  {
    tag: 'account',
    priority: 'high',
    speed: 0.8,
    openings: [
      'I cannot reset my password, the email never arrives',
      'someone changed the email on my account, please help',
      'how do I close my account?',
    ],
    followUps: ['done, sent you a DM', 'tried again, nothing', 'that worked'],
    answers: [
      "We'd like to help with your account. Please send us a DM so we can verify a few details privately.",
      'Thanks for the details. We have secured the account; please set a new password from the link we sent.',
      'You can close the account in Settings > Account; we are here if you need a hand.',
    ],
  },
  {
    tag: 'complaint',
    priority: 'normal',
    speed: 1,
    openings: [
      'worst customer service ever, nobody answers the phone',
      'waited 40 minutes in the shop and left without help',
      'your staff were really rude today',
    ],
    followUps: ['not good enough tbh', 'ok I will DM', 'fine, thanks for listening'],
    answers: [
      "We're really sorry to hear this. Could you DM us what happened so we can put it right?",
      'That is not the experience we want for you. We have passed this on to the store manager.',
    ],
  },
  {
    tag: 'praise',
    priority: 'low',
    speed: 2,
    openings: ['thanks for sorting my issue so quickly yesterday!', 'great service in the shop today 👏'],
    followUps: ['👍'],
    answers: [
      "Thanks for the kind words! We'll pass them on to the team.",
      'Lovely to hear, have a great day!',
    ],
  },
];

/** Agent follow-ups that move a public case to private messages. @internal */
export const DM_REQUESTS: readonly string[] = [
  'Please send us a DM with your account details so we can look into this.',
  "We'd like to take a closer look: could you DM us your order number?",
];

/** Bot greetings for private channels. @internal */
export const BOT_GREETINGS: readonly string[] = [
  'Hi! Thanks for your message. An agent will be with you shortly.',
  'Thanks for contacting us. Our team usually answers within the hour.',
];

/** Marketing posts. @internal */
export const CAMPAIGN_POSTS: readonly string[] = [
  'Our new unlimited plan is here: more data, same price. Who is switching? 📱',
  'Tell us: what feature should we build next?',
  'Weekend offer! 20% off all accessories until Sunday.',
];

/** Customer replies to marketing posts. @internal */
export const CAMPAIGN_REPLIES: readonly string[] = [
  'does this apply to existing customers?',
  'fix my connection first please',
  'how do I upgrade?',
  'nice 🔥',
];
