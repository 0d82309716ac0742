import { CareValidationError } from '../shared/errors';

/**
 * Variables a template may use; missing or empty values drop the optional section around them.
 *
 * @example
 * ```ts
 * const variables: TemplateVariables = { customerName: 'Ana', hours: 'Mon–Fri 9:00–18:00' };
 * ```
 */
export type TemplateVariables = Readonly<Record<string, string | number | undefined | null>>;

const VARIABLE = /\{([A-Za-z][A-Za-z0-9]*)\}/g;
const OPTIONAL = /\[\[([\s\S]*?)\]\]/g;

/**
 * Fills a template: `{name}` is replaced by a variable (required), and `[[ … ]]` marks an optional
 * section that is dropped when any variable inside it is missing or empty.
 *
 * @throws CareValidationError naming the variable when a required one is missing
 * @example
 * ```ts
 * renderTemplate('Hi[[ {customerName}]]!', { customerName: 'Ana' }); // 'Hi Ana!'
 * renderTemplate('Hi[[ {customerName}]]!', {}); // 'Hi!'
 * ```
 */
export function renderTemplate(template: string, variables: TemplateVariables, what = 'template'): string {
  const filled = template.replace(OPTIONAL, (_section, inner: string) => {
    let complete = true;
    const out = inner.replace(VARIABLE, (_all, name: string) => {
      const value = variables[name];
      if (value === undefined || value === null || String(value).trim() === '') {
        complete = false;
        return '';
      }
      return String(value);
    });
    return complete ? out : '';
  });
  return filled.replace(VARIABLE, (_all, name: string) => {
    const value = variables[name];
    if (value === undefined || value === null || String(value).trim() === '') {
      throw new CareValidationError(
        `The ${what} needs the variable {${name}}: pass it, or put it inside [[ ]] to make it optional.`,
        [{ path: ['variables', name], message: 'required by the template' }],
      );
    }
    return String(value);
  });
}

/**
 * The variable names a template uses.
 *
 * @example
 * ```ts
 * templateVariables('Hi[[ {customerName}]], I am {agentName}'); // ['customerName', 'agentName']
 * ```
 */
export function templateVariables(template: string): string[] {
  return [...new Set([...template.matchAll(VARIABLE)].map((match) => match[1] as string))];
}
