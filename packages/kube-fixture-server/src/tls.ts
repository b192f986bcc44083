import { generate } from 'selfsigned';

/** A PEM certificate and key for the server, and the CA clients trust. */
export interface TlsMaterial {
  cert: string;
  key: string;
  /** PEM of the CA that signed `cert`; the certificate itself when self-signed. */
  ca: string;
}

/**
 * Generates a self-signed certificate (valid for a year) for the names the
 * fixture server is reached by. It is its own CA, so a kubeconfig that
 * carries it as `certificate-authority-data` verifies the server.
 */
export async function generateSelfSignedTls(
  hosts: string[],
): Promise<TlsMaterial> {
  const ipPattern = /^(\d+\.){3}\d+$|:/;
  const notAfterDate = new Date(Date.now() + 365 * 24 * 3600 * 1000);
  const pems = await generate(
    [{ name: 'commonName', value: 'kube-fixture-server' }],
    {
      keyType: 'ec',
      curve: 'P-256',
      algorithm: 'sha256',
      notAfterDate,
      extensions: [
        { name: 'basicConstraints', cA: true, critical: true },
        {
          name: 'keyUsage',
          digitalSignature: true,
          keyCertSign: true,
          critical: true,
        },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: hosts.map(host =>
            ipPattern.test(host)
              ? { type: 7 as const, ip: host }
              : { type: 2 as const, value: host },
          ),
        },
      ],
    },
  );
  return { cert: pems.cert, key: pems.private, ca: pems.cert };
}
