package cn.fazhi.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Every integer from 0 to 99,999,999 written as Chinese numerals reads back as itself. */
class ChineseNumeralPropertyTest {

    private static final char[] DIGITS = "零一二三四五六七八九".toCharArray();
    private static final String[] UNITS = {"", "十", "百", "千"};

    /** The standard written form: 十二 (not 一十二) at the start, 零 for every gap, 万 groups. */
    static String write(long n) {
        if (n == 0) {
            return "零";
        }
        long myriads = n / 10_000;
        long rest = n % 10_000;
        StringBuilder out = new StringBuilder();
        if (myriads > 0) {
            out.append(group((int) myriads, true)).append('万');
        }
        if (rest > 0) {
            if (myriads > 0 && rest < 1000) {
                out.append('零');
            }
            out.append(group((int) rest, myriads == 0));
        }
        return out.toString();
    }

    private static String group(int n, boolean leading) {
        StringBuilder out = new StringBuilder();
        boolean gap = false;
        for (int position = 3; position >= 0; position--) {
            int digit = (int) (n / Math.pow(10, position)) % 10;
            if (digit == 0) {
                gap = out.length() > 0;
                continue;
            }
            if (gap) {
                out.append('零');
                gap = false;
            }
            boolean bareTen = digit == 1 && position == 1 && out.length() == 0 && leading;
            if (!bareTen) {
                out.append(DIGITS[digit]);
            }
            out.append(UNITS[position]);
        }
        return out.toString();
    }

    @Test
    void everyIntegerBelowOneHundredMillionReadsBack() {
        long wrong = LongStream.range(0, 100_000_000L).parallel()
                .filter(n -> Numerals.chinese(write(n)) != n)
                .count();
        assertEquals(0, wrong);
    }

    @Test
    void theWriterWritesTheUsualForms() {
        assertEquals("十二", write(12));
        assertEquals("一百一十", write(110));
        assertEquals("一千零一", write(1001));
        assertEquals("一万零一十", write(10010));
        assertEquals("十二万三千四百五十六", write(123456));
        assertEquals("九千九百九十九万九千九百九十九", write(99_999_999));
    }
}
