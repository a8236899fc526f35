/** Commands this flow shows. Pure. */

export { DC_BUILDS_SCRIPT, DC_LIST } from '../shared/dcSteps';

export const TRACE_START = 'netsh trace start capture=yes tracefile=C:\\Temp\\hello-signin.etl maxsize=512';
export const TRACE_STOP = 'netsh trace stop';

/** Wireshark display filters: all Kerberos, or only error 75. */
export const WIRESHARK_FILTER = 'kerberos';
export const WIRESHARK_ERROR_FILTER = 'kerberos.error_code == 75';
