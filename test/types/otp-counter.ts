/**
 * Type-level checks (compiled by test/typecheck.test.ts): verifyHotp's matched counter has the type
 * of the counter given, so `r.counter + 1` (or `+ 1n`) is what users write and it compiles.
 */
import { verifyHotp } from '../../src/index.js';

declare const code: string;
declare const secret: string;
declare const user: { counter: number; big: bigint };

export async function next(): Promise<[number, bigint]> {
  const r = await verifyHotp(code, secret, { counter: user.counter });
  const n = r.valid ? r.counter + 1 : user.counter;
  const b = await verifyHotp(code, secret, { counter: user.big });
  const m = b.valid ? b.counter + 1n : user.big;
  // @ts-expect-error a bigint counter comes back as a bigint, not a number
  const wrong: number = b.valid ? b.counter : 0;
  return [n + wrong, m];
}
