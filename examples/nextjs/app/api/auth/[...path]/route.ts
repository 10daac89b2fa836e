import { authProxy } from '../../../../auth-proxy';

export const POST = (request: Request) => authProxy()(request);
export const OPTIONS = POST;
