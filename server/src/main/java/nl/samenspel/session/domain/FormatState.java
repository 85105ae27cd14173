package nl.samenspel.session.domain;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** The part of a session's state that belongs to its format. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@format")
public interface FormatState {
}
