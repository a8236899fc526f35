import type { FlowMeta } from '../shared/types';

export const meta: FlowMeta = {
  id: 'pin-reset-allowed-urls',
  title: 'PIN reset fails on Entra joined devices',
  symptom: 'After "I forgot my PIN" on the lock screen, the reset screen says "We can\'t open that page right now".',
  appliesTo: ['Microsoft Entra joined devices', 'Federated sign-in (AD FS or another identity provider)', 'Azure US Government tenants'],
  keywords: [
    "We can't open that page right now",
    'I forgot my PIN',
    'web sign-in',
    'ConfigureWebSignInAllowedUrls',
    'allowed URLs',
    'AD FS',
    'federated',
    'login.microsoftonline.us',
    'KB5001339',
    '17134.2145',
  ],
};
