import { GetSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/** Reads the reply-token secret once per cold start. */
export async function readSecret(client: SecretsManagerClient, secretId: string): Promise<string> {
  const result = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
  const value = result.SecretString;
  if (!value || value.length < 32) {
    throw new Error(`secret ${secretId} is empty or shorter than 32 characters: the reply-token secret must be long and random`);
  }
  return value;
}
