package nl.samenspel.content;

import java.util.List;

/** A pack that cannot be used, with every problem found in it. */
public final class PackException extends RuntimeException {

    private final List<ContentError> errors;

    public PackException(ContentError error) {
        this(List.of(error));
    }

    public PackException(List<ContentError> errors) {
        super(errors.isEmpty() ? "invalid pack" : errors.get(0).toString(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<ContentError> errors() {
        return errors;
    }
}
