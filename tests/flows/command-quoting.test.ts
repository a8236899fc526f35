/**
 * Untrusted values stay data in every command the app fills in: hostile strings go into every
 * command builder, and the output must parse as the builder's fixed template around one literal.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { setPermissionCommand } from '../../src/flows/adfs2019-ugs-scope/commands';
import { keyLinkCommand } from '../../src/flows/hybrid-cert-trust-provisioning/enrollment';
import hybridKeyDeletion from '../../src/flows/hybrid-key-deletion';
import { accountOf, getAdUserCommand } from '../../src/flows/hybrid-key-deletion/commands';
import { certreqCommands, certreqInf } from '../../src/flows/non-microsoft-ca-kdc-cert/names';
import { cmdWord, psLiteral } from '../../src/flows/shared/quote';
import { replay, stateIdOf } from '../../src/flows/shared/replay';
import { isUserName } from '../../src/flows/shared/values';
import { decodeShare, encodeShare, checkFits } from '../../src/cases/share';

const PS_QUOTE = /['\u2018\u2019\u201A\u201B]/;

/**
 * Splits a PowerShell line into code and single-quoted literals (a quote character inside a literal
 * is written twice). null when a literal is not closed. Code keeps a `'…'` mark where each literal was.
 */
function psParse(cmd: string): { code: string; literals: string[] } | null {
  let code = '';
  const literals: string[] = [];
  for (let i = 0; i < cmd.length; i++) {
    if (!PS_QUOTE.test(cmd[i])) {
      code += cmd[i];
      continue;
    }
    let value = '';
    let closed = false;
    for (i++; i < cmd.length; i++) {
      if (PS_QUOTE.test(cmd[i])) {
        if (i + 1 < cmd.length && PS_QUOTE.test(cmd[i + 1])) {
          value += cmd[i];
          i++;
          continue;
        }
        closed = true;
        break;
      }
      value += cmd[i];
    }
    if (!closed) return null;
    literals.push(value);
    code += "'…'";
  }
  return { code, literals };
}

/** Same for a certreq INF value line: "…" with " doubled. */
function infParse(line: string): { code: string; literals: string[] } | null {
  let code = '';
  const literals: string[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] !== '"') {
      code += line[i];
      continue;
    }
    let value = '';
    let closed = false;
    for (i++; i < line.length; i++) {
      if (line[i] === '"') {
        if (line[i + 1] === '"') {
          value += '"';
          i++;
          continue;
        }
        closed = true;
        break;
      }
      value += line[i];
    }
    if (!closed) return null;
    literals.push(value);
    code += '"…"';
  }
  return { code, literals };
}

