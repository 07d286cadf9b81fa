/** The bundled server's file URL, made now when its sources changed (server-bundle.mjs). */
export function serverBundle(root: string): Promise<URL>;
