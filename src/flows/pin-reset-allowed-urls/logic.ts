/** The logic behind this flow's words (words.yaml): the case's values, conditions and the evidence readers. */
import type { AnyFinding } from '../../evidence/types';
import { findingOf } from '../shared/findings';
import type { FlowLogic } from '../shared/logic';
import type { machine, PinResetContext } from './machine';
import { policyValue, US_GOV_HOST } from './policy';

const usGov = (c: PinResetContext) => c.idp === 'usgov' || c.idp === 'both';

/** The PIN reset error text → the hosts it could not open. */
const blockedHosts = (findings: readonly AnyFinding[]): string[] => findingOf(findings, 'pin-reset-error')?.facts.hosts ?? [];

export const logic: FlowLogic<PinResetContext, typeof machine> = {
  values: {
    usGovHost: () => US_GOV_HOST,
    hostList: (c) => c.hosts.join(', '),
    policyValue: (c) => policyValue(c.hosts, usGov(c)),
  },
  when: {
    usGov,
    hasHosts: (c) => c.hosts.length > 0,
    hasPolicy: (c) => policyValue(c.hosts, usGov(c)) !== '',
  },
  steps: {
    whereError: {
      read: (findings, _c, say) => (findingOf(findings, 'pin-reset-error')?.facts.sawMessage ? { event: { type: 'YES' }, because: say('sawMessage') } : undefined),
    },
    signInKind: {
      read: (findings, _c, say) => {
        const hosts = blockedHosts(findings);
        if (!hosts.length) return undefined;
        const gov = hosts.includes(US_GOV_HOST);
        const own = hosts.filter((h) => h !== US_GOV_HOST);
        if (gov && own.length) return { event: { type: 'BOTH' }, because: say('both', { host: own[0] }) };
        if (gov) return { event: { type: 'US_GOV' }, because: say('usGov') };
        return { event: { type: 'FEDERATED' }, because: say('federated', { host: own[0] }) };
      },
    },
    blockedHost: {
      fields: { hosts: { required: (c) => !usGov(c) && c.hosts.length === 0 } },
      read: (findings, _c, say) => {
        const hosts = blockedHosts(findings);
        return hosts.length ? { event: { type: 'HOSTS_ENTERED', values: { hosts } }, because: say('named', { hosts: hosts.join(', ') }) } : undefined;
      },
      sample: "We can't open that page right now.\nhttps://fs.contoso.com/adfs/ls/?client-request-id=6f1c",
    },
  },
  events: {
    HOSTS_ENTERED: (e) => {
      const hosts = (e as { values?: { hosts?: unknown } }).values?.hosts;
      return Array.isArray(hosts) ? { hosts: hosts.join(', ') } : undefined;
    },
  },
};
