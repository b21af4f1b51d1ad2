// The bundle's entry (scripts/build-cli.mjs): run kpd with the process's arguments, exit code as main decides.
import { main } from './main';

process.exitCode = await main(process.argv.slice(2));
