// A throw-away TLS certificate for the simulator, made fresh at every start.
// The extension and the tests call the production URLs (https://auth.atlassian.com/...,
// https://api.atlassian.com/...), so the certificate must name those hosts; Chromium is pointed
// at the simulator with --host-resolver-rules and told to trust this certificate. Firefox refuses a
// CA certificate presented as the server's own (MOZILLA_PKIX_ERROR_CA_CERT_USED_AS_END_ENTITY), so
// the server presents a leaf for the same hosts, signed by this CA and with the same key: the CA is
// what a profile trusts, and the public key (spkiSha256) is the same for both.
import { createHash, X509Certificate } from 'node:crypto';
import { generate } from 'selfsigned';

export interface SimCertificate {
  /** The CA (CA:true, self-signed), the certificate a browser profile or a client trusts. */
  certPem: string;
  /** What the server presents: a leaf signed by the CA, then the CA. */
  serverChainPem: string;
  keyPem: string;
  /** base64 SHA-256 of the public key (SPKI), for Chromium's --ignore-certificate-errors-spki-list. */
  spkiSha256: string;
}

export const SIMULATED_HOSTS = ['auth.atlassian.com', 'api.atlassian.com'] as const;

export async function createCertificate(): Promise<SimCertificate> {
  const altNames = [
    ...SIMULATED_HOSTS.map((value) => ({ type: 2 as const, value })),
    { type: 2 as const, value: 'localhost' },
    { type: 7 as const, ip: '127.0.0.1' },
  ];
  const notBeforeDate = new Date(Date.now() - 60 * 60 * 1000); // tolerate small clock skew
  const notAfterDate = new Date(notBeforeDate.getTime() + 7 * 24 * 60 * 60 * 1000);
  const pems = await generate([{ name: 'commonName', value: 'Atlassian simulator CA' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      // CA:true lets a browser profile import it as a trust anchor (NSS / Chromium cert store),
      // while the same certificate serves TLS directly.
      { name: 'basicConstraints', cA: true, critical: true },
      // EC keys sign (TLS 1.3 / ECDHE); keyEncipherment would be meaningless for them.
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames,
      },
    ],
  });
  const leaf = await generate([{ name: 'commonName', value: 'Atlassian simulator' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    keyPair: { privateKey: pems.private, publicKey: pems.public },
    ca: { key: pems.private, cert: pems.cert },
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames },
    ],
  });
  const spki = new X509Certificate(pems.cert).publicKey.export({ type: 'spki', format: 'der' });
  const serverChainPem = `${leaf.cert.trim()}\n${pems.cert.trim()}\n`;
  return { certPem: pems.cert, serverChainPem, keyPem: pems.private, spkiSha256: createHash('sha256').update(spki).digest('base64') };
}