/** Strings built from the pieces shells care about, and arbitrary unicode. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .array(fc.constantFrom("'", '\u2019', '\u2018', '"', '`', '$(', ')', '$', ';', '&', '|', '%', '!', '^', '\n', '\r', ' ', '\\', '@', 'a', 'x', 'calc', '.com', '#', '<', '>', '{', '}'), { maxLength: 20 })
    .map((a) => a.join('')),
);
const RUNS = { numRuns: 400 };

describe('PowerShell literals', () => {
  it('psLiteral holds any string as one literal that reads back the same', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const parsed = psParse(psLiteral(s));
        expect(parsed).not.toBeNull();
        expect(parsed!.code).toBe("'…'");
        expect(parsed!.literals).toEqual([s]);
      }),
      RUNS,
    );
  });

  it('hybrid-key-deletion: Get-ADUser is the fixed template around one literal, or the placeholder', () => {
    const upnTemplate = psParse(getAdUserCommand('alexw@contoso.com'))!.code;
    const samTemplate = psParse(getAdUserCommand('alexw'))!.code;
    const placeholder = getAdUserCommand('');
    fc.assert(
      fc.property(hostile, fc.constantFrom('', '@contoso.com', 'CONTOSO\\'), (raw, wrap) => {
        const typed = wrap.startsWith('@') ? raw + wrap : wrap + raw;
        const cmd = getAdUserCommand(typed);
        if (!isUserName(typed)) {
          expect(cmd).toBe(placeholder);
          return;
        }
        const parsed = psParse(cmd);
        expect(parsed).not.toBeNull();
        expect(parsed!.code).toBe(accountOf(typed).includes('@') ? upnTemplate : samTemplate);
        expect(parsed!.literals.filter((l) => l !== 'UserPrincipalName -eq $upn')).toEqual([accountOf(typed)]);
      }),
      RUNS,
    );
  });

  it('the share link from the issue no longer fills $( ) into a command: the flow refuses the value', () => {
    const payload = {
      v: 1 as const,
      flowId: 'hybrid-key-deletion' as const,
      title: 'x',
      events: [
        { type: 'HYBRID_KEY_TRUST' },
        { type: 'AFTER_FIRST' },
        { type: 'BUILDS_ENTERED', values: { dcs: ['DC1 17763.1613'] } },
        { type: 'USER_ENTERED', values: { user: 'x@y$(Start-Process calc.exe)' } },
      ],
    };
    const decoded = decodeShare(encodeShare(payload));
    expect(decoded.ok).toBe(true);
    const fit = checkFits(payload, hybridKeyDeletion);
    expect(fit.ok).toBe(false);
    expect(fit.ok ? '' : fit.message).toMatch(/answer 4 is not one the flow accepts/);
    // A stored case with the same answers stops before the value.
    const r = replay(hybridKeyDeletion.machine, payload.events);
    expect(stateIdOf(r.snapshot)).toBe('userName');
    expect(getAdUserCommand('x@y$(Start-Process calc.exe)')).toBe('Get-ADUser <user> -Properties msDS-KeyCredentialLink');
  });

  it('hybrid-cert-trust-provisioning: Get-ADUser -Identity takes one literal or the placeholder', () => {
    const template = psParse(keyLinkCommand('jdoe'))!.code;
    fc.assert(
      fc.property(hostile, (raw) => {
        const cmd = keyLinkCommand(raw);
        if (cmd === keyLinkCommand(null)) return;
        const parsed = psParse(cmd);
        expect(parsed).not.toBeNull();
        expect(parsed!.code).toBe(template);
      }),
      RUNS,
    );
  });

  it('adfs2019-ugs-scope: Set-AdfsApplicationPermission takes a GUID literal or the placeholder', () => {
    const template = psParse(setPermissionCommand('a6b3f0c2-1d4e-4f5a-8b9c-0d1e2f3a4b5c'))!.code;
    fc.assert(
      fc.property(hostile, (raw) => {
        const cmd = setPermissionCommand(raw);
        if (cmd === setPermissionCommand(undefined)) return;
        expect(psParse(cmd)!.code).toBe(template);
      }),
      RUNS,
    );
  });
});

describe('cmd and certreq', () => {
  const names = { dcName: 'DC1', domainFqdn: 'ad.contoso.com', netbios: 'AD', ou: '' };

  it('cmd gets plain words or the placeholder, never shell characters', () => {
    fc.assert(
      fc.property(hostile, (raw) => {
        const w = cmdWord(raw, '<x>');
        expect(w === '<x>' || /^[A-Za-z0-9._-]+$/.test(w)).toBe(true);
        const cmds = certreqCommands({ ...names, dcName: raw });
        expect(cmds.replace(/^rem .*$/m, '')).not.toMatch(/[%!^&|<>"'`()\r]/);
      }),
      RUNS,
    );
  });

  it('certreq INF: each value line is one quoted value; an OU with quotes or line breaks is refused', () => {
    const template = certreqInf(names).split('\n').map((l) => infParse(l)!.code);
    fc.assert(
      fc.property(hostile, (ou) => {
        let inf: string;
        try {
          inf = certreqInf({ ...names, ou });
        } catch (e) {
          expect(String(e)).toMatch(/cannot go into a certreq INF file/);
          return;
        }
        const lines = inf.split('\n');
        expect(lines.length).toBe(template.length);
        lines.forEach((l, i) => expect(infParse(l)?.code).toBe(template[i]));
      }),
      RUNS,
    );
  });
});
