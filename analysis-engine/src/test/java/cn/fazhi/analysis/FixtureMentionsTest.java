package cn.fazhi.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fazhi.testing.Fixtures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mentions read by hand out of the three real reports, checked against the engine. */
class FixtureMentionsTest {

    private final ReportAnalyzer analyzer = new ReportAnalyzer();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "baochang-2024.txt  | 12宗        | 12      | 宗   | EXACT",
            "baochang-2024.txt  | 超过2000份  | 2000    | 份   | AT_LEAST",
            "baochang-2024.txt  | 十余条      | 10      | 条   | AT_LEAST",
            "baochang-2024.txt  | 3项         | 3       | 项   | EXACT",
            "baochang-2024.txt  | 百分之百    | 100     | %    | EXACT",
            "dongjituo-2024.txt | 95.7 %      | 95.7    | %    | EXACT",
            "dongjituo-2024.txt | 46起        | 46      | 起   | EXACT",
            "dongjituo-2024.txt | 44起        | 44      | 起   | EXACT",
            "dongjituo-2024.txt | 20余件      | 20      | 件   | AT_LEAST",
            "dongjituo-2024.txt | 65件        | 65      | 件   | EXACT",
            "dongjituo-2024.txt | 9名         | 9       | 名   | EXACT",
            "wangchang-2023.txt | 3.689万元   | 36890   | 元   | EXACT",
            "wangchang-2023.txt | 0条         | 0       | 条   | EXACT",
            "wangchang-2023.txt | 320余次     | 320     | 次   | AT_LEAST",
            "wangchang-2023.txt | 650人次     | 650     | 人次 | EXACT",
            "wangchang-2023.txt | 98件        | 98      | 件   | EXACT",
            "wangchang-2023.txt | 440次       | 440     | 次   | EXACT"})
    void findsTheMention(String report, String text, String value, String unit, Approx approx) {
        String source = Fixtures.report(report);
        List<Mention> found = analyzer.analyze(source).mentions().stream().filter(m -> sameText(m.text(), text)).toList();
        assertTrue(!found.isEmpty(), () -> text + " not found in " + report);
        Mention mention = found.get(0);
        assertEquals(mention.text(), source.substring(mention.start(), mention.end()));
        assertEquals(0, new BigDecimal(value).compareTo(mention.value()));
        assertEquals(unit, mention.unit());
        assertEquals(approx, mention.approx());
    }

    /** The reports put U+2002 or U+00A0 where a test writes a plain space. */
    private static boolean sameText(String found, String expected) {
        return found.replaceAll("\\p{Zs}", " ").equals(expected);
    }
}
