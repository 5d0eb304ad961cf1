export type ApiErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'MFA_REQUIRED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_TOKEN'
  | 'INTERNAL'
  | 'NETWORK';

export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly field: string | undefined;
  readonly correlationId: string | undefined;

  constructor(
    status: number,
    code: ApiErrorCode,
    message: string,
    field?: string,
    correlationId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
    this.correlationId = correlationId;
  }
}

export interface ApiResponse<T> {
  data: T;
  allowedActions: string[];
  /** Other top-level fields of the answer, such as `counts` or `unread` beside a list. */
  meta: Record<string, unknown>;
}

export interface RequestOptions {
  /** Do not run the global signed-out / MFA handler for this request. */
  quietAuth?: boolean;
  /**
   * A request the page makes by itself (polling), not because the user did something: it does
   * not count as activity for the idle sign-out, and says so to the server.
   */
  background?: boolean;
  /** Sending this request again under the same key does what the first did, once (a UUID). */
  idempotencyKey?: string;
}

type AuthFailureHandler = (error: ApiError) => void;

let authFailureHandler: AuthFailureHandler | null = null;
let lastRequestAt = Date.now();

/** Called (once per failing request) when the API says the session is gone or needs MFA. */
export function setAuthFailureHandler(handler: AuthFailureHandler | null): void {
  authFailureHandler = handler;
}

/** When Haven last talked to the server: the server's idle timeout runs from here. */
export function getLastRequestAt(): number {
  return lastRequestAt;
}

const GENERIC_MESSAGE = 'Something went wrong. Try again later.';
const NETWORK_MESSAGE = 'Haven could not be reached. Check your connection and try again.';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function toApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  if (!error)
    return new ApiError(status, status === 404 ? 'NOT_FOUND' : 'INTERNAL', GENERIC_MESSAGE);
  const code = typeof error.code === 'string' ? (error.code as ApiErrorCode) : 'INTERNAL';
  const message = typeof error.message === 'string' ? error.message : GENERIC_MESSAGE;
  const field = typeof error.field === 'string' ? error.field : undefined;
  const correlationId = typeof error.correlationId === 'string' ? error.correlationId : undefined;
  return new ApiError(status, code, message, field, correlationId);
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A body sent as it is (a file the user chose), not as JSON. */
class RawBody {
  constructor(
    readonly blob: Blob,
    readonly type: string,
  ) {}
}

/** Sends one request; a failed answer becomes an ApiError (after the global auth handler). */
async function send(
  method: Method,
  path: string,
  body: unknown,
  options: RequestOptions,
  accept: string,
): Promise<Response> {
  const headers: Record<string, string> = { Accept: accept };
  if (options.background) headers['X-Haven-Background'] = '1';
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  const init: RequestInit = { method, headers, credentials: 'same-origin', cache: 'no-store' };
  if (body instanceof RawBody) {
    headers['Content-Type'] = body.type;
    init.body = body.blob;
  } else if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body ?? {});
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'NETWORK', NETWORK_MESSAGE);
  }
  if (!options.background) lastRequestAt = Date.now();
  if (!response.ok) {
    const error = toApiError(response.status, await readJson(response));
    const authProblem = error.code === 'UNAUTHENTICATED' || error.code === 'MFA_REQUIRED';
    if (authProblem && !options.quietAuth) authFailureHandler?.(error);
    throw error;
  }
  return response;
}

async function request<T>(
  method: Method,
  path: string,
  body: unknown,
  options: RequestOptions,
): Promise<ApiResponse<T>> {
  const response = await send(method, path, body, options, 'application/json');
  const json = await readJson(response);
  if (!isRecord(json)) return { data: undefined as T, allowedActions: [], meta: {} };
  const { data, allowedActions: actions, ...meta } = json;
  const allowedActions = Array.isArray(actions)
    ? actions.filter((a): a is string => typeof a === 'string')
    : [];
  return { data: data as T, allowedActions, meta };
}

/** Builds `path?key=value` leaving out empty values. */
export function withQuery(
  path: string,
  params: Record<string, string | number | undefined>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

async function blobOf(answer: Promise<Response>): Promise<Blob> {
  const response = await answer;
  try {
    return await response.blob();
  } catch {
    throw new ApiError(0, 'NETWORK', NETWORK_MESSAGE);
  }
}

export const api = {
  get: <T>(path: string, options: RequestOptions = {}) =>
    request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options: RequestOptions = {}) =>
    request<T>('POST', path, body, options),
  patch: <T>(path: string, body: unknown, options: RequestOptions = {}) =>
    request<T>('PATCH', path, body, options),
  put: <T>(path: string, body: unknown, options: RequestOptions = {}) =>
    request<T>('PUT', path, body, options),
  delete: <T>(path: string, options: RequestOptions = {}) =>
    request<T>('DELETE', path, undefined, options),
  /** A file (not JSON), held in memory only; failures are ApiErrors like any other call. */
  download: (path: string, options: RequestOptions = {}): Promise<Blob> =>
    blobOf(send('GET', path, undefined, options, '*/*')),
  /** A JSON request whose answer is a file (such as a CTF), held in memory only. */
  postForFile: (path: string, body: unknown, options: RequestOptions = {}): Promise<Blob> =>
    blobOf(send('POST', path, body, options, '*/*')),
  /** A file the user chose sent as the body itself, of this type; the answer is JSON. */
  upload: <T>(path: string, file: Blob, type: string, options: RequestOptions = {}) =>
    request<T>('POST', path, new RawBody(file, type), options),
};
