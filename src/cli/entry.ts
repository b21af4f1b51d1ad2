// The bundle's entry (scripts/build-cli.mjs): run kpd with the process's arguments, exit code as main decides.
import { main } from './main';

// `kpd analyze … | head` closes the pipe while we still write: stop quietly, as Unix tools do, rather than
// with an EPIPE stack trace (and never wait for a 'drain' that cannot come).
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
});

process.exitCode = await main(process.argv.slice(2));
