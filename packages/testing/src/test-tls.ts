import { generate } from "selfsigned";

export interface TestTls {
  /** The test CA's certificate: what a client must trust to reach the fakes. */
  ca: string;
  /** The loopback server's key and certificate (127.0.0.1 and localhost), signed by the CA. */
  key: string;
  cert: string;
}

let made: Promise<TestTls> | undefined;

/** A test CA and a loopback server certificate it signed, made once per process. */
export function testTls(): Promise<TestTls> {
  made ??= (async () => {
    const ca = await generate([{ name: "commonName", value: "Mentara test CA" }], {
      keyType: "ec",
      algorithm: "sha256",
      extensions: [
        { name: "basicConstraints", cA: true, critical: true },
        { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
      ],
    });
    const server = await generate([{ name: "commonName", value: "127.0.0.1" }], {
      keyType: "ec",
      algorithm: "sha256",
      ca: { key: ca.private, cert: ca.cert },
      extensions: [
        { name: "basicConstraints", cA: false },
        { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
        { name: "extKeyUsage", serverAuth: true },
        {
          name: "subjectAltName",
          altNames: [
            { type: 7, ip: "127.0.0.1" },
            { type: 2, value: "localhost" },
          ],
        },
      ],
    });
    return { ca: ca.cert, key: server.private, cert: server.cert };
  })();
  return made;
}
