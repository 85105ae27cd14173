package nl.samenspel.export;

import io.vertx.core.buffer.Buffer;

/** A file made from a report: what it is, what it is called, and its bytes. */
public record Rendered(String contentType, String fileName, Buffer body) {
}
