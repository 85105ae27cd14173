package nl.samenspel.session.view;

import java.util.function.Function;

/** What views need besides the session: the public address for join links, and each format's view. */
public record ViewContext(String publicBaseUrl, Function<String, FormatView> formats) {

    public String joinUrl(String code) {
        return publicBaseUrl + "/j/" + code;
    }
}
