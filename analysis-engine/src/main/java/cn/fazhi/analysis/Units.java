package cn.fazhi.analysis;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The classifiers and units that make a number a quantity, longest first so that 人次 wins over
 * 人 and 万元 over 万. Durations and date parts (年 月 日 天 号) are deliberately absent: a
 * number followed by them is a date or a span of time, not a count.
 */
final class Units {

    /** A unit as written and what it normalises to. */
    record Unit(String written, String normalised, BigDecimal factor) {
    }

    private static final List<String> PLAIN = List.of(
            "人次", "户次", "件次", "场次", "批次", "家次",  "课时", "学时", "小时", "平方米", "公里",
            "人", "名", "位", "次", "场", "期", "件", "起", "宗", "例", "份", "条", "项", "个", "家", "户",
            "篇", "册", "本", "套", "处", "所", "座", "批", "块", "张", "幅", "台", "辆", "间", "堂", "节",
            "轮", "部", "封", "条次", "米", "亩", "吨", "元", "%", "‰");

    static final List<Unit> ALL = build();
    private static final CharTable FIRSTS = new CharTable(
            ALL.stream().map(u -> u.written().substring(0, 1)).collect(java.util.stream.Collectors.joining()));

    private Units() {
    }

    private static List<Unit> build() {
        List<Unit> units = new java.util.ArrayList<>();
        for (String unit : PLAIN) {
            units.add(new Unit(unit, unit, BigDecimal.ONE));
        }
        units.add(new Unit("万元", "元", BigDecimal.valueOf(10_000)));
        units.add(new Unit("亿元", "元", BigDecimal.valueOf(100_000_000)));
        units.add(new Unit("％", "%", BigDecimal.ONE));
        units.sort(Comparator.comparingInt((Unit u) -> u.written().length()).reversed());
        return List.copyOf(units);
    }

    /** The unit written at {@code at}, or {@code null}. */
    static Unit at(String text, int at) {
        if (at >= text.length() || !FIRSTS.has(text.charAt(at))) {
            return null;                                   // most places: no unit starts with that character
        }
        for (Unit unit : ALL) {
            if (text.startsWith(unit.written(), at)) {
                return unit;
            }
        }
        return null;
    }
}
