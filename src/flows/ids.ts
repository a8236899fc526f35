/** The fixed flow ids (DESIGN.md). Other code, links and tests rely on them. */
export const FLOW_IDS = [
  'pin-reset-allowed-urls',
  'hybrid-key-deletion',
  'non-microsoft-ca-kdc-cert',
  'ws2019-key-trust-name-mismatch',
  'adfs2019-ugs-scope',
  'hybrid-cert-trust-provisioning',
  'guided-triage',
  'hello-error-codes',
  'provisioning-not-starting',
  'cloud-kerberos-trust',
  'ntauth-ca-missing',
] as const;

export type FlowId = (typeof FLOW_IDS)[number];

export function isFlowId(value: string): value is FlowId {
  return (FLOW_IDS as readonly string[]).includes(value);
}
