/**
 * The Redriver port: an asynchronous invocation of the inbound function with a re-drive event
 * (app/redrive-event.ts), so the re-drive gets the function's own retries and failure path.
 */
import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import type { Redriver } from '../app/ports.js';
import { redriveEvent } from '../app/redrive-event.js';

export class LambdaRedriver implements Redriver {
  constructor(
    private readonly client: LambdaClient,
    private readonly functionName: string,
  ) {}

  async redrive(messageId: string): Promise<void> {
    await this.client.send(
      new InvokeCommand({ FunctionName: this.functionName, InvocationType: 'Event', Payload: new TextEncoder().encode(JSON.stringify(redriveEvent(messageId, 'sweep'))) }),
    );
  }
}
