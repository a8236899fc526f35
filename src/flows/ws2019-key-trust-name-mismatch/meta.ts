import type { FlowMeta } from '../shared/types';

export const meta: FlowMeta = {
  id: 'ws2019-key-trust-name-mismatch',
  title: 'Key trust sign-in broken on early Windows Server 2019 domain controllers',
  symptom:
    'Windows Hello sign-in fails with "That option is temporarily unavailable. For now, please use a different method to sign in." and a network trace shows KDC_ERR_CLIENT_NAME_MISMATCH.',
  appliesTo: ['Windows Server 2019 domain controllers below build 17763.316', 'Hybrid key trust deployments', 'On-premises key trust deployments'],
  tellsApart:
    'Windows Server 2019 domain controllers below build 17763.316; a network trace of the failed sign-in shows KDC_ERR_CLIENT_NAME_MISMATCH. Not the key deletion issue (DCs on 14393.3930 to 14393.4048 or 17763.1457 to 17763.1613, key gone from msDS-KeyCredentialLink).',
  keywords: [
    'That option is temporarily unavailable. For now, please use a different method to sign in.',
    'That option is temporarily unavailable',
    'KDC_ERR_CLIENT_NAME_MISMATCH',
    'KRB5KDC_ERR_CLIENT_NAME_MISMATCH',
    'Kerberos error 75',
    'error 75',
    '0x4B',
    'key trust',
    'hybrid key trust',
    'on-premises key trust',
    'Windows Server 2019',
    'domain controller build',
    '17763',
    '17763.316',
    'KB4487044',
    'msDS-KeyCredentialLink',
    'network trace',
    'netsh trace',
    'Wireshark',
  ],
};
