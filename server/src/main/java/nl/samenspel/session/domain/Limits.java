package nl.samenspel.session.domain;

/** The limits on what people type. The gateway checks them at the edge, the domain again as invariants. */
public final class Limits {
    public static final int NAME = 40;
    public static final int NOTE = 500;
    public static final int LABEL = 80;
    public static final int TITLE = 120;
    public static final int SHORT_TEXT = 200;
    public static final int MIN_TABLE_SIZE = 2;
    public static final int MAX_TABLE_SIZE = 12;

    private Limits() {}
}
