/**
 * A code typed into the flow's form, in any usual shape, normalised to '0x' + eight upper-case hex
 * digits. Codes of the families Windows Hello uses come from the evidence reader; any other 32-bit
 * value in the same shapes is still a code (one no source lists), so no one is turned away.
 */
import { parseErrorCode } from '../../evidence/error-codes';

export function readTypedCode(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const t = raw.trim().replace(/^(?:error|code|hresult)\s*[:#]?\s*/i, '');
  const known = parseErrorCode(t);
  if (known) return known.code;
  let value: number;
  if (/^0x[0-9a-f]{8}$/i.test(t)) value = parseInt(t.slice(2), 16);
  else if (/^[0-9a-f]{8}$/i.test(t) && /[a-f]/i.test(t)) value = parseInt(t, 16);
  else if (/^-[0-9]{1,10}$/.test(t) && Number(t) >= -0x80000000) value = Number(t) + 0x100000000;
  else return undefined;
  // Only failure codes (the top bit set): 0x00000000–0x7FFFFFFF are success or plain numbers.
  if (value < 0x80000000 || value > 0xffffffff) return undefined;
  return `0x${value.toString(16).toUpperCase().padStart(8, '0')}`;
}
