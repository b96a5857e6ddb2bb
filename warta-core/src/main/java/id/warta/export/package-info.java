/**
 * Writers of pipeline records: JSON, JSON Lines, plain text and Markdown. The one place where field names and
 * value formats are decided, shared by the CLI, the HTTP API and the exports.
 */
package id.warta.export;
