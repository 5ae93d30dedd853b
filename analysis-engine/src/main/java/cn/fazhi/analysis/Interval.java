package cn.fazhi.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The values a stated figure allows, so that a finding reasons with what the report says and not
 * with more: {@code 受理150余件} is any number from 150 to 160, and a rate over it is a mismatch only
 * when no number in that range gives it. A closed interval {@code [lo, hi]}; {@code hi} is
 * {@code null} when the figure sets no upper bound ({@code 超过2000份}).
 *
 * <p>How a figure becomes an interval (the rule of {@link #of(Mention)}):
 * <table>
 * <caption>intervals of approximate figures</caption>
 * <tr><th>written</th><th>interval</th><th>example</th></tr>
 * <tr><td>exact</td><td>the value</td><td>46起 → [46, 46]</td></tr>
 * <tr><td>余, 多 after the number</td><td>up to one unit of its last non-zero digit more</td>
 *     <td>150余 → [150, 160], 2万余 → [20000, 30000], 十余 → [10, 20], 6余 → [6, 7]</td></tr>
 * <tr><td>超过, 逾, 以上 (余/多 absent)</td><td>no upper bound</td><td>超过2000 → [2000, ∞)</td></tr>
 * <tr><td>近</td><td>at most a tenth below</td><td>近1000 → [900, 1000]</td></tr>
 * <tr><td>不足, 不到</td><td>anything up to it</td><td>不足10 → [0, 10]</td></tr>
 * <tr><td>约, 大约, 左右</td><td>a tenth either side</td><td>约200 → [180, 220]</td></tr>
 * </table>
 * A figure written rounded also allows half a unit of its last written digit either side: a
 * percentage ({@code 93%} → [92.5, 93.5], {@code 95.7%} → [95.65, 95.75]) and a figure with a
 * decimal point ({@code 3.7万元} → [36500, 37500]); whole counts are exact. The bounds are
 * continuous: a rate or sum is checked against every real value inside them, never only whole
 * numbers, so an interval may allow a little more than a count could be, never less.
 */
record Interval(BigDecimal lo, BigDecimal hi) {

    private static final MathContext PRECISION = new MathContext(12, RoundingMode.HALF_UP);
    /** Differences below this are rounding noise of the division, not a contradiction. */
    private static final BigDecimal EPSILON = new BigDecimal("1e-9");
    private static final BigDecimal TENTH = new BigDecimal("0.1");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static Interval exactly(BigDecimal value) {
        return new Interval(value, value);
    }

    /** The values {@code mention} allows, by the rule in the class comment. */
    static Interval of(Mention mention) {
        BigDecimal v = mention.value();
        String text = mention.text();
        Interval stated = switch (mention.approx()) {
            case EXACT -> exactly(v);
            case AT_LEAST -> text.indexOf('余') >= 0 || text.indexOf('多') >= 0
                    ? new Interval(v, v.add(lastDigit(v))) : new Interval(v, null);
            case AT_MOST -> new Interval(text.startsWith("近") ? v.subtract(v.multiply(TENTH)) : BigDecimal.ZERO, v);
            case ABOUT -> new Interval(v.subtract(v.multiply(TENTH)), v.add(v.multiply(TENTH)));
        };
        BigDecimal half = roundedBy(mention).divide(BigDecimal.valueOf(2));
        if (half.signum() == 0) {
            return stated;
        }
        BigDecimal lo = stated.lo().subtract(half);
        return new Interval(lo.signum() < 0 ? BigDecimal.ZERO : lo, stated.hi() == null ? null : stated.hi().add(half));
    }

    /** One unit of the last non-zero digit: 150 → 10, 2000 → 1000, 6 → 1, 95.5 → 0.1; 1 for 0. */
    private static BigDecimal lastDigit(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ONE;
        }
        return BigDecimal.ONE.scaleByPowerOfTen(-value.stripTrailingZeros().scale());
    }

    /** The unit the figure was rounded to as written: a percentage to its decimals, a decimal figure to its last digit. */
    private static BigDecimal roundedBy(Mention mention) {
        if ("%".equals(mention.unit())) {
            return BigDecimal.ONE.scaleByPowerOfTen(-Math.max(0, mention.value().scale()));
        }
        String text = mention.text();
        if (text.indexOf('.') >= 0 || text.indexOf('．') >= 0) {
            return lastDigit(mention.value());
        }
        return BigDecimal.ZERO;
    }

    boolean bounded() {
        return hi != null;
    }

    boolean isPoint() {
        return hi != null && lo.compareTo(hi) == 0;
    }

    Interval plus(Interval other) {
        return new Interval(lo.add(other.lo), hi == null || other.hi == null ? null : hi.add(other.hi));
    }

    /** Whether some value lies in both (up to rounding noise). */
    boolean overlaps(Interval other) {
        boolean thisBelow = hi != null && hi.add(EPSILON).compareTo(other.lo) < 0;
        boolean otherBelow = other.hi != null && other.hi.add(EPSILON).compareTo(lo) < 0;
        return !thisBelow && !otherBelow;
    }

    /**
     * The percentages {@code part}/{@code whole}·100 can take when the part is a part of the whole
     * (never more than it) and the whole is more than nothing: from the smallest part over the
     * largest whole to the largest part over the smallest whole, and 100 when the two may be equal.
     * The caller makes sure the part can be at most the whole ({@code part.lo <= whole.hi}) and the
     * whole more than 0.
     */
    static Interval share(Interval part, Interval whole) {
        BigDecimal lo = whole.hi == null ? BigDecimal.ZERO : part.lo.multiply(HUNDRED).divide(whole.hi, PRECISION);
        BigDecimal hi = part.hi == null || part.hi.compareTo(whole.lo) >= 0 ? HUNDRED
                : part.hi.multiply(HUNDRED).divide(whole.lo, PRECISION);
        return new Interval(lo, hi);
    }

    /** The interval as the public range: its bounds widened to {@code scale} decimals, without trailing zeros. */
    Finding.Range toRange(int scale) {
        return new Finding.Range(plain(lo.setScale(scale, RoundingMode.FLOOR)),
                hi == null ? null : plain(hi.setScale(scale, RoundingMode.CEILING)));
    }

    /** In words for a message, with {@code scale} decimals: 70.00, 不少于1900, 不超过10, 1900至2100. */
    String describe(int scale, String unit) {
        if (isPoint()) {
            return lo.setScale(scale, RoundingMode.HALF_UP).toPlainString() + unit;
        }
        String low = lo.setScale(scale, RoundingMode.FLOOR).toPlainString() + unit;
        if (hi == null) {
            return "不少于" + low;
        }
        String high = hi.setScale(scale, RoundingMode.CEILING).toPlainString() + unit;
        return lo.signum() == 0 ? "不超过" + high : low + "至" + high;
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
