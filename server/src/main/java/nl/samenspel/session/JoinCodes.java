package nl.samenspel.session;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Join codes: six characters from an alphabet without look-alikes (no 0/O, no 1/I/L), so a
 * code read from a projector across the room is typed right the first time.
 */
public final class JoinCodes {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {}

    public static String random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        return code.toString();
    }

    /** What someone typed, as a code: upper case, without spaces or dashes; null if it cannot be one. */
    public static String normalize(String typed) {
        if (typed == null) return null;
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) return null;
        for (char c : code.toCharArray()) if (ALPHABET.indexOf(c) < 0) return null;
        return code;
    }
}
