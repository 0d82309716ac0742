import { describe, expect, it } from 'vitest';
import { createTeam } from './create-team';
import { parseSignature } from './parse-signature';

describe('parseSignature', () => {
  it.each([
    ['Thanks for letting me know :) ^MB', { signature: '^MB', initials: 'MB', style: '^SP' }],
    ['Please DM us. -KC', { signature: '-KC', initials: 'KC', style: '-SP' }],
    ['Glad to check.  *QB https://t.co/6iDGBJAc2m', { signature: '*QB', initials: 'QB', style: '*SP' }],
    ['Keep us posted /LS', { signature: '/LS', initials: 'LS', style: '/SP' }],
    ['I still think you look great! -Becky', { signature: '-Becky', name: 'Becky', style: '-Sandra' }],
    ['see you there!- Anwar', { signature: '- Anwar', name: 'Anwar', style: '-Sandra' }],
    ["we'll check it out! *JohnWard", { signature: '*JohnWard', name: 'JohnWard', style: '*Sandra' }],
    ['the rest of the community.~ Olivia', { signature: '~ Olivia', name: 'Olivia', style: '~Sandra' }],
    [
      'quote an upgrade if you would like us to? ^Jane 2/2',
      { signature: '^Jane', name: 'Jane', style: '^Sandra' },
    ],
    ['for this date for you. 2/2^ML', { signature: '^ML', initials: 'ML', style: '^SP' }],
    ['We will follow up with you. ^nw', { signature: '^nw', initials: 'NW', style: '^SP' }],
    ['Let us know if you need further help. –jeh', { signature: '–jeh', initials: 'JEH', style: '-SP' }],
    [
      'Buses depart from the northern interchange at Reading. Phil.',
      { signature: 'Phil', name: 'Phil', style: 'Sandra' },
    ],
    ['Here is a link: https://example.com/a HRB', { signature: 'HRB', initials: 'HRB', style: 'SP' }],
  ])('%s', (text, expected) => {
    expect(parseSignature(text)).toEqual(expected);
  });

  it.each([
    'Thanks for waiting.',
    'Please send us a DM.',
    'Try the e-mail link. Thanks.',
    'Call 1-800-FLY now',
    'Works on iOS/Android',
    'We are here 24/7',
    'Let us know. Cheers!',
    'I am so sorry, Kevin.',
    'PLEASE HELP ME NOW',
    '',
  ])('finds nothing in %j', (text) => {
    expect(parseSignature(text)).toBeNull();
  });

  it('respects the styles option', () => {
    expect(parseSignature('Done. -Becky', { styles: ['^SP'] })).toBeNull();
    expect(parseSignature('Done. ^SP', { styles: ['^SP'] })?.initials).toBe('SP');
  });

  it('resolves agents and verbatim template signatures with a team', () => {
    const team = createTeam(
      [
        { id: 'a1', name: 'Sandra Paredes' },
        { id: 'a2', name: 'Rebecca Lee', signature: '-Becky' },
      ],
      { style: '— {firstName} from Acme' },
    );
    expect(parseSignature('All sorted! — Sandra from Acme', { team })).toMatchObject({
      signature: '— Sandra from Acme',
      agentId: 'a1',
    });
    expect(parseSignature('All sorted! -Becky', { team })).toMatchObject({ name: 'Becky', agentId: 'a2' });
    const caret = createTeam([{ id: 'a1', name: 'Sandra Paredes' }]);
    expect(parseSignature('Done ^sp', { team: caret })).toMatchObject({ initials: 'SP', agentId: 'a1' });
    expect(parseSignature('Done ^XY', { team: caret })).toEqual({
      signature: '^XY',
      initials: 'XY',
      style: '^SP',
    });
  });
});
