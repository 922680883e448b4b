import { requestMix } from './loadtest/mix';
import { runMix } from './loadtest/run';
import { sampleStations } from './loadtest/targets';
import { mulberry32 } from './bench/stats';
const rng = mulberry32(42);
const sample = await sampleStations(process.argv[2]!, rng, 1000);
const paths = requestMix(rng, sample, 4000);
const r = await runMix(3310, paths, 100, Number(process.env.SECS ?? 10), 60);
console.log(r.rps, 'req/s');
