package nl.samenspel.content;

/**
 * A problem in a content pack, named as precisely as a trainer needs to fix it: the file, the
 * item's id, the field. {@code blocking} problems keep the pack out; the others (a missing
 * English text, which falls back to Dutch) are only reported.
 */
public record ContentError(String file, String item, String field, String message, boolean blocking) {

    public static ContentError of(String file, String item, String field, String message) {
        return new ContentError(file, item, field, message, true);
    }

    public static ContentError warning(String file, String item, String field, String message) {
        return new ContentError(file, item, field, message, false);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file == null ? "?" : file);
        if (item != null) out.append(" · item '").append(item).append('\'');
        if (field != null && !field.isEmpty()) out.append(" · field '").append(field).append('\'');
        return out.append(": ").append(message).toString();
    }
}
