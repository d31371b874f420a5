// One "agent process" of the Redis test: N calls through a client whose limits live in Redis.
import { Redis } from 'ioredis';
import { createDialpadClient } from '../../src/index.js';

const [baseUrl, redisPort, count, keyPrefix, label] = process.argv.slice(2);
const redis = new Redis({ port: Number(redisPort), host: '127.0.0.1' });
const client = createDialpadClient({ apiKey: 'k-redis', baseUrl: baseUrl!, rateLimit: { redis, keyPrefix }, maxRetries: 0 });
const results = await Promise.allSettled(Array.from({ length: Number(count) }, (_, i) => client.users.get(`${label}-${i}`)));
redis.disconnect();
const failed = results.filter((r) => r.status === 'rejected');
console.log(JSON.stringify({ ok: results.length - failed.length, failed: failed.map((f) => String((f as PromiseRejectedResult).reason)) }));
