/**
 * A reader that stops early (`npm run eval -- … | head`) closes the pipe; Node then reports the next
 * write as an unhandled EPIPE error with a stack trace. Stopping quietly is what command-line tools do.
 */
export function stopOnClosedOutput(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
}
