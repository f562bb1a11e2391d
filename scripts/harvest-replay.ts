/** `npm run harvest:replay`: a local FirstAgenda stand-in serving the five recorded Greve agendas, until Ctrl-C. */
import { startReplayServer } from '../test/helpers/firstagenda-replay.js';

const server = await startReplayServer();
console.log(`FirstAgenda-replay kører på ${server.url} (Ctrl-C stopper)`);
console.log(`Prøv: npm run harvest -- ${server.url}`);
process.once('SIGINT', () => void server.close().then(() => process.exit(0)));
