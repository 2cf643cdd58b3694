import pino from 'pino'

/** One JSON object per line, for log shippers; LOG_LEVEL sets the threshold. */
export const logger = pino({
  base: { service: 'jusur' },
  level: process.env.LOG_LEVEL || 'info',
  timestamp: pino.stdTimeFunctions.isoTime,
})
