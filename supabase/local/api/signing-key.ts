// The project's asymmetric JWT signing key (ES256, P-256), as hosted Supabase projects now sign sessions: its public
// half is published at /auth/v1/.well-known/jwks.json so clients verify sessions themselves (supabase-js getClaims).
// It is derived from the JWT secret, so the auth and REST sides hold the same key without storing a second secret.
import { createECDH, createPrivateKey, createPublicKey, hkdfSync, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, type JWK } from 'jose';

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** The public key as JWKS publishes it. */
  publicJwk: JWK;
}

const curveOrder = BigInt('0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551');
const keys = new Map<string, Promise<SigningKey>>();

async function derive(secret: string): Promise<SigningKey> {
  for (let attempt = 0; ; attempt++) {
    const d = Buffer.from(hkdfSync('sha256', secret, 'mind-and-body-local-api', `es256 signing key ${attempt}`, 32));
    const scalar = BigInt(`0x${d.toString('hex')}`);
    if (scalar === 0n || scalar >= curveOrder) continue;
    const ecdh = createECDH('prime256v1');
    ecdh.setPrivateKey(d);
    const point = ecdh.getPublicKey();
    const pub = { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') };
    const kid = await calculateJwkThumbprint(pub);
    return {
      kid,
      privateKey: createPrivateKey({ key: { ...pub, d: d.toString('base64url') }, format: 'jwk' }),
      publicKey: createPublicKey({ key: pub, format: 'jwk' }),
      publicJwk: { ...pub, kid, alg: 'ES256', use: 'sig', key_ops: ['verify'], ext: true },
    };
  }
}

export function signingKey(secret: string): Promise<SigningKey> {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = derive(secret)));
  return key;
}
