import type { FlowDescriptor } from '../shared/types';
import { content } from './content';
import { machine, type HelloErrorCodesContext } from './machine';
import { metaFrom } from '../shared/meta';
import metaWords from './meta.yaml';

const descriptor: FlowDescriptor<HelloErrorCodesContext> = {
  ...metaFrom(metaWords),
  machine,
  content,
  // One code per route the code table gives (model tests and the trainer play each), in several shapes.
  sampleEvents: [
    { type: 'CODE_ENTERED', values: { code: '0x801C03ED' } }, // sign out/in, rejoin, allow users to join
    { type: 'CODE_ENTERED', values: { code: '0x80090031' } }, // reboot, then reset the TPM
    { type: 'CODE_ENTERED', values: { code: '801c03f2' } }, // duplicate proxyAddresses
    { type: 'CODE_ENTERED', values: { code: '0x801C044D' } }, // rejoin
    { type: 'CODE_ENTERED', values: { code: '0x801C0010' } }, // sign out/in
    { type: 'CODE_ENTERED', values: { code: '0x80090029' } }, // prepare the TPM
    { type: 'CODE_ENTERED', values: { code: '0x80090016' } }, // hybrid join page: keyset gone
    { type: 'CODE_ENTERED', values: { code: '0x801C0016' } }, // FPURL.xml
    { type: 'CODE_ENTERED', values: { code: '-2145648637' } }, // 0x801C0003 as a signed decimal: enrol permission
    { type: 'CODE_ENTERED', values: { code: '0x8009002A' } }, // close programs
    { type: 'CODE_ENTERED', values: { code: '0x80090035' } }, // policy without a TPM
    { type: 'CODE_ENTERED', values: { code: '0x80090036' } }, // user cancelled
    { type: 'CODE_ENTERED', values: { code: '0x801C000E' } }, // device quota
    { type: 'CODE_ENTERED', values: { code: '0x801C000F' } }, // reboot
    { type: 'CODE_ENTERED', values: { code: '0x801C0015' } }, // join an AD domain
    { type: 'CODE_ENTERED', values: { code: '0x801C0017' } }, // FPDOMAINNAME
    { type: 'CODE_ENTERED', values: { code: '0x801C0018' } }, // CLIENTCONFIG
    { type: 'CODE_ENTERED', values: { code: '0x801C03EA' } }, // token and key permission
    { type: 'CODE_ENTERED', values: { code: '0X801C0002' } }, // contact support
    { type: 'CODE_ENTERED', values: { code: '0xC00000BB' } }, // KDC certificate flow
    { type: 'CODE_ENTERED', values: { code: '0x801C9999' } }, // not listed: general advice
  ],
};

export default descriptor;
