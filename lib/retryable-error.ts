/**
 * A failure the same message may not meet again: the background could not
 * read the guide this time (a worker stopped while reading it, a read that
 * failed under load). Its reply says so, and the sender sends again.
 */
export class RetryableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RetryableError';
  }
}
