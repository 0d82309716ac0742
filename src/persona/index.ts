/**
 * `socialcare/persona`: humanised replies. Unique agent initials (`deriveInitials`, `createTeam`),
 * signatures in the styles brands use (`^SP`, `-SP`, `*SP`, `/SP`, `-Sandra`, templates), replies
 * formatted to fit each platform surface (`formatReply`), brand voice templates in English and
 * Spanish (`createVoice`), and attribution of past replies from their signatures (`parseSignature`).
 *
 * @example
 * ```ts
 * import { createTeam, formatReply, parseSignature } from 'socialcare/persona';
 * const team = createTeam([{ id: 'a1', name: 'Sandra Paredes' }]);
 * const reply = formatReply({ text: 'Happy to help!', agent: 'a1', team, platform: 'x', surface: 'post', signature: 'always' });
 * reply.parts[0]; // 'Happy to help! ^SP'
 * parseSignature(reply.parts[0] ?? '', { team })?.agentId; // 'a1'
 * ```
 *
 * @module persona
 */
export { type CreateTeamOptions, createTeam, type Team } from './create-team';
export {
  createVoice,
  defaultVoiceTemplates,
  type Voice,
  type VoiceInput,
  type VoiceTemplateKind,
  type VoiceTemplates,
  type VoiceVariables,
  voiceTemplateKinds,
} from './create-voice';
export { type DeriveInitialsOptions, defaultNameParticles, deriveInitials } from './derive-initials';
export {
  type FormatReplyInput,
  type FormatReplyWarning,
  type FormatReplyWarningCode,
  type FormattedReply,
  formatReply,
  type ReplyCustomer,
  type SignatureMode,
} from './format-reply';
export {
  type ParsedSignature,
  type ParsedSignatureStyle,
  type ParseSignatureOptions,
  parseSignature,
  type SignaturePrefix,
} from './parse-signature';
export { renderTemplate, type TemplateVariables, templateVariables } from './render-template';
export { isSignatureStyle, renderSignature, type SignatureStyle, signatureStyles } from './signature-style';
export { type AgentInput, AgentInputSchema, type TeamAgent, type TeamAgentIdentity } from './team-agent';
