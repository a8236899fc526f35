import type { FlowMeta } from '../shared/types';

export const meta: FlowMeta = {
  id: 'non-microsoft-ca-kdc-cert',
  title: 'Entra joined devices cannot reach on-premises resources (non-Microsoft CA)',
  symptom:
    'On an Entra joined device using Windows Hello for Business key trust, file shares and other on-premises resources fail, and the Kerberos log shows event 107 about a KDC certificate without a matched domain name.',
  appliesTo: ['Microsoft Entra joined devices', 'Key trust deployments', 'Domain controller certificates from a non-Microsoft certificate authority (CA)'],
  keywords: [
    'The Kerberos client received a KDC certificate that does not have a matched domain name',
    'Expected Domain Name',
    'Event ID 107',
    '107',
    '0xC000006D',
    'STATUS_LOGON_FAILURE',
    'Microsoft-Windows-Kerberos/Operational',
    'Security-Kerberos',
    'TGS_REQ',
    'KDC certificate',
    'domain controller certificate',
    'non-Microsoft CA',
    'third-party certification authority',
    'subject alternative name',
    'SAN',
    'KDC Authentication',
    '1.3.6.1.5.2.3.5',
    'NTAuth',
    'smart card sign in',
    'on-premises resources',
    'file share',
    'key trust',
    'Entra joined',
  ],
};
