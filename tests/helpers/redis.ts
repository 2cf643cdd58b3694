import { spawnSync } from 'node:child_process'

import type { Requirement } from './requirements'

/** TEST_REDIS_URL, else the local default; the Redis-backed suites use it. */
export const testRedisUrl = (): string => process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379'

/** Whether a Redis server answers PING at testRedisUrl(), asked synchronously (suites are declared synchronously). */
const redisAnswers = (url: string): boolean => {
  const { hostname, port } = new URL(url)
  const probe = `const s=require('net').connect(${Number(port) || 6379},${JSON.stringify(hostname)});
s.setTimeout(2000,()=>process.exit(1));s.on('error',()=>process.exit(1));
s.on('connect',()=>s.write('PING\\r\\n'));s.on('data',d=>process.exit(String(d).startsWith('+PONG')?0:1))`
  return spawnSync(process.execPath, ['-e', probe], { timeout: 5000 }).status === 0
}

export const redisRequirement = (): Requirement => ({
  available: redisAnswers(testRedisUrl()),
  howToGet: `start redis-server (apt-get install redis-server) or set TEST_REDIS_URL; tried ${testRedisUrl()}`,
  name: 'a Redis server',
})
