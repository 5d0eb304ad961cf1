import { generateSecret, generateURI, verifySync } from 'otplib';
import QRCode from 'qrcode';
import type { TotpService } from '../core/auth/ports.ts';

/** RFC 6238 TOTP (30 s, 6 digits, SHA-1: what every authenticator app supports). */
export function otplibTotp(issuer = 'Haven'): TotpService {
  return {
    newSecret: () => generateSecret(),
    uri: (secret, account) => generateURI({ issuer, label: account, secret }),
    qrSvg: (uri) => QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
    verify(secret, code, at) {
      const token = code.replace(/\s/g, '');
      if (!/^\d{6}$/.test(token)) return null;
      // One step either side allows for phone clocks that drift.
      const result = verifySync({
        secret,
        token,
        epoch: Math.floor(at.getTime() / 1000),
        epochTolerance: 30,
      });
      return result.valid ? Math.floor(at.getTime() / 30_000) + result.delta : null;
    },
  };
}
