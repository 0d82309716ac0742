// src/shared/errors.ts
var marker = /* @__PURE__ */ Symbol.for("socialcare.error");
var CareError = class extends Error {
  /** A stable, machine-readable code. */
  code;
  [marker] = true;
  constructor(code, message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "CareError";
    this.code = code;
  }
  /** True for any socialcare error, even one created by another copy of the package. */
  static isInstance(value) {
    return typeof value === "object" && value !== null && value[marker] === true;
  }
};
var CareValidationError = class extends CareError {
  /** Every problem found, with the path of the field. */
  issues;
  constructor(message, issues = [], options = {}) {
    super("VALIDATION_FAILED", message, options);
    this.name = "CareValidationError";
    this.issues = issues;
  }
};

// src/shared/duration.ts
var SECOND = 1e3;
var MINUTE = 60 * SECOND;
var HOUR = 60 * MINUTE;
var DAY = 24 * HOUR;
var WEEK = 7 * DAY;

// src/shared/instant.ts
function toInstant(value, field = "instant") {
  let ms;
  if (typeof value === "number") ms = value;
  else if (value instanceof Date) ms = value.getTime();
  else if (typeof value === "string") {
    if (!ISO_WITH_ZONE.test(value)) {
      throw new CareValidationError(
        `Invalid ${field}: "${value}" is not an ISO 8601 instant with a zone (e.g. 2024-03-10T07:00:00Z).`,
        [{ path: [field], message: "expected an ISO 8601 instant with Z or an offset" }]
      );
    }
    ms = Date.parse(value);
  } else {
    throw new CareValidationError(`Invalid ${field}: expected a Date, epoch milliseconds or an ISO string.`, [
      { path: [field], message: "expected Date | number | string" }
    ]);
  }
  if (!Number.isFinite(ms)) {
    throw new CareValidationError(`Invalid ${field}: ${String(value)} is not a valid instant.`, [
      { path: [field], message: "not a finite instant" }
    ]);
  }
  return Math.trunc(ms);
}
var ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

// src/testing/generate-sample-data.ts
import { z as z2 } from "zod";

// src/conversation/platform.ts
import { z } from "zod";
var PlatformSchema = z.enum([
  "x",
  "facebook",
  "instagram",
  "whatsapp",
  "bluesky",
  "mastodon",
  "email"
]);
var PLATFORMS = PlatformSchema.options;
var ChannelSchema = z.enum([...PlatformSchema.options, "phone"]);
var VisibilitySchema = z.enum(["public", "private"]);

