/**
 * Every command, in the order the help lists them.
 * @internal
 * @module
 */
import type { Command } from '../io.js';
import { choiceCommand } from './choice.js';
import { collisionCommand } from './collision.js';
import { entropyCommand } from './entropy.js';
import { idCommand } from './id.js';
import { intCommand } from './int.js';
import { otpCommand } from './otp.js';
import { passphraseCommand } from './passphrase.js';
import { passwordCommand } from './password.js';
import { pinCommand } from './pin.js';
import { sampleCommand } from './sample.js';
import { shuffleCommand } from './shuffle.js';
import { tokenCommand } from './token.js';
import { uuidCommand } from './uuid.js';

export const COMMANDS: Readonly<Record<string, Command>> = {
  token: tokenCommand,
  password: passwordCommand,
  passphrase: passphraseCommand,
  pin: pinCommand,
  id: idCommand,
  uuid: uuidCommand,
  int: intCommand,
  choice: choiceCommand,
  shuffle: shuffleCommand,
  sample: sampleCommand,
  otp: otpCommand,
  entropy: entropyCommand,
  collision: collisionCommand,
};
