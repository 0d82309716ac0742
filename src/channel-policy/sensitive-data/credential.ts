import type { SensitiveFinding } from './finding';

// Bounded quantifiers only: constant work per start position.
const SECRET =
  /\b(password|passwd|pass ?word|passcode|pwd|pw|pin(?:[ -]?(?:code|number|no\.?))?|cvv2?|cvc2?|csc|security code|verification code|one[- ]time (?:code|password|passcode)|otp|2fa code|auth(?:entication)? code|security answer|secret answer)(?:[ \t]{1,2}(?:is|was|=)[ \t]{1,2}(?:now[ \t]{1,2})?|[ \t]{0,2}[:=#][ \t]{0,2}|[ \t]{1,2}(?=\d))["'“‘]?([^\s"'”’]{3,64})/dgi;

const NUMERIC = /^(?:pin|cvv|cvc|csc|security code|verification code|one|otp|2fa|auth)/i;
const STOPWORDS = new Set(
  (
    'not no wrong incorrect invalid correct right the a an my your his her their our being still too expired locked ' +
    'reset changed working required needed case sensitive different same saved there this that it in on for and or ' +
    'to when what which weak strong fine ok okay good bad long short empty blank forgotten lost gone also never ' +
    'always just only again really very so now here because but all any been set sent asking asked stored encrypted ' +
    'protected secure safe unknown hidden private personal accepted rejected updated entered typed shown visible ' +
    'please link below above attached following requirements field box incorrectly'
  ).split(' '),
);

/**
 * Finds secrets given in the text: "my password is …", "PIN: 1234", "CVV 123", "the
 * verification code is 482913". The finding covers the secret itself, not the phrase.
 * @internal
 */
export function findCredentials(text: string): SensitiveFinding[] {
  const found: SensitiveFinding[] = [];
  for (const m of text.matchAll(SECRET)) {
    const span = m.indices?.[2];
    const keyword = m[1] ?? '';
    let value = m[2] ?? '';
    if (!span) continue;
    while (value.length > 0 && '.,;:)]}'.includes(value[value.length - 1] ?? '')) value = value.slice(0, -1);
    const start = span[0];
    const end = start + value.length;
    if (NUMERIC.test(keyword)) {
      if (!/^\d{3,8}$/.test(value)) continue;
      found.push({
        kind: 'credential',
        start,
        end,
        confidence: 0.9,
        label: keyword.toLowerCase().replace(/\s+/g, '-'),
      });
      continue;
    }
    if (value.length < 4 || /^[*•x.]+$/i.test(value)) continue;
    if (STOPWORDS.has(value.toLowerCase())) continue;
    if (/^(?:https?:|www\.|@|#)/i.test(value)) continue;
    const strong =
      /\d/.test(value) || /[^A-Za-z]/.test(value) || /[a-z].*[A-Z]|[A-Z].*[a-z]/.test(value.slice(1));
    found.push({ kind: 'credential', start, end, confidence: strong ? 0.92 : 0.75, label: 'password' });
  }
  return found;
}
