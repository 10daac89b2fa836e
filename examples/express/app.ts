import { fileURLToPath } from 'node:url';
import { type AuthProxy, toNodeHandler } from '@authflow-ui/proxy';
import express, { type Express } from 'express';

/** Where `vite build` puts the page. */
export const pageDirectory = fileURLToPath(new URL('./dist', import.meta.url));

/**
 * The Express app: the proxy at `/api/auth`, a page that only signed-in people get, and the
 * Vite-built page for everything else.
 */
export function createExampleApp(proxy: AuthProxy): Express {
  const app = express();
  // Before any body parser: the proxy reads and checks the body itself.
  app.use('/api/auth', toNodeHandler(proxy));

  // The server decides before sending any HTML: a signed-out visitor goes to the sign-in page.
  app.get('/account', async (request, response, next) => {
    try {
      const session = await proxy.getSession(request.headers.cookie);
      if (session.status === 'signedOut') {
        response.redirect(303, '/sign-in?redirect_url=%2Faccount');
        return;
      }
      next();
    } catch (error) {
      // AuthFlow cannot answer: an error page, not the sign-in page (the person may be signed in).
      next(error);
    }
  });

  app.use(express.static(pageDirectory, { index: false }));
  app.get(['/', '/sign-in', '/account'], (_request, response) => {
    response.sendFile('index.html', { root: pageDirectory });
  });
  return app;
}
