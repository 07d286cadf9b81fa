import type { FastifyPluginAsync } from "fastify";

/** The mobile apps' bundle and package id (apps/web/capacitor.config.ts). */
export const appId = "ai.mentara.app";
/** Pages of the site that open in the app when it is installed. */
const appPaths = ["/report/*", "/interview/*", "/replay/*", "/progress", "/dashboard"];

/** The native WebView origins of the iOS (`capacitor://localhost`) and Android apps. */
export const nativeAppOrigins = ["capacitor://localhost", "https://localhost"];

/**
 * The files iOS and Android fetch to trust that links to this site may open the app: Apple's
 * `apple-app-site-association` (from APPLE_TEAM_ID) and Android's `assetlinks.json` (from the
 * signing certificates' SHA-256 fingerprints). Each answers 404 until its setting is given.
 */
export function appLinksRoutes(settings: {
  appleTeamId?: string | undefined;
  androidCertSha256?: string[] | undefined;
}): FastifyPluginAsync {
  return async (app) => {
    app.get(
      "/.well-known/apple-app-site-association",
      { schema: { hide: true } },
      async (_request, reply) => {
        if (!settings.appleTeamId)
          return reply.status(404).send({
            error: {
              code: "NOT_FOUND",
              message: "Universal links are not set up: set APPLE_TEAM_ID.",
            },
          });
        return reply.type("application/json").send({
          applinks: {
            details: [
              {
                appIDs: [`${settings.appleTeamId}.${appId}`],
                components: appPaths.map((path) => ({ "/": path })),
              },
            ],
          },
        });
      },
    );
    app.get("/.well-known/assetlinks.json", { schema: { hide: true } }, async (_request, reply) => {
      if (!settings.androidCertSha256?.length)
        return reply.status(404).send({
          error: {
            code: "NOT_FOUND",
            message: "App links are not set up: set ANDROID_CERT_SHA256.",
          },
        });
      return reply.type("application/json").send([
        {
          relation: ["delegate_permission/common.handle_all_urls"],
          target: {
            namespace: "android_app",
            package_name: appId,
            sha256_cert_fingerprints: settings.androidCertSha256,
          },
        },
      ]);
    });
  };
}
