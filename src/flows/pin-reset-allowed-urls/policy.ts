/** The Azure US Government sign-in host that PIN reset needs in those tenants. */
export const US_GOV_HOST = 'login.microsoftonline.us';

/** The exact policy value: host names separated by semicolons, US Gov host added where it applies. */
export function policyValue(hosts: readonly string[], usGov: boolean): string {
  const all = hosts.map((h) => h.trim().toLowerCase()).filter(Boolean);
  if (usGov) all.push(US_GOV_HOST);
  return [...new Set(all)].join(';');
}
