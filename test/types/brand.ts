/**
 * Type-level checks, compiled by test/typecheck.test.ts: each `@ts-expect-error` line must fail to
 * compile, so an unused one (code that should be rejected but is accepted) fails the test.
 */
import { createSecureSource, SystemRandom, type RandomSource, type SecureSource } from '../../src/index.js';
import { MersenneTwister, Random } from '../../src/seeded/index.js';

declare const plain: RandomSource;
declare function needsSecure(source: SecureSource): void;

needsSecure(createSecureSource());
// @ts-expect-error a plain RandomSource (such as a seeded generator) is not a SecureSource
needsSecure(plain);
// @ts-expect-error an object with the right methods is still not a SecureSource
needsSecure({ nextUint32: () => 0, fillBytes: () => undefined });

// The seeded generator cannot reach a secret-making API: SystemRandom demands a SecureSource.
new SystemRandom(createSecureSource());
// @ts-expect-error a Mersenne Twister is not a SecureSource
new SystemRandom(new MersenneTwister());
// @ts-expect-error nor is a seeded Random
needsSecure(new Random(1));
