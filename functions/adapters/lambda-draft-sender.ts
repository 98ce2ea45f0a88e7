/** The DraftSender port: an asynchronous invocation of the sending function (Lambda retries it twice). */
import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import type { DraftSender, SendJob } from '../app/ports.js';

export class LambdaDraftSender implements DraftSender {
  constructor(
    private readonly client: LambdaClient,
    private readonly functionName: string,
  ) {}

  async request(job: SendJob): Promise<void> {
    await this.client.send(
      new InvokeCommand({ FunctionName: this.functionName, InvocationType: 'Event', Payload: new TextEncoder().encode(JSON.stringify({ job })) }),
    );
  }
}
