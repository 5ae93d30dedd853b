package cn.fazhi.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When a new reading of the engine disagrees with a clerk's decision: only when it is neither what
 * the engine read when the clerk decided nor the clerk's figure (empty: none).
 */
class EngineDisagreementTest {

    @ParameterizedTest(name = "{0}: engine then {1}, clerk {2}, engine now {3} → {4}")
    @CsvSource({
            // action,  engine then, clerk, engine now, disagrees
            "CONFIRMED, 48, 48, 48,   false",   // nothing changed
            "CONFIRMED, 48, 48, 52,   true",    // the engine reads another figure than the one confirmed
            "CONFIRMED, 48, 48, ,     true",    // the engine no longer reads the confirmed figure
            "CONFIRMED, 48, 48, 48.0, false",   // the same number, written otherwise
            "CORRECTED, 46, 48, 46,   false",   // the engine still reads what the clerk corrected
            "CORRECTED, 46, 48, 48,   false",   // the engine now reads the clerk's figure
            "CORRECTED, 46, 48, 50,   true",    // a third value
            "CORRECTED, 46, 48, ,     true",    // the engine reads nothing now
            "REJECTED,  46, ,   46,   false",   // still the figure the clerk rejected
            "REJECTED,  46, ,   ,     false",   // now reads nothing, as the clerk said
            "REJECTED,  46, ,   12,   true",    // reads another figure the clerk has not seen
            "ADDED,     ,   30, ,     false",   // still misses it
            "ADDED,     ,   30, 30,   false",   // now reads what the clerk added
            "ADDED,     ,   30, 31,   true",    // reads a figure other than the clerk's
    })
    void disagreesOnlyWithANewValueThatIsNeitherTheOldReadingNorTheClerks(String action, BigDecimal engineThen,
            BigDecimal clerk, BigDecimal engineNow, boolean disagrees) {
        FigureDecision decision = new FigureDecision();
        decision.action = FigureDecision.Action.valueOf(action);
        decision.engineValue = engineThen;
        decision.value = clerk;
        assertEquals(disagrees, decision.engineDisagrees(engineNow));
    }
}