// src/shared/validate.ts
function parseWithSchema(schema, input, what) {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.filter((part) => typeof part !== "symbol"),
    message: issue.message
  }));
  throw new CareValidationError(describeIssues(what, issues), issues, { cause: result.error });
}
function describeIssues(what, issues) {
  const first = issues[0];
  if (!first) return `Invalid ${what}.`;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? "s" : ""})` : "";
  return `Invalid ${what}: ${formatPath(first.path)}${first.message}${more}.`;
}
function formatPath(path) {
  if (path.length === 0) return "";
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  return `${out}: `;
}

// src/testing/sample-catalogue.ts
var ROUND_THE_CLOCK = { from: 0, to: 24, weekends: true };
var DAYTIME = { from: 7, to: 22, weekends: true };
var OFFICE = { from: 8, to: 20, weekends: false };
function account(id, platform, brand, displayName, extra = {}) {
  return {
    account: { id, platform, role: extra.role ?? "care", handle: id, displayName },
    brand,
    weight: extra.weight ?? 1,
    medianResponseMinutes: extra.medianResponseMinutes ?? 30,
    staffing: extra.staffing ?? DAYTIME,
    bot: extra.bot ?? false
  };
}
var SAMPLE_ACCOUNTS = [
  account("AcmeCare", "x", "Acme Telecom", "Acme Telecom Care", {
    weight: 5,
    medianResponseMinutes: 18,
    staffing: ROUND_THE_CLOCK
  }),
  account("acme.telecom", "facebook", "Acme Telecom", "Acme Telecom", { weight: 2, medianResponseMinutes: 40 }),
  account("acme-whatsapp", "whatsapp", "Acme Telecom", "Acme Telecom on WhatsApp", {
    weight: 2,
    medianResponseMinutes: 12,
    staffing: ROUND_THE_CLOCK,
    bot: true
  }),
  account("NorthwindHelp", "x", "Northwind Air", "Northwind Air Help", {
    weight: 4,
    medianResponseMinutes: 35,
    staffing: ROUND_THE_CLOCK
  }),
  account("northwind.air", "instagram", "Northwind Air", "Northwind Air", { weight: 1.5, medianResponseMinutes: 90 }),
  account("GlobexBankHelp", "x", "Globex Bank", "Globex Bank Help", {
    weight: 3,
    medianResponseMinutes: 55,
    staffing: OFFICE
  }),
  account("globex-whatsapp", "whatsapp", "Globex Bank", "Globex Bank on WhatsApp", {
    weight: 2,
    medianResponseMinutes: 25,
    staffing: OFFICE,
    bot: true
  }),
  account("InitechSupport", "x", "Initech Software", "Initech Support", { weight: 2, medianResponseMinutes: 70, staffing: OFFICE }),
  account("initech.bsky.social", "bluesky", "Initech Software", "Initech", { weight: 0.8, medianResponseMinutes: 120, staffing: OFFICE }),
  account("UmbrellaCares", "x", "Umbrella Foods", "Umbrella Foods Cares", { weight: 2.5, medianResponseMinutes: 45 }),
  account("umbrella.foods", "facebook", "Umbrella Foods", "Umbrella Foods", { weight: 1.5, medianResponseMinutes: 60 }),
  account("AcmeNews", "x", "Acme Telecom", "Acme Telecom News", { role: "marketing", weight: 0 })
];
var AGENT_NAMES = {
  "Acme Telecom": ["Sandra Paredes", "Tom Becker", "Aisha Khan", "Luca Rossi", "Mei Chen", "Jonas Weber"],
  "Northwind Air": ["Fatima Zahra", "Carlos Mendes", "Emily Carter", "Kenji Sato"],
  "Globex Bank": ["Olga Ivanova", "Priya Nair", "Noah Williams", "Chlo\xE9 Martin"],
  "Initech Software": ["Diego Alvarez", "Hannah Schmidt", "Samuel Okafor"],
  "Umbrella Foods": ["Laura G\xF3mez", "Ravi Patel", "Sofia Lindqvist"]
};
var SAMPLE_AGENTS = Object.entries(AGENT_NAMES).flatMap(
  ([brand, names]) => names.map((name) => ({
    id: name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z]+/g, "-"),
    name,
    initials: name.split(" ").map((part) => part[0]).join(""),
    brand,
    accountIds: SAMPLE_ACCOUNTS.filter((p) => p.brand === brand && p.account.role === "care").map((p) => p.account.id)
  }))
);
var SAMPLE_TOPICS = [
  {
    tag: "billing",
    priority: "normal",
    speed: 1,
    openings: [
      "I was charged twice this month, can someone explain?",
      "why is my bill higher than last month??",
      "my direct debit failed but the money left my account",
      "still waiting for the refund you promised, it has been 2 weeks"
    ],
    followUps: ["the invoice number is on the PDF, sent it", "any update on this?", "ok, thanks. it shows now"],
    answers: [
      "Sorry about that! Could you share the invoice number so we can check what happened?",
      "Thanks for waiting. The duplicate charge is reversed; it takes 3-5 working days to show.",
      "We have checked your account: the difference is the annual price change. Happy to explain the details."
    ]
  },
  {
    tag: "delivery",
    priority: "normal",
    speed: 1.2,
    openings: [
      "my order was supposed to arrive yesterday, where is it?",
      "the tracking link has not updated in 4 days",
      "parcel marked delivered but nothing here"
    ],
    followUps: ["order number is in the confirmation mail", "still nothing today", "it arrived, thanks!"],
    answers: [
      "We're sorry your order is late. Can you tell us the order number? We'll chase it right away.",
      "Thanks! The courier confirms it is out for delivery today.",
      "We have opened an investigation with the courier and will update you within 48h."
    ]
  },
  {
    tag: "outage",
    priority: "urgent",
    speed: 0.4,
    openings: [
      "no signal at all since this morning, is there an outage?",
      "internet down AGAIN. third time this week",
      "the app keeps crashing and I cannot log in"
    ],
    followUps: ["still down", "postcode is the one on my account", "back up now, thanks"],
    answers: [
      "We're aware of an issue in some areas and our engineers are on it. Which postcode are you in?",
      "Thanks. Service should be back within the hour; please restart your router once it is.",
      "Good news: the fix is live. Let us know if anything still looks wrong."
    ]
  },
  {
    tag: "account",
    priority: "high",
    speed: 0.8,
    openings: [
      "I cannot reset my password, the email never arrives",
      "someone changed the email on my account, please help",
      "how do I close my account?"
    ],
    followUps: ["done, sent you a DM", "tried again, nothing", "that worked"],
    answers: [
      "We'd like to help with your account. Please send us a DM so we can verify a few details privately.",
      "Thanks for the details. We have secured the account; please set a new password from the link we sent.",
      "You can close the account in Settings > Account; we are here if you need a hand."
    ]
  },
  {
    tag: "complaint",
    priority: "normal",
    speed: 1,
    openings: [
      "worst customer service ever, nobody answers the phone",
      "waited 40 minutes in the shop and left without help",
      "your staff were really rude today"
    ],
    followUps: ["not good enough tbh", "ok I will DM", "fine, thanks for listening"],
    answers: [
      "We're really sorry to hear this. Could you DM us what happened so we can put it right?",
      "That is not the experience we want for you. We have passed this on to the store manager."
    ]
  },
  {
    tag: "praise",
    priority: "low",
    speed: 2,
    openings: ["thanks for sorting my issue so quickly yesterday!", "great service in the shop today \u{1F44F}"],
    followUps: ["\u{1F44D}"],
    answers: ["Thanks for the kind words! We'll pass them on to the team.", "Lovely to hear, have a great day!"]
  }
];
var DM_REQUESTS = [
  "Please send us a DM with your account details so we can look into this.",
  "We'd like to take a closer look: could you DM us your order number?"
];
var BOT_GREETINGS = [
  "Hi! Thanks for your message. An agent will be with you shortly.",
  "Thanks for contacting us. Our team usually answers within the hour."
];
var CAMPAIGN_POSTS = [
  "Our new unlimited plan is here: more data, same price. Who is switching? \u{1F4F1}",
  "Tell us: what feature should we build next?",
  "Weekend offer! 20% off all accessories until Sunday."
];
var CAMPAIGN_REPLIES = [
  "does this apply to existing customers?",
  "fix my connection first please",
  "how do I upgrade?",
  "nice \u{1F525}"
];

// src/conversation/ordering.ts
var DIGITS = /^\d+$/;
function compareIds(a, b) {
  if (a === b) return 0;
  const aNumeric = DIGITS.test(a);
  const bNumeric = DIGITS.test(b);
  if (aNumeric && bNumeric) {
    const aTrim = a.replace(/^0+(?=\d)/, "");
    const bTrim = b.replace(/^0+(?=\d)/, "");
    if (aTrim.length !== bTrim.length) return aTrim.length - bTrim.length;
    return aTrim < bTrim ? -1 : aTrim > bTrim ? 1 : a < b ? -1 : 1;
  }
  if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
  return a < b ? -1 : 1;
}
function compareMessages(a, b) {
  return a.createdAt - b.createdAt || compareIds(a.id, b.id);
}
function compareEvents(a, b) {
  return a.at - b.at || compareIds(a.id, b.id);
}

// src/testing/seeded-random.ts
function createSeededRandom(seed) {
  let state = (Math.trunc(seed) ^ 2654435769) >>> 0;
  const next = () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
  const normal = () => {
    const u = 1 - next();
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    normal,
    logNormal: (median, sigma) => median * Math.exp(sigma * normal()),
    exponential: (mean) => -mean * Math.log(1 - next())
  };
}

// src/testing/seasonality.ts
var HOUR_OF_WEEK_WEIGHTS = (() => {
  const byHour = [
    0.25,
    0.16,
    0.12,
    0.1,
    0.1,
    0.14,
    0.25,
    0.45,
    0.75,
    0.95,
    1,
    1,
    1.05,
    1,
    0.95,
    0.9,
    0.88,
    0.85,
    0.8,
    0.85,
    0.8,
    0.65,
    0.5,
    0.35
  ];
  const byDay = [1.15, 1.05, 1, 1, 0.95, 0.7, 0.65];
  const weights = [];
  for (const day of byDay) for (const hour of byHour) weights.push(day * hour);
  return weights;
})();
var MAX_HOUR_OF_WEEK_WEIGHT = Math.max(...HOUR_OF_WEEK_WEIGHTS);
var HOUR_MS = 36e5;
var MONDAY_OFFSET_HOURS = 3 * 24;
function hourOfWeek(at) {
  const hours = Math.floor(at / HOUR_MS) + MONDAY_OFFSET_HOURS;
  return (hours % 168 + 168) % 168;
}

// src/testing/sample-generator.ts
var ID_BASE = 1e12;
var CUSTOMER_BASE = 2e5;
var MEAN_WEIGHT = HOUR_OF_WEEK_WEIGHTS.reduce((a, b) => a + b, 0) / HOUR_OF_WEEK_WEIGHTS.length;
var RECENT_CUSTOMERS = 4096;
var SampleGenerator = class {
  random;
  settings;
  care;
  careWeights;
  marketing;
  agentsByBrand = /* @__PURE__ */ new Map();
  agentParties = /* @__PURE__ */ new Map();
  accountParties = /* @__PURE__ */ new Map();
  botParties = /* @__PURE__ */ new Map();
  recent = [];
  clock;
  messageCounter = 0;
  eventCounter = 0;
  customerCounter = 0;
  // The conversation being built.
  id = "";
  messages = [];
  events = [];
  status = "new";
  constructor(settings) {
    this.settings = settings;
    this.random = createSeededRandom(settings.seed);
    this.clock = settings.start;
    this.care = settings.accounts.filter((p) => p.account.role === "care" && p.weight > 0);
    this.marketing = settings.accounts.filter((p) => p.account.role === "marketing");
    this.careWeights = new Float64Array(this.care.length);
    let total = 0;
    this.care.forEach((p, i) => {
      total += p.weight;
      this.careWeights[i] = total;
    });
    for (const agent of settings.agents) {
      const list = this.agentsByBrand.get(agent.brand);
      if (list) list.push(agent);
      else this.agentsByBrand.set(agent.brand, [agent]);
    }
    for (const profile of settings.accounts) {
      const { id, displayName } = profile.account;
      this.accountParties.set(id, withName({ id, kind: "brand", handle: id }, displayName));
      this.botParties.set(id, { id: `${id}-bot`, kind: "bot", handle: id, displayName: `${displayName} assistant` });
    }
  }
  /** The next conversation. */
  next() {
    this.clock = this.nextArrival(this.clock);
    if (this.marketing.length > 0 && this.random.chance(this.settings.brandInitiatedRate)) {
      return this.campaign(this.clock);
    }
    return this.customerCase(this.clock);
  }
  // ---------------------------------------------------------------- arrivals and timing
  /** Next arrival of a non-homogeneous Poisson process following the hour-of-week weights (thinning). */
  nextArrival(from) {
    const meanGap = DAY / this.settings.conversationsPerDay;
    const peakGap = meanGap * MEAN_WEIGHT / MAX_HOUR_OF_WEEK_WEIGHT;
    let t = from;
    for (; ; ) {
      t += Math.max(1, Math.round(this.random.exponential(peakGap)));
      if (this.random.next() * MAX_HOUR_OF_WEEK_WEIGHT < HOUR_OF_WEEK_WEIGHTS[hourOfWeek(t)]) return t;
    }
  }
  staffed(profile, at) {
    const { from, to, weekends } = profile.staffing;
    if (from === 0 && to === 24 && weekends) return true;
    const how = hourOfWeek(at);
    if (!weekends && how >= 5 * 24) return false;
    const hour = how % 24;
    return hour >= from && hour < to;
  }
  /** The next instant at or after `at` when the account is staffed. */
  nextStaffed(profile, at) {
    if (this.staffed(profile, at)) return at;
    let t = Math.ceil(at / HOUR) * HOUR;
    for (let i = 0; i < 24 * 8 && !this.staffed(profile, t); i++) t += HOUR;
    return t + this.random.int(10 * MINUTE);
  }
  /** When the brand answers a customer message sent at `at`: log-normal delay, paused while unstaffed. */
  responseAt(profile, topic, at, later = 1) {
    const median = profile.medianResponseMinutes * MINUTE * topic.speed * later;
    const delay = Math.min(5 * DAY, Math.max(2e4, this.random.logNormal(median, 1.1)));
    const ready = this.nextStaffed(profile, at);
    let t = ready + Math.round(delay);
    if (!this.staffed(profile, t)) t = this.nextStaffed(profile, t) + Math.round(this.random.logNormal(median / 2, 0.8));
    return t;
  }
  /** When a customer writes back after `at`. */
  customerAt(at, median) {
    return at + Math.max(15e3, Math.round(this.random.logNormal(median, 1.3)));
  }
  // ---------------------------------------------------------------- building blocks
  pickCareAccount() {
    const total = this.careWeights[this.careWeights.length - 1];
    const target = this.random.next() * total;
    let i = 0;
    while (this.careWeights[i] <= target) i++;
    return this.care[i];
  }
  pickCustomer() {
    if (this.recent.length > 0 && this.random.chance(0.12)) return this.random.pick(this.recent);
    const id = String(CUSTOMER_BASE + this.customerCounter++);
    if (this.recent.length < RECENT_CUSTOMERS) this.recent.push(id);
    else this.recent[this.random.int(RECENT_CUSTOMERS)] = id;
    return id;
  }
  agentParty(agent, profile) {
    const key = `${agent.id}@${profile.account.id}`;
    let party = this.agentParties.get(key);
    if (!party) {
      party = { id: agent.id, kind: "agent", handle: profile.account.id, displayName: agent.name };
      this.agentParties.set(key, party);
    }
    return party;
  }
  begin() {
    this.messages = [];
    this.events = [];
    this.status = "new";
  }
  nextMessageId() {
    return String(ID_BASE + this.messageCounter++);
  }
  addMessage(id, direction, platform, visibility, author, text, at, mentions, accountId, inReplyTo, threadId) {
    const message = {
      id,
      platform,
      direction,
      visibility,
      author,
      text,
      createdAt: at,
      mentions,
      attachments: [],
      accountId
    };
    if (inReplyTo !== void 0) message.inReplyTo = inReplyTo;
    if (threadId !== void 0) message.threadId = threadId;
    this.messages.push(message);
    if (this.settings.events) {
      this.events.push(
        direction === "inbound" ? { id, type: "message-received", at, conversationId: this.id, message } : { id, type: "message-sent", at, conversationId: this.id, message }
      );
    }
    return message;
  }
  eventId() {
    return `e${this.eventCounter++}`;
  }
  setStatus(status, at, by) {
    if (this.status === status) return;
    this.status = status;
    if (!this.settings.events) return;
    this.events.push(
      by === void 0 ? { id: this.eventId(), type: "conversation-status-changed", at, conversationId: this.id, status } : { id: this.eventId(), type: "conversation-status-changed", at, conversationId: this.id, status, by }
    );
  }
  assign(agent, at) {
    if (!this.settings.events) return;
    this.events.push({
      id: this.eventId(),
      type: "conversation-assigned",
      at,
      conversationId: this.id,
      agentId: agent.id,
      agentName: agent.name
    });
  }
  finish(accountId, platform, origin, customerId, answered, movedToPrivate) {
    const messages = this.messages;
    if (!isSorted(messages, compareMessages)) messages.sort(compareMessages);
    const events = this.events;
    if (!isSorted(events, compareEvents)) events.sort(compareEvents);
    return { id: this.id, accountId, platform, origin, customerId, answered, movedToPrivate, messages, events };
  }
  // ---------------------------------------------------------------- a customer's case
  customerCase(start) {
    const random = this.random;
    const profile = this.pickCareAccount();
    const account2 = profile.account;
    const platform = account2.platform;
    const isPublicPlatform = platform === "x" || platform === "bluesky" || platform === "mastodon";
    const startsPrivate = platform === "whatsapp" || !isPublicPlatform && random.chance(0.7) || random.chance(0.08);
    const customerId = this.pickCustomer();
    const customer = { id: customerId, kind: "customer" };
    const topic = random.pick(SAMPLE_TOPICS);
    const agents = this.agentsByBrand.get(profile.brand) ?? [];
    const handle = account2.handle ?? account2.id;
    const threadId = `${account2.id}:${customerId}`;
    let visibility = startsPrivate ? "private" : "public";
    let movedToPrivate = false;
    this.begin();
    const rootId = this.nextMessageId();
    this.id = `${platform}:${rootId}`;
    const inbound = (text, at, replyTo, id = this.nextMessageId()) => visibility === "public" ? this.addMessage(id, "inbound", platform, "public", customer, `@${handle} ${text}`, at, [handle], account2.id, replyTo, void 0) : this.addMessage(id, "inbound", platform, "private", customer, text, at, [], account2.id, void 0, threadId);
    const outbound = (author, signature2, text, at, replyTo) => visibility === "public" ? this.addMessage(
      this.nextMessageId(),
      "outbound",
      platform,
      "public",
      author,
      `@${customerId} ${text}${signature2}`,
      at,
      [customerId],
      account2.id,
      replyTo,
      void 0
    ) : this.addMessage(this.nextMessageId(), "outbound", platform, "private", author, `${text}${signature2}`, at, [], account2.id, void 0, threadId);
    const opening = random.chance(5e-3) ? `${random.pick(topic.openings)}\r\rplease help` : random.pick(topic.openings);
    let last = inbound(opening, start, void 0, rootId);
    let lastCustomer = last;
    let t = start;
    if (random.chance(0.18)) {
      t = this.customerAt(t, 2 * MINUTE);
      last = lastCustomer = inbound(random.pick(topic.followUps), t, last.id);
    }
    if (visibility === "private" && profile.bot) {
      this.addMessage(
        this.nextMessageId(),
        "outbound",
        platform,
        "private",
        this.botParties.get(account2.id),
        random.pick(BOT_GREETINGS),
        start + 1e3 + random.int(2e3),
        [],
        account2.id,
        void 0,
        threadId
      );
    }
    const unanswered = agents.length === 0 || random.chance(this.settings.unansweredRate);
    if (unanswered) {
      if (random.chance(0.3)) inbound("hello?? anyone there?", this.customerAt(t, 6 * HOUR), last.id);
      return this.finish(account2.id, platform, "customer", customerId, false, false);
    }
    let agent = random.pick(agents);
    let party = this.agentParty(agent, profile);
    let signature = visibility === "public" ? ` ^${agent.initials}` : `
