package nl.samenspel.content;

/**
 * A text that ships in Dutch and English. Dutch is the source language: a missing English
 * text falls back to Dutch.
 */
public record Text(String nl, String en) {

    public static Text of(String nl, String en) {
        return new Text(nl, en);
    }

    public static Text same(String both) {
        return new Text(both, both);
    }

    public String in(String language) {
        return "en".equals(language) && en != null && !en.isBlank() ? en : nl;
    }

    public boolean missesEnglish() {
        return en == null || en.isBlank();
    }
}
