/**
 * {@code warta serve}: the HTTP API and the web interface over one store ({@link id.warta.app.serve.WartaServer},
 * on Javalin and Jetty), its options ({@link id.warta.app.serve.ServerOptions}), the command
 * ({@link id.warta.app.serve.ServeCommand}) and the API load benchmark ({@link id.warta.app.serve.ApiBench}).
 *
 * <p>The routes are those of the API contract, described by the OpenAPI document served at {@code /openapi.json};
 * JSON is Warta's one mapping ({@link id.warta.export.Json}). Guards against hostile or broken clients (size cap,
 * media types, parameter checks, concurrency limit, idle timeout, token, no fetching of private addresses) live
 * here, each in one place.
 */
package id.warta.app.serve;
