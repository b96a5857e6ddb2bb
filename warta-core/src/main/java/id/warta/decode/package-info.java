/** Decoding: a document's bytes to text, choosing the charset from the transport, the BOM, the markup or the bytes. */
package id.warta.decode;
