// The shapes of the API's answers, by feature. The contract is the OpenAPI document,
// docs/openapi.json (written from the server's schemas by `npm run openapi`).
export * from './agencies';
export * from './allegations';
export * from './allegation-settings';
export * from './attendance';
export * from './audit';
export * from './categories';
export * from './concerns';
export * from './conduct';
export * from './deadlines';
export * from './files';
export * from './imports';
export * from './notifications';
export * from './pupils';
export * from './referrals';
export * from './school';
export * from './session';
