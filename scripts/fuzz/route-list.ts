// The routes a Hono app registers, read from the app itself, so that every route added later is
// fuzzed and leak-tested without anyone listing it. Pure.

/**
 * Every API route as "METHOD /path": /api and OGC API – Features at /ogc (middleware, registered
 * for ALL methods, and the web app's pages left out).
 */
export function routeList(app: { routes: { method: string; path: string }[] }): string[] {
  const routes = app.routes.filter((route) => route.method !== 'ALL' && /^\/(api\/|ogc(\/|$))/.test(route.path))
  return [...new Set(routes.map((route) => `${route.method} ${route.path}`))]
}
