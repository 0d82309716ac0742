import { createTeam, formatReply } from 'socialcare/persona';
import { listSurfaceFacts } from 'socialcare/platforms';

/**
 * One agent reply formatted for every platform surface (greeting, mention, signature, length
 * budget): the persona table of `npm run demo`.
 */
export function personaDemo(): string[] {
  const team = createTeam([
    { id: 'a1', name: 'Sandra Paredes' },
    { id: 'a2', name: 'Sergio Pérez' },
  ]);
  const draft =
    'So sorry about the double charge! I have refunded the second payment; it shows on your statement in 3-5 business days. ' +
    'Details: https://acme.example/help/refunds. If it has not arrived by Friday, reply here and we will chase it with your bank. ' +
    'Thanks for your patience, and sorry again for the trouble. 🙏';
  const lines = [`${'surface'.padEnd(26)}${'length'.padStart(14)}${'parts'.padStart(7)}  first part`];
  for (const facts of listSurfaceFacts()) {
    const reply = formatReply({
      text: draft,
      agent: 'a2',
      team,
      platform: facts.platform,
      surface: facts.surface,
      customer: { name: 'Ana', handle: 'ana' },
      greeting: true,
      signature: 'always',
    });
    const limit = Number.isFinite(reply.limit) ? String(reply.limit) : '∞';
    const first = (reply.parts[0] ?? '').replaceAll('\n', ' ');
    const shown = first.length > 70 ? `${first.slice(0, 40)} … ${first.slice(-26)}` : first;
    lines.push(
      `${facts.name.padEnd(26)}${`${reply.length}/${limit}`.padStart(14)}${String(reply.parts.length).padStart(7)}  ${shown}`,
    );
  }
  return lines;
}