${agent.name.split(" ")[0]}`;
    let replyAt = this.responseAt(profile, topic, lastCustomer.createdAt);
    const pickedAt = Math.max(t + 1e3, replyAt - Math.min(5 * MINUTE, Math.round((replyAt - t) / 3)));
    this.assign(agent, pickedAt);
    this.setStatus("open", pickedAt, agent.id);
    if (this.settings.events) {
      this.events.push({ id: this.eventId(), type: "conversation-tagged", at: pickedAt, conversationId: this.id, added: [topic.tag], removed: [] });
      if (topic.priority !== "normal") {
        this.events.push({ id: this.eventId(), type: "conversation-prioritized", at: pickedAt, conversationId: this.id, priority: topic.priority });
      }
    }
    let turns = 0;
    let resolvedAt;
    for (; ; ) {
      turns++;
      const moveNow = turns === 1 && visibility === "public" && random.chance(this.settings.movedToPrivateRate);
      const reply = outbound(party, signature, moveNow ? random.pick(DM_REQUESTS) : random.pick(topic.answers), replyAt, lastCustomer.id);
      last = reply;
      t = replyAt;
      if (this.settings.events && random.chance(0.01)) {
        this.events.push({ id: this.eventId(), type: "message-edited", at: t + 6e4 + random.int(6e4), conversationId: this.id, messageId: reply.id, text: `${reply.text} (edited)` });
      }
      if (moveNow) {
        t = this.customerAt(t, 6 * MINUTE);
        visibility = "private";
        movedToPrivate = true;
        signature = `
