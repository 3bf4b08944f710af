import { main, nodeIo } from './main.js';

void main(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
});
