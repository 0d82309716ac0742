import { describe, expect, it } from 'vitest';
import { renderTemplate, templateVariables } from './render-template';

describe('renderTemplate', () => {
  it('fills variables and drops optional sections whose variables are missing or blank', () => {
    expect(renderTemplate('Hi[[ {customerName}]]!', { customerName: 'Ana' })).toBe('Hi Ana!');
    expect(renderTemplate('Hi[[ {customerName}]]!', {})).toBe('Hi!');
    expect(renderTemplate('Hi[[ {customerName}]]!', { customerName: '  ' })).toBe('Hi!');
    expect(renderTemplate('[[{a} and {b}]]|{c}', { a: 'A', c: 3 })).toBe('|3');
  });

  it('names the missing required variable', () => {
    expect(() => renderTemplate('Open {hours}.', {}, 'out-of-hours template')).toThrow(
      'The out-of-hours template needs the variable {hours}: pass it, or put it inside [[ ]] to make it optional.',
    );
  });

  it('lists the variables a template uses', () => {
    expect(templateVariables('Hi[[ {customerName}]], I am {agentName}. {agentName}')).toEqual([
      'customerName',
      'agentName',
    ]);
  });
});
