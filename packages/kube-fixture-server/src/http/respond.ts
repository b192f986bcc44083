import { IncomingMessage, ServerResponse } from 'node:http';
import { StatusError, statusErrors } from '../errors';

/** Sends a JSON body, or a body already rendered to JSON. */
export function sendJson(res: ServerResponse, code: number, body: unknown) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(code, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

/**
 * Sends a kube-apiserver `Status` failure, or the plain-text body
 * kube-apiserver gives paths it does not serve at all.
 */
export function sendStatus(res: ServerResponse, error: StatusError) {
  if (error.details?.plainText) {
    res.writeHead(error.code, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(`${error.message}\n`);
    return;
  }
  sendJson(res, error.code, error.toStatus());
}

/** Reads a request body as JSON, failing with 400 on anything else. */
export async function readJson(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw statusErrors.badRequest(
      `the request body is not valid JSON: ${(error as Error).message}`,
    );
  }
}