${agent.name.split(" ")[0]}`;
        const firstPrivateId = this.nextMessageId();
        if (this.settings.events) {
          this.events.push({
            id: this.eventId(),
            type: "conversation-linked",
            at: t,
            conversationId: this.id,
            kind: "public-to-private",
            target: { channel: platform, visibility: "private", conversationId: `${platform}:${firstPrivateId}` },
            reason: "account details"
          });
        }
        this.setStatus("open", t);
        last = lastCustomer = inbound(random.pick(topic.followUps), t, void 0, firstPrivateId);
        replyAt = this.responseAt(profile, topic, t, 0.5);
        continue;
      }
      const asks = random.chance(0.5);
      if (asks) this.setStatus("pending-customer", t, agent.id);
      const continues = random.chance(turns === 1 ? 0.42 : 0.3);
      if (!continues) break;
      t = this.customerAt(t, asks ? 25 * MINUTE : 40 * MINUTE);
      this.setStatus("open", t);
      last = lastCustomer = inbound(random.pick(topic.followUps), t, last.id);
      if (random.chance(0.12)) {
        t = this.customerAt(t, 9e4);
        last = lastCustomer = inbound(random.pick(topic.followUps), t, last.id);
      }
      if (this.settings.events && random.chance(4e-3)) {
        this.events.push({ id: this.eventId(), type: "message-deleted", at: t + 3e4, conversationId: this.id, messageId: lastCustomer.id, by: "customer" });
      }
      if (random.chance(0.04)) break;
      if (agents.length > 1 && random.chance(0.08)) {
        this.setStatus("pending-internal", t + 6e4, agent.id);
        let next = random.pick(agents);
        while (next === agent) next = random.pick(agents);
        agent = next;
        party = this.agentParty(agent, profile);
        if (visibility === "public") signature = ` ^${agent.initials}`;
        else signature = `
