/** Canned Get-ADUser output for demos and tests (command output, not words): with one key, and after the key was deleted. */
const USER_HEAD = [
  'DistinguishedName      : CN=Alex Wilber,OU=Staff,DC=contoso,DC=com',
  'Enabled                : True',
  'GivenName              : Alex',
];
const USER_TAIL = [
  'Name                   : Alex Wilber',
  'ObjectClass            : user',
  'ObjectGUID             : 5b1f0c2e-8d0a-4a57-9d6e-2f3c41a8e7b9',
  'SamAccountName         : alexw',
  'SID                    : S-1-5-21-3623811015-3361044348-30300820-1013',
  'Surname                : Wilber',
  'UserPrincipalName      : alexw@contoso.com',
];

/** Get-ADUser alexw -Properties msDS-KeyCredentialLink, with one key. */
export const SAMPLE_WITH_KEY = [
  ...USER_HEAD,
  'msDS-KeyCredentialLink : {B:828:000200002000018C3B0E1D4F7A2C9E6B5D8F0A1C3E5B7D9F2A4C6E8B0D2F4A6C8E0B2D4F6A8C0E2:CN=Alex Wilber,OU=Staff,DC=contoso,DC=com}',
  ...USER_TAIL,
].join('\n');

/** The same command after the key was deleted. */
export const SAMPLE_EMPTY = [...USER_HEAD, 'msDS-KeyCredentialLink : {}', ...USER_TAIL].join('\n');
