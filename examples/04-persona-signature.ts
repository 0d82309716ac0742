/**
 * Personas and signatures: a team with unique initials, one draft formatted for every platform
 * surface (greeting, mention, signature, length budget, threads), a Spanish out-of-hours reply, and
 * past replies attributed to agents from their signatures.
 *
 * Run: npx tsx examples/04-persona-signature.ts
 */

import { createTeam, createVoice, deriveInitials, formatReply, parseSignature } from 'socialcare/persona';
import { buildDeepLink, listSurfaceFacts } from 'socialcare/platforms';

// 1. Initials work across scripts; the team keeps them unique and stable.
for (const name of ['Sandra Paredes', 'Łukasz Żak', 'María de la Cruz', 'Jean-Luc Picard', '王小明']) {
  console.log(`${name.padEnd(18)} -> ${deriveInitials(name)}`);
}
const team = createTeam([
  { id: 'a1', name: 'Sandra Paredes' },
  { id: 'a2', name: 'Sergio Pérez' }, // SP is taken: gets SPÉ
  { id: 'a3', name: 'Lucía Castro', initials: 'LC' }, // explicit initials win
]);
console.log(team.agents.map((agent) => `${agent.name}: ${agent.signature}`).join(' | '));
const bigger = team.add({ id: 'a4', name: 'Sara Pinto' });
console.log(
  `after a4 joins, a1 still signs ${bigger.require('a1').signature}; a4 signs ${bigger.require('a4').signature}`,
);

// 2. One draft, every surface: never a part over the limit.
const draft =
  'Sorry for the wait! Your refund was approved today and should reach your card within 3-5 business days. ' +
  'You can follow it at https://acme.example/orders/48213/refund — and if it has not arrived by Friday, reply here and we will chase it with the bank. ' +
  'Thanks again for your patience while we looked into this, and sorry for the trouble. 💳';
for (const facts of listSurfaceFacts()) {
  const reply = formatReply({
    text: draft,
    agent: 'a1',
    team,
    platform: facts.platform,
    surface: facts.surface,
    customer: { name: 'Ana', handle: 'ana' },
    greeting: true,
    signature: 'always',
  });
  const codes = reply.warnings.map((warning) => warning.code).join(',') || '-';
  const limit = Number.isFinite(reply.limit) ? reply.limit : '∞';
  console.log(
    `\n${facts.name}: ${reply.length}/${limit} ${reply.unit}, ${reply.parts.length} part(s), warnings ${codes}`,
  );
  for (const part of reply.parts) console.log(`  > ${part.replaceAll('\n', '⏎')}`);
}

// 3. Brand voice in Spanish, with hours from a calendar's describe('es') and a WhatsApp deep link.
const voice = createVoice({ locale: 'es' });
console.log(`\n${voice.outOfHours({ customerName: 'Ana', hours: 'de lunes a viernes, de 9:00 a 18:00' })}`);
console.log(voice.dmInvitation({ deepLink: buildDeepLink('whatsapp', { recipient: '+34 600 123 456' }) }));

// 4. Attribute past replies from their signatures.
for (const text of [
  'Thanks for letting me know :) ^SPÉ',
  '@115712 Please send us a DM with your order number. ^LC https://t.co/abc',
  "I'm sorry that happened. -Becky",
  'Thanks for your patience.',
]) {
  const found = parseSignature(text, { team: bigger });
  console.log(
    `${text.padEnd(72)} => ${found ? `${found.signature} (${found.style}) agent ${found.agentId ?? '?'}` : 'no signature'}`,
  );
}
