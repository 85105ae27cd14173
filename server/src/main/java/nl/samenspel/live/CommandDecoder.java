package nl.samenspel.live;

import nl.samenspel.session.domain.Command;

/** Reads one type of command from a client message, checking each field at the edge. */
@FunctionalInterface
public interface CommandDecoder {
    Command decode(Fields fields);
}
