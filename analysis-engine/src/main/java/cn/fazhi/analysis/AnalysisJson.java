package cn.fazhi.analysis;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** How an analysis is written as JSON: numbers in plain notation, so 36890 never becomes 3.689E+4. */
public final class AnalysisJson {

    private AnalysisJson() {
    }

    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public static ObjectMapper mapper() {
        return configure(new ObjectMapper());
    }
}
