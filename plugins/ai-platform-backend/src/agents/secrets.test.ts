import type { CachedObject } from '@ai-platform/backstage-plugin-ai-platform-node';
import {
  readMcpServer,
  readModelConfig,
  readRemoteMcpServer,
  readToolServer,
} from './kagent';

const object = (kind: string, apiVersion: string, spec: object) =>
  ({
    apiVersion,
    kind,
    metadata: { name: 'github', namespace: 'apps' },
    spec,
  } as unknown as CachedObject);

const valueOf = <T>(read: { value: T } | { skipped: string }): T => {
  if ('skipped' in read) throw new Error(read.skipped);
  return read.value;
};

describe('credentials a tenant writes into kagent objects', () => {
  it('are stripped from an MCP server URL before it reaches the catalog or a page', () => {
    const remote = valueOf(
      readRemoteMcpServer(
        object('RemoteMCPServer', 'kagent.dev/v1alpha2', {
          url: 'https://bot:s3cr3t@mcp.example.com/mcp?api_key=abc123',
          protocol: 'STREAMABLE_HTTP',
        }),
      ),
    );
    expect(remote.url).toBe('https://mcp.example.com/mcp');
    const legacy = valueOf(
      readToolServer(
        object('ToolServer', 'kagent.dev/v1alpha1', {
          config: { sse: { url: 'https://mcp.example.com/sse?token=t0k3n' } },
        }),
      ),
    );
    expect(legacy.url).toBe('https://mcp.example.com/sse');
  });

  it('are redacted from the process arguments of a kmcp server and a stdio ToolServer', () => {
    const kmcp = valueOf(
      readMcpServer(
        object('MCPServer', 'kagent.dev/v1alpha1', {
          deployment: {
            image: 'ghcr.io/github/github-mcp-server:v0.9',
            port: 3000,
            args: ['stdio', '--github-token', 'ghp_abc', '--read-only'],
          },
        }),
      ),
    );
    expect(kmcp.args).toEqual([
      'stdio',
      '--github-token',
      '[redacted]',
      '--read-only',
    ]);
    const stdio = valueOf(
      readToolServer(
        object('ToolServer', 'kagent.dev/v1alpha1', {
          config: {
            stdio: {
              command: 'npx',
              args: ['-y', 'mcp-server', 'API_KEY=sk-live-123'],
            },
          },
        }),
      ),
    );
    expect(stdio.args).toEqual(['-y', 'mcp-server', 'API_KEY=[redacted]']);
  });

  it('are stripped from a model endpoint', () => {
    const config = valueOf(
      readModelConfig(
        object('ModelConfig', 'kagent.dev/v1alpha2', {
          model: 'gpt-4o',
          provider: 'OpenAI',
          openAI: { baseUrl: 'https://u:p@llm.example.eu/v1?key=k' },
        }),
      ),
    );
    expect(config.baseUrl).toBe('https://llm.example.eu/v1');
  });
});
