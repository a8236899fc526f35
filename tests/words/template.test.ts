import { describe, expect, it } from 'vitest';
import { fill, placeholdersIn } from '../../src/words/template';
import { hasPlainWords, pseudo } from '../../src/words/pseudo';

describe('words with placeholders', () => {
  it('fills names from the case, leaves an unknown one visible, and inserts values as plain text', () => {
    expect(fill('DC {dcName} runs {build}.', { dcName: 'DC1', build: '17763.1613' })).toBe('DC DC1 runs 17763.1613.');
    expect(fill('Hello {who}', {})).toBe('Hello {who}');
    expect(fill('{x}', { x: '<b>{y}</b>' })).toBe('<b>{y}</b>');
  });

  it('braces that are not a name stay, and doubled braces write a name in braces as it is', () => {
    expect(fill("'{0} {1}' -f $a, $b", {})).toBe("'{0} {1}' -f $a, $b");
    expect(fill('./Vendor/MSFT/PassportForWork/{{TenantId}}/Policies', { TenantId: 'x' })).toBe('./Vendor/MSFT/PassportForWork/{TenantId}/Policies');
    expect(placeholdersIn('{{TenantId}} {dc} {dc} {0}')).toEqual(['dc']);
  });
});

describe('the pseudo-locale', () => {
  it('accents every letter, makes the text longer and keeps placeholders', () => {
    const p = pseudo('Back to {flowTitle}');
    expect(p).toContain('{flowTitle}');
    expect(p.length).toBeGreaterThan('Back to {flowTitle}'.length * 1.3);
    expect(hasPlainWords(p.replace('{flowTitle}', ''))).toBe(false);
    expect(hasPlainWords('Back')).toBe(true);
    expect(hasPlainWords('OK 1.2')).toBe(false);
  });
});
