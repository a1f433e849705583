import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

/**
 * A file written piece by piece that waits whenever the disk is slower than the database
 * (backpressure), so that a large export never piles up in memory.
 */
export class OutFile {
  private readonly stream: WriteStream;

  constructor(readonly path: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
  }

  async write(text: string): Promise<void> {
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
