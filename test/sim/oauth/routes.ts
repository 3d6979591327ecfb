// Every route of the simulated OAuth 2.0 (3LO) service.
import type { Route } from '../types.ts';
import { accessibleResourcesRoutes } from './accessible-resources.ts';
import { authorizeRoutes } from './authorize.ts';
import { tokenRoutes } from './token-endpoint.ts';

export const oauthRoutes: Route[] = [...authorizeRoutes, ...tokenRoutes, ...accessibleResourcesRoutes];
