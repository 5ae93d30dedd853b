package cn.fazhi.analysis;

import java.util.List;

/** A mandated section of the annual report and the heading words that identify it. */
public record SectionDefinition(String code, String name, boolean required, List<String> keywords) {

    public SectionDefinition {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
