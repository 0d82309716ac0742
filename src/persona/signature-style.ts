import type { TeamAgentIdentity } from './team-agent';

/**
 * How a team signs replies. The value shows the result for Sandra Paredes:
 * `'^SP'` (default), `'-SP'`, `'*SP'`, `'/SP'` (initials after a caret, dash, asterisk or slash)
 * or `'-Sandra'` (dash and first name). Anything else containing `{…}` is a template with the
 * variables `{initials}`, `{firstName}`, `{lastName}` and `{name}`, e.g. `'— {firstName} ({initials})'`.
 *
 * @example
 * ```ts
 * const style: SignatureStyle = '-Sandra';
 * const custom: SignatureStyle = '~{initials}';
 * ```
 */
export type SignatureStyle = '^SP' | '-SP' | '*SP' | '/SP' | '-Sandra' | (string & {});

/**
 * The built-in styles, in the order `parseSignature` tries them.
 *
 * @example
 * ```ts
 * signatureStyles.includes('-Sandra'); // true
 * ```
 */
export const signatureStyles: readonly SignatureStyle[] = Object.freeze([
  '^SP',
  '-SP',
  '*SP',
  '/SP',
  '-Sandra',
]);

/**
 * True when `style` is a built-in style or a template with at least one known variable.
 *
 * @example
 * ```ts
 * isSignatureStyle('^SP'); // true
 * isSignatureStyle('{firstName} from Acme'); // true
 * isSignatureStyle('SP'); // false
 * ```
 */
export function isSignatureStyle(style: unknown): style is SignatureStyle {
  if (typeof style !== 'string') return false;
  if ((signatureStyles as readonly string[]).includes(style)) return true;
  return (
    /\{(initials|firstName|lastName|name)\}/.test(style) &&
    !/\{(?!initials\}|firstName\}|lastName\}|name\})/.test(style)
  );
}

/** True when the style shows the first name rather than the initials. @internal */
export function styleUsesFirstName(style: SignatureStyle): boolean {
  return (
    style === '-Sandra' ||
    (!(signatureStyles as readonly string[]).includes(style) && style.includes('{firstName}'))
  );
}

/**
 * Renders an agent's signature in a style.
 *
 * @example
 * ```ts
 * renderSignature({ initials: 'SP', firstName: 'Sandra', lastName: 'Paredes', name: 'Sandra Paredes' }, '*SP'); // '*SP'
 * ```
 */
export function renderSignature(agent: TeamAgentIdentity, style: SignatureStyle): string {
  switch (style) {
    case '^SP':
    case '-SP':
    case '*SP':
    case '/SP':
      return `${style[0]}${agent.initials}`;
    case '-Sandra':
      return `-${agent.firstName.replace(/\s+/gu, ' ').trim()}`;
    default: {
      const filled = style
        .replace(
          /\{(initials|firstName|lastName|name)\}/g,
          (_all, field: keyof TeamAgentIdentity) => agent[field],
        )
        .replace(/\s+/gu, ' ')
        .trim();
      return filled === '' ? `^${agent.initials}` : filled;
    }
  }
}
