import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CareValidationError } from '../shared/errors';
import { createTeam } from './create-team';

const sandra = { id: 'a1', name: 'Sandra Paredes' };
const sergio = { id: 'a2', name: 'Sergio Pérez' };
const sara = { id: 'a3', name: 'Sara Pinto' };

describe('createTeam', () => {
  it('gives unique initials and the default ^SP signature', () => {
    const team = createTeam([sandra, sergio, sara]);
    expect(team.agents.map((agent) => agent.initials)).toEqual(['SP', 'SPÉ', 'SPI']);
    expect(team.agents.map((agent) => agent.signature)).toEqual(['^SP', '^SPÉ', '^SPI']);
    expect(team.size).toBe(3);
  });

  it('keeps initials stable when agents join or leave', () => {
    const team = createTeam([sandra, sergio]);
    const joined = team.add(sara);
    expect(joined.require('a1').initials).toBe('SP');
    expect(joined.require('a2').initials).toBe('SPÉ');
    const left = joined.remove('a1');
    expect(left.require('a2').initials).toBe('SPÉ');
    expect(left.require('a3').initials).toBe('SPI');
    // Without history, a fresh team would hand SP to Sergio; `previous` prevents it.
    expect(createTeam([sergio]).require('a2').initials).toBe('SP');
    expect(createTeam([sergio], { previous: team.assignments() }).require('a2').initials).toBe('SPÉ');
  });

  it('lets explicit initials and signatures win', () => {
    const team = createTeam([
      sandra,
      { id: 'a2', name: 'Someone Else', initials: 'SP' },
      { id: 'a3', name: 'Rebecca Lee', signature: '-Becky' },
    ]);
    expect(team.require('a2').initials).toBe('SP');
    expect(team.require('a2').explicit).toBe('initials');
    expect(team.require('a1').initials).not.toBe('SP');
    expect(team.require('a3').signature).toBe('-Becky');
    expect(team.findBySignature('-Becky')?.id).toBe('a3');
  });

  it('supports every style and templates', () => {
    const agents = [sandra, { id: 'a2', name: 'Sandra Pérez' }];
    expect(createTeam([sandra], { style: '-SP' }).require('a1').signature).toBe('-SP');
    expect(createTeam([sandra], { style: '*SP' }).require('a1').signature).toBe('*SP');
    expect(createTeam([sandra], { style: '/SP' }).require('a1').signature).toBe('/SP');
    expect(createTeam(agents, { style: '-Sandra' }).agents.map((agent) => agent.signature)).toEqual([
      '-Sandra',
      '-Sandra P',
    ]);
    expect(createTeam([sandra], { style: '— {firstName} ({initials})' }).require('a1').signature).toBe(
      '— Sandra (SP)',
    );
    expect(createTeam([sandra], { template: '~{initials}' }).require('a1').signature).toBe('~SP');
    expect(createTeam([sandra], { style: { template: '{firstName} @ Acme' } }).require('a1').signature).toBe(
      'Sandra @ Acme',
    );
    expect(() => createTeam([sandra], { style: 'SP' })).toThrow(/Unknown signature style/);
  });

  it('never fails on names without letters: falls back to the id', () => {
    const team = createTeam([
      { id: 'bob', name: '🤖' },
      { id: 'x7', name: '   ' },
      { id: '42', name: '!!!' },
    ]);
    expect(team.agents.map((agent) => agent.initials)).toEqual(['B', 'X', 'A1']);
    expect(createTeam([{ id: 'x7', name: '' }], { style: '-Sandra' }).require('x7').signature).toBe('-x7');
  });

  it('finds agents by initials, signature and first name', () => {
    const team = createTeam([sandra, sergio]);
    expect(team.findByInitials('spé')?.id).toBe('a2');
    expect(team.findBySignature('^SP')?.id).toBe('a1');
    expect(team.findByFirstName('sergio')?.id).toBe('a2');
    expect(() => team.require('zz')).toThrow(/Unknown agent id "zz": the team has a1, a2/);
  });

  it('rejects duplicate ids and colliding explicit initials, naming the field', () => {
    try {
      createTeam([sandra, { ...sergio, id: 'a1' }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CareValidationError);
      expect((error as CareValidationError).issues[0]?.path).toEqual([1, 'id']);
    }
    expect(() =>
      createTeam([
        { ...sandra, initials: 'X' },
        { ...sergio, initials: 'x' },
      ]),
    ).toThrow(/both have the explicit initials/);
    expect(() => createTeam([{ id: '', name: 'Ana' }])).toThrow(/non-empty id/);
    expect(() => createTeam([{ id: 'a', name: 42 as unknown as string }])).toThrow(/name/);
  });

  it('property: initials are unique and appending agents never changes existing ones', () => {
    const names = fc.constantFrom(
      'Sandra Paredes',
      'Sergio Pérez',
      'Sara Pinto',
      'Lucía Castro',
      'Luis Cano',
      'Ana Gómez',
      'Ángel García',
      'Łukasz Żak',
      'Jan van der Berg',
      '王小明',
      'Madonna',
      'Mia',
    );
    fc.assert(
      fc.property(
        fc.array(names, { minLength: 1, maxLength: 25 }),
        fc.array(names, { maxLength: 5 }),
        (first, more) => {
          const agents = first.map((name, index) => ({ id: `a${index}`, name }));
          const team = createTeam(agents);
          const keys = team.agents.map((agent) => agent.initials.toUpperCase());
          expect(new Set(keys).size).toBe(keys.length);
          let grown = team;
          more.forEach((name, index) => {
            grown = grown.add({ id: `b${index}`, name });
          });
          for (const agent of team.agents) expect(grown.require(agent.id).initials).toBe(agent.initials);
          // Deterministic: the same input gives the same team.
          expect(createTeam(agents).assignments()).toEqual(team.assignments());
        },
      ),
    );
  });
});