${agent.name.split(" ")[0]}`;
        replyAt = this.responseAt(profile, topic, t, 1.5);
        this.assign(agent, replyAt - 6e4);
        this.setStatus("open", replyAt - 6e4, agent.id);
        if (this.settings.events) {
          this.events.push({ id: this.eventId(), type: "conversation-tagged", at: replyAt - 6e4, conversationId: this.id, added: ["escalated"], removed: [] });
        }
      } else {
        replyAt = this.responseAt(profile, topic, t, 0.6);
      }
      if (turns > 12) break;
    }
    if (random.chance(0.82)) {
      resolvedAt = t + Math.round(random.logNormal(20 * MINUTE, 1));
      this.setStatus("resolved", resolvedAt, agent.id);
      if (random.chance(0.06)) {
        const back = this.customerAt(resolvedAt, 3 * HOUR);
        this.setStatus("open", back);
        lastCustomer = inbound("actually, this is happening again", back, visibility === "public" ? last.id : void 0);
        const again = this.responseAt(profile, topic, back, 0.7);
        last = outbound(party, signature, random.pick(topic.answers), again, lastCustomer.id);
        resolvedAt = again + Math.round(random.logNormal(30 * MINUTE, 1));
        this.setStatus("resolved", resolvedAt, agent.id);
      }
      if (this.settings.events) {
        const firstReply = this.messages.find((m) => m.direction === "outbound" && m.author.kind !== "bot");
        const waited = firstReply ? firstReply.createdAt - start : DAY;
        if (random.chance(0.3)) {
          const base = waited < 30 * MINUTE ? 5 : waited < 2 * HOUR ? 4 : waited < 8 * HOUR ? 3 : 2;
          const score = Math.min(5, Math.max(1, base + (random.chance(0.3) ? random.chance(0.5) ? 1 : -1 : 0)));
          this.events.push({ id: this.eventId(), type: "survey-answered", at: resolvedAt + Math.round(random.logNormal(HOUR, 1)), conversationId: this.id, survey: "csat", score });
        } else if (random.chance(0.1)) {
          const score = Math.min(10, Math.max(0, (waited < HOUR ? 9 : waited < 6 * HOUR ? 7 : 4) + random.int(3) - 1));
          this.events.push({ id: this.eventId(), type: "survey-answered", at: resolvedAt + Math.round(random.logNormal(2 * HOUR, 1)), conversationId: this.id, survey: "nps", score });
        }
      }
      if (random.chance(0.3)) this.setStatus("closed", resolvedAt + 3 * DAY);
    }
    return this.finish(account2.id, platform, "customer", customerId, true, movedToPrivate);
  }
  // ---------------------------------------------------------------- a campaign post customers answer
  campaign(start) {
    const random = this.random;
    const profile = random.pick(this.marketing);
    const account2 = profile.account;
    const platform = account2.platform;
    this.begin();
    const postId = this.nextMessageId();
    this.id = `${platform}:${postId}`;
    this.addMessage(postId, "outbound", platform, "public", this.accountParties.get(account2.id), random.pick(CAMPAIGN_POSTS), start, [], account2.id, void 0, void 0);
    const care = this.care.find((p) => p.brand === profile.brand && p.account.platform === platform);
    const agents = this.agentsByBrand.get(profile.brand) ?? [];
    const replies = 1 + random.int(3);
    let firstCustomer = "";
    let answered = false;
    let t = start;
    for (let i = 0; i < replies; i++) {
      t = this.customerAt(t, 20 * MINUTE);
      const customerId = this.pickCustomer();
      firstCustomer ||= customerId;
      const reply = this.addMessage(this.nextMessageId(), "inbound", platform, "public", { id: customerId, kind: "customer" }, `@${account2.id} ${random.pick(CAMPAIGN_REPLIES)}`, t, [account2.id], account2.id, postId, void 0);
      if (care && agents.length > 0 && random.chance(0.5)) {
        const agent = random.pick(agents);
        const at = this.responseAt(care, SAMPLE_TOPICS[0], t, 1.5);
        this.addMessage(this.nextMessageId(), "outbound", platform, "public", this.agentParty(agent, care), `@${customerId} Thanks for asking! Check your DMs for the details. ^${agent.initials}`, at, [customerId], care.account.id, reply.id, void 0);
        answered = true;
      }
    }
    return this.finish(account2.id, platform, "brand", firstCustomer, answered, false);
  }
};
function withName(party, displayName) {
  return displayName === void 0 ? party : { ...party, displayName };
}
function isSorted(items, compare) {
  for (let i = 1; i < items.length; i++) if (compare(items[i - 1], items[i]) > 0) return false;
  return true;
}

// src/testing/generate-sample-data.ts
var SampleDataOptionsSchema = z2.object({
  /** The seed: the same seed and options always give the same data. Default 1. */
  seed: z2.number().int().default(1),
  /** How many conversations. Default 1,000. */
  conversations: z2.number().int().min(0).default(1e3),
  /** When the first conversation may start (the arrivals follow). Default 2024-03-04T00:00:00Z, a Monday. */
  start: z2.union([z2.number(), z2.string(), z2.date()]).default("2024-03-04T00:00:00Z"),
  /**
   * Average number of new conversations per day (hour-of-week seasonality shapes them).
   * Default: the conversations spread over about four weeks (at least 50 a day).
   */
  conversationsPerDay: z2.number().positive().optional(),
  /** Keep only the accounts on these platforms. Default: every platform of the sample brands. */
  platforms: z2.array(PlatformSchema).min(1).optional(),
  /** Share of customer cases nobody answers. Default 0.07. */
  unansweredRate: z2.number().min(0).max(1).default(0.07),
  /** Share of public cases the agent moves to private messages. Default 0.18. */
  movedToPrivateRate: z2.number().min(0).max(1).default(0.18),
  /** Share of conversations that are customers answering a marketing post. Default 0.03. */
  brandInitiatedRate: z2.number().min(0).max(1).default(0.03),
  /** Build the event logs (statuses, assignments, tags, surveys...). `false` is faster: messages only. Default true. */
  events: z2.boolean().default(true)
});
function generateSampleData(options = {}) {
  const { settings, count } = resolveSettings(options);
  const generator = new SampleGenerator(settings);
  const conversations = new Array(count);
  const messages = [];
  const events = [];
  for (let i = 0; i < count; i++) {
    const conversation = generator.next();
    conversations[i] = conversation;
    for (const message of conversation.messages) messages.push(message);
    for (const event of conversation.events) events.push(event);
  }
  return {
    accounts: settings.accounts.map((p) => p.account),
    agents: settings.agents,
    conversations,
    messages,
    events
  };
}
function resolveSettings(options) {
  const parsed = parseWithSchema(SampleDataOptionsSchema, options, "sample data options");
  const platforms = parsed.platforms === void 0 ? void 0 : new Set(parsed.platforms);
  const accounts = SAMPLE_ACCOUNTS.filter((p) => platforms === void 0 || platforms.has(p.account.platform));
  const accountIds = new Set(accounts.map((p) => p.account.id));
  const agents = SAMPLE_AGENTS.filter((agent) => agent.accountIds.some((id) => accountIds.has(id))).map((agent) => ({
    ...agent,
    accountIds: agent.accountIds.filter((id) => accountIds.has(id))
  }));
  if (!accounts.some((p) => p.account.role === "care")) {
    throw new CareValidationError(
      `Invalid sample data options: platforms: no sample care account on ${parsed.platforms?.join(", ")}; use some of x, facebook, instagram, whatsapp, bluesky.`,
      [{ path: ["platforms"], message: "no sample care account on these platforms" }]
    );
  }
  return {
    count: parsed.conversations,
    settings: {
      seed: parsed.seed,
      start: toInstant(parsed.start, "start"),
      conversationsPerDay: parsed.conversationsPerDay ?? Math.max(50, parsed.conversations / 28),
      accounts,
      agents,
      unansweredRate: parsed.unansweredRate,
      movedToPrivateRate: parsed.movedToPrivateRate,
      brandInitiatedRate: parsed.brandInitiatedRate,
      events: parsed.events
    }
  };
}

// src/conversation/conversation-builder.ts
var ConversationBuilder = class _ConversationBuilder {
  id;
  status = "new";
  statusHistory = [];
  messages = /* @__PURE__ */ new Map();
  assignee = void 0;
  assignments = [];
  tags = /* @__PURE__ */ new Set();
  priority = void 0;
  links = [];
  surveys = [];
  events = [];
  pending = /* @__PURE__ */ new Map();
  createdAt = Number.POSITIVE_INFINITY;
  updatedAt = Number.NEGATIVE_INFINITY;
  constructor(id) {
    this.id = id;
  }
  /** Starts from an existing state (the arrays are copied, the entries shared). */
  static from(state) {
    const builder = new _ConversationBuilder(state.id);
    builder.status = state.status;
    for (const period of state.statusHistory) builder.statusHistory.push({ ...period });
    for (const message of state.messages) builder.messages.set(message.id, message);
    builder.assignee = state.assignee;
    builder.assignments.push(...state.assignments);
    for (const tag of state.tags) builder.tags.add(tag);
    builder.priority = state.priority;
    builder.links.push(...state.links);
    builder.surveys.push(...state.surveys);
    builder.events.push(...state.events);
    for (const event of state.unresolved) builder.hold(event);
    builder.createdAt = state.createdAt;
    builder.updatedAt = state.updatedAt;
    return builder;
  }
  /** Applies one event, which must not sort before any event already applied. */
  apply(event) {
    this.events.push(event);
    if (event.at < this.createdAt) this.createdAt = event.at;
    if (event.at > this.updatedAt) this.updatedAt = event.at;
    switch (event.type) {
      case "message-received":
      case "message-sent": {
        const existing = this.messages.get(event.message.id);
        if (existing) return;
        this.messages.set(event.message.id, { ...event.message, revisions: [], reactions: [] });
        const waiting = this.pending.get(event.message.id);
        if (waiting) {
          this.pending.delete(event.message.id);
          for (const held of waiting) this.applyToMessage(held);
        }
        return;
      }
      case "message-edited":
      case "message-deleted":
      case "message-failed":
      case "message-delivered":
      case "message-reacted":
        if (this.messages.has(event.messageId)) this.applyToMessage(event);
        else this.hold(event);
        return;
      case "conversation-status-changed":
        this.setStatus(event.status, event.at);
        return;
      case "conversation-assigned":
        this.assignments.push(
          event.agentName === void 0 ? { agentId: event.agentId, at: event.at } : { agentId: event.agentId, agentName: event.agentName, at: event.at }
        );
        this.assignee = event.agentId === null ? void 0 : event.agentName === void 0 ? { agentId: event.agentId } : { agentId: event.agentId, agentName: event.agentName };
        return;
      case "conversation-tagged":
        for (const tag of event.added) this.tags.add(tag);
        for (const tag of event.removed) this.tags.delete(tag);
        return;
      case "conversation-prioritized":
        this.priority = event.priority;
        return;
      case "conversation-linked":
        this.links.push(
          withoutUndefined({ kind: event.kind, at: event.at, ...event.target, reason: event.reason })
        );
        return;
      case "survey-answered":
        this.surveys.push(
          withoutUndefined({
            survey: event.survey,
            score: event.score,
            at: event.at,
            comment: event.comment
          })
        );
        return;
    }
  }
  hold(event) {
    const list = this.pending.get(event.messageId);
    if (list) list.push(event);
    else this.pending.set(event.messageId, [event]);
  }
  setStatus(status, at) {
    const last = this.statusHistory[this.statusHistory.length - 1];
    if (last && last.status === status) return;
    if (last) last.to = at;
    this.statusHistory.push({ status, from: at });
    this.status = status;
  }
  applyToMessage(event) {
    const message = this.messages.get(event.messageId);
    if (!message) return;
    let next;
    switch (event.type) {
      case "message-edited":
        if (event.text === message.text) return;
        next = {
          ...message,
          text: event.text,
          revisions: [...message.revisions, { text: message.text, editedAt: event.at, eventId: event.id }]
        };
        break;
      case "message-deleted":
        if (message.deletedAt !== void 0) return;
        next = event.by === void 0 ? { ...message, deletedAt: event.at } : { ...message, deletedAt: event.at, deletedBy: event.by };
        break;
      case "message-failed":
        next = {
          ...message,
          delivery: "failed",
          failure: event.reason === void 0 ? { code: event.code } : { code: event.code, reason: event.reason }
        };
        break;
      case "message-delivered":
        if (message.delivery === "failed" || message.delivery === "read") return;
        next = { ...message, delivery: event.status };
        break;
      case "message-reacted": {
        const others = message.reactions.filter(
          (r) => !(r.by.id === event.by.id && r.reaction === event.reaction)
        );
        next = {
          ...message,
          reactions: event.removed ? others : [...others, { reaction: event.reaction, by: event.by, at: event.at }]
        };
        break;
      }
    }
    this.messages.set(message.id, next);
  }
  /** The plain state. */
  finish() {
    const messages = [...this.messages.values()];
    if (!isSorted2(messages)) messages.sort(compareMessages);
    const statusHistory = this.statusHistory.length > 0 && (this.statusHistory[0]?.from ?? 0) <= this.createdAt ? this.statusHistory : [
      {
        status: "new",
        from: this.createdAt,
        ...this.statusHistory[0] ? { to: this.statusHistory[0].from } : {}
      },
      ...this.statusHistory
    ];
    const unresolved = [];
    for (const list of this.pending.values()) unresolved.push(...list);
    let firstOutbound;
    let firstInbound;
    for (const message of messages) {
      if (message.accountId === void 0) continue;
      if (message.direction === "outbound") {
        firstOutbound = message.accountId;
        break;
      }
      firstInbound ??= message.accountId;
    }
    return {
      id: this.id,
      platform: messages[0]?.platform,
      accountId: firstOutbound ?? firstInbound,
      status: this.status,
      statusHistory,
      messages,
      assignee: this.assignee,
      assignments: this.assignments,
      tags: [...this.tags],
      priority: this.priority,
      links: this.links,
      surveys: this.surveys,
      createdAt: this.createdAt,
      updatedAt: this.updatedAt,
      events: this.events,
      unresolved
    };
  }
};
function isSorted2(messages) {
  for (let i = 1; i < messages.length; i++) {
    if (compareMessages(messages[i - 1], messages[i]) > 0) return false;
  }
  return true;
}
function withoutUndefined(value) {
  const out = {};
  for (const [key, entry] of Object.entries(value)) if (entry !== void 0) out[key] = entry;
  return out;
}

// src/conversation/fold.ts
function foldConversation(events) {
  const first = events[0];
  if (!first) {
    throw new CareValidationError("Cannot fold an empty event log: pass at least one event.", [
      { path: ["events"], message: "expected at least one event" }
    ]);
  }
  const id = first.conversationId;
  let sorted = true;
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (event.conversationId !== id) throw mixedConversations(id, event, i);
    if (i > 0 && compareEvents(events[i - 1], event) > 0) sorted = false;
  }
  const ordered = sorted ? events : [...events].sort(compareEvents);
  const builder = new ConversationBuilder(id);
  const seen = /* @__PURE__ */ new Set();
  for (const event of ordered) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    builder.apply(event);
  }
  return builder.finish();
}
function mixedConversations(expected, event, index) {
  return new CareValidationError(
    `Event "${event.id}" belongs to conversation "${event.conversationId}", not "${expected}": fold each conversation's events separately.`,
    [{ path: ["events", index, "conversationId"], message: `expected "${expected}"` }]
  );
}

