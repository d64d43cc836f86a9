/**
 * The Action's view of GitHub through @actions/github: the workflow's event context, and
 * getOctokit's client (its fetch follows the runner's proxy settings, HTTPS_PROXY and
 * NO_PROXY; paginate; REST methods) with Proofgate's retry and throttling plugins, request
 * timeouts and budget (github.ts's clientOptions).
 *
 * Loaded lazily, and only once event.ts has checked the payload: @actions/github parses
 * GITHUB_EVENT_PATH when it is loaded, so a static import would crash on a broken payload
 * before the Action could say what is wrong in one line.
 */
import { CLIENT_PLUGINS, clientOptions, type ApiTiming, type Client } from './github.js';

export interface ActionsGitHub {
  eventName: string | undefined;
  payload: unknown;
  apiUrl: string;
  client(token: string, log: (msg: string) => void, timing: ApiTiming): Client;
}

export async function loadActionsGitHub(): Promise<ActionsGitHub> {
  const github = await import('@actions/github');
  const utils = await import('@actions/github/lib/utils');
  const { context } = github;
  // getOctokit's own options would be replaced wholesale by ours (request included), so
  // its proxy-aware fetch is passed on explicitly, under our timeouts.
  const proxyFetch = (utils.defaults.request?.fetch ?? globalThis.fetch) as typeof fetch;
  return {
    eventName: context.eventName,
    payload: context.payload,
    apiUrl: context.apiUrl,
    client: (token, log, timing) => github.getOctokit(token, clientOptions(context.apiUrl, 'proofgate-action', log, timing, proxyFetch), ...CLIENT_PLUGINS),
  };
}
