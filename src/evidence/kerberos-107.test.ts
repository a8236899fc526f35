import { describe, expect, it } from 'vitest';
import { analyzeEvidence } from './index.ts';
import type { Finding } from './types.ts';
import event107 from './fixtures/kerberos-107.txt?raw';
import seed107 from './fixtures/kerberos-107-seed-verbatim.txt?raw';

function k107(text: string): Finding<'kerberos-107'>[] {
  return analyzeEvidence(text).filter((f): f is Finding<'kerberos-107'> => f.kind === 'kerberos-107');
}

describe('Kerberos event 107', () => {
  it('reads the documented event with its header', () => {
    const found = k107(event107);
    expect(found).toHaveLength(1);
    expect(found[0]!.facts).toEqual({ expectedDomain: 'ad.contoso.com', errorCode: '0xC000006D', logonFailure: true });
    expect(found[0]!.summary).toContain('ad.contoso.com');
    expect(found[0]!.rows.find((r) => r.label === 'Error code')?.value).toContain('STATUS_LOGON_FAILURE');
  });

  it('reads Get-WinEvent | Format-List output', () => {
    const text = [
      "PS C:\\> Get-WinEvent -LogName 'Microsoft-Windows-Kerberos/Operational' -MaxEvents 1 | Format-List TimeCreated, ProviderName, Id, Message",
      '',
      'TimeCreated  : 6/2/2024 10:41:07 AM',
      'ProviderName : Microsoft-Windows-Security-Kerberos',
      'Id           : 107',
      'Message      : The Kerberos client received a KDC certificate that does not have a matched domain name.',
      '',
      '               Expected Domain Name: ad.contoso.com',
      '               Error Code: 0xC000006D',
    ].join('\n');
    const found = k107(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.facts).toEqual({ expectedDomain: 'ad.contoso.com', errorCode: '0xC000006D', logonFailure: true });
  });

  it('reads the documented example verbatim', () => {
    const found = k107(seed107);
    expect(found.map((f) => f.facts)).toEqual([{ expectedDomain: 'ad.contoso.com', errorCode: '0xC000006D', logonFailure: true }]);
  });

  it('reads the bare description, also squashed onto one line', () => {
    const bare = event107.slice(event107.indexOf('The Kerberos client'));
    expect(k107(bare)[0]!.facts.expectedDomain).toBe('ad.contoso.com');
    const squashed = bare.replace(/\n/g, ' ');
    expect(k107(squashed)[0]!.facts).toEqual({ expectedDomain: 'ad.contoso.com', errorCode: '0xC000006D', logonFailure: true });
  });

  it('recognises event 107 by its header even when the description is cut off', () => {
    const cut = event107.slice(0, event107.indexOf('The Kerberos client'));
    const found = k107(cut);
    expect(found).toHaveLength(1);
    expect(found[0]!.facts).toEqual({ logonFailure: false });
  });

  it('keeps other error codes without calling them a logon failure', () => {
    const text = 'The Kerberos client received a KDC certificate that does not have a matched domain name.\nExpected Domain Name: corp.fabrikam.com\nError Code: 0xC0000388\n';
    expect(k107(text)[0]!.facts).toEqual({ expectedDomain: 'corp.fabrikam.com', errorCode: '0xC0000388', logonFailure: false });
  });

  it('ignores a 107 from another log', () => {
    expect(k107('Log Name:      Application\nSource:        Foo\nEvent ID:      107\nDescription:\nSomething else.\n')).toEqual([]);
  });
});