// src/conversation/thread-messages.ts
function threadMessages(messages, options = {}) {
  const gap = options.privateGapMs ?? DAY;
  const linkWindow = options.linkWindowMs ?? DAY;
  const byId = /* @__PURE__ */ new Map();
  const privates = [];
  for (const message of messages) {
    const key = `${message.platform}:${message.id}`;
    if (byId.has(key)) continue;
    byId.set(key, message);
    if (message.visibility === "private") privates.push(message);
  }
  const groups = [];
  const publicGroups = /* @__PURE__ */ new Map();
  const rootOf = /* @__PURE__ */ new Map();
  const path = [];
  for (const [key, message] of byId) {
    if (message.visibility !== "public") continue;
    let root = rootOf.get(key);
    if (root === void 0) {
      let current = message;
      let currentKey = key;
      path.length = 0;
      for (; ; ) {
        const known = rootOf.get(currentKey);
        if (known !== void 0) {
          root = known;
          break;
        }
        path.push(currentKey);
        const parentKey = current.inReplyTo === void 0 ? void 0 : `${current.platform}:${current.inReplyTo}`;
        const parent = parentKey === void 0 ? void 0 : byId.get(parentKey);
        if (parent?.visibility !== "public" || path.length > byId.size) {
          root = currentKey;
          break;
        }
        current = parent;
        currentKey = parentKey;
      }
      for (const visited of path) rootOf.set(visited, root);
    }
    let group = publicGroups.get(root);
    if (!group) {
      group = {
        key: root,
        platform: message.platform,
        messages: [],
        customerId: void 0,
        accountId: void 0,
        linked: void 0,
        merged: false
      };
      publicGroups.set(root, group);
      groups.push(group);
    }
    group.messages.push(message);
  }
  const privateGroups = splitPrivateThreads(privates, gap);
  for (const group of groups) describeParties(group);
  for (const group of privateGroups) describeParties(group);
  if (options.linkPrivateToPublic !== false && privateGroups.length > 0) {
    linkPrivateParts(groups, privateGroups, linkWindow);
  }
  for (const group of privateGroups) if (!group.merged) groups.push(group);
  const conversations = [];
  for (const group of groups) conversations.push(buildConversation(group));
  conversations.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return conversations;
}
function splitPrivateThreads(privates, gap) {
  privates.sort(compareMessages);
  const threadOf = /* @__PURE__ */ new Map();
  const open = /* @__PURE__ */ new Map();
  const groups = [];
  for (const message of privates) {
    let thread = message.threadId;
    if (thread === void 0 && message.inReplyTo !== void 0) {
      thread = threadOf.get(`${message.platform}:${message.inReplyTo}`);
    }
    thread ??= message.direction === "inbound" ? `customer:${message.author.id}` : `author:${message.author.id}`;
    const threadKey = `${message.platform}:${thread}`;
    threadOf.set(`${message.platform}:${message.id}`, thread);
    let group = open.get(threadKey);
    const last = group?.messages[group.messages.length - 1];
    if (!group || !last || message.createdAt - last.createdAt > gap) {
      group = {
        key: `${message.platform}:${message.id}`,
        platform: message.platform,
        messages: [],
        customerId: void 0,
        accountId: void 0,
        linked: void 0,
        merged: false
      };
      open.set(threadKey, group);
      groups.push(group);
    }
    group.messages.push(message);
  }
  return groups;
}
function describeParties(group) {
  for (const message of group.messages) {
    if (group.customerId === void 0 && message.direction === "inbound")
      group.customerId = message.author.id;
    if (group.accountId === void 0 && message.direction === "outbound" && message.accountId !== void 0) {
      group.accountId = message.accountId;
    }
  }
  if (group.accountId === void 0) {
    for (const message of group.messages) {
      if (message.accountId !== void 0) {
        group.accountId = message.accountId;
        break;
      }
    }
  }
}
function linkPrivateParts(publicGroups, privateGroups, window) {
  const latestPublic = /* @__PURE__ */ new Map();
  for (const group of publicGroups) {
    if (group.customerId === void 0 || group.accountId === void 0) continue;
    const key = `${group.platform}|${group.customerId}|${group.accountId}`;
    const list = latestPublic.get(key);
    if (list) list.push(group);
    else latestPublic.set(key, [group]);
  }
  for (const group of privateGroups) {
    if (group.customerId === void 0 || group.accountId === void 0) continue;
    const candidates = latestPublic.get(`${group.platform}|${group.customerId}|${group.accountId}`);
    if (!candidates) continue;
    const start = group.messages[0].createdAt;
    let best;
    let bestEnd = Number.NEGATIVE_INFINITY;
    for (const candidate of candidates) {
      const first = firstCreated(candidate);
      const end = lastCreated(candidate);
      if (first <= start && start - end <= window && end > bestEnd) {
        best = candidate;
        bestEnd = end;
      }
    }
    if (best) {
      if (best.linked) best.linked.push(group);
      else best.linked = [group];
      group.merged = true;
    }
  }
}
function firstCreated(group) {
  let min = Number.POSITIVE_INFINITY;
  for (const message of group.messages) if (message.createdAt < min) min = message.createdAt;
  return min;
}
function lastCreated(group) {
  let max = Number.NEGATIVE_INFINITY;
  for (const message of group.messages) if (message.createdAt > max) max = message.createdAt;
  return max;
}
function buildConversation(group) {
  const id = group.key;
  const events = [];
  for (const message of group.messages) events.push(messageEvent(id, message));
  for (const part of group.linked ?? []) {
    const first = part.messages[0];
    events.push({
      id: `link:${part.key}`,
      type: "conversation-linked",
      at: first.createdAt,
      conversationId: id,
      kind: "public-to-private",
      target: { channel: first.platform, visibility: "private", conversationId: part.key }
    });
    for (const message of part.messages) events.push(messageEvent(id, message));
  }
  events.sort(compareEvents);
  const builder = new ConversationBuilder(id);
  for (const event of events) builder.apply(event);
  return builder.finish();
}
function messageEvent(conversationId, message) {
  return message.direction === "inbound" ? { id: message.id, type: "message-received", at: message.createdAt, conversationId, message } : { id: message.id, type: "message-sent", at: message.createdAt, conversationId, message };
}

// .scratch-t10.ts
var s = generateSampleData({ seed: 1, conversations: 1e5 });
var cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};
var c0 = cpu();
threadMessages(s.messages);
console.log("thread cpu ms", (cpu() - c0).toFixed(0));
c0 = cpu();
for (const c of s.conversations) foldConversation(c.events);
console.log("fold cpu ms", (cpu() - c0).toFixed(0));
