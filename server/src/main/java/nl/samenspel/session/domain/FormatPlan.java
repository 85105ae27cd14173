package nl.samenspel.session.domain;

/**
 * What a format needs from its content for one session (e.g. the chosen dilemmas and value
 * list). Copied into the session when it is created, so later edits of a content pack never
 * change a session that already ran.
 */
@com.fasterxml.jackson.annotation.JsonTypeInfo(use = com.fasterxml.jackson.annotation.JsonTypeInfo.Id.NAME, property = "@format")
public interface FormatPlan {
}
