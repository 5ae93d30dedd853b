package cn.fazhi.document;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLevelSuffix;

/**
 * Word's automatic list numbers (一、（一）1.), which Word computes when it shows a document and
 * never stores in its text. Without them a report's outline is invisible to the analysis: the
 * headings "一、…" of a Word report usually come from a numbered heading style.
 *
 * <p>Follows {@code numbering.xml} in document order: a paragraph's list (its own {@code w:numPr}
 * or its style's, through {@code basedOn}), the level's start, format and text ({@code %1、},
 * {@code （%2）}), a restart of the deeper levels whenever a level counts on, and a list
 * instance's {@code startOverride}. Counters are kept per abstract list, as Word continues a list
 * across its instances.
 */
final class WordNumbering {

    private static final int LEVELS = 9;

    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private final Set<String> overridden = new HashSet<>();

    WordNumbering(XWPFDocument document) {
        this.numbering = document.getNumbering();
        this.styles = document.getStyles();
    }

    /** The number Word shows before this paragraph (e.g. {@code 一、}), or "" if it has none. */
    String label(XWPFParagraph paragraph) {
        if (numbering == null) {
            return "";
        }
        Reference reference = reference(paragraph);
        if (reference == null || reference.numId.signum() == 0) {
            return "";
        }
        XWPFNum num = numbering.getNum(reference.numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return "";
        }
        BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
        XWPFAbstractNum list = numbering.getAbstractNum(abstractId);
        if (list == null) {
            return "";
        }
        CTLvl[] levels = new CTLvl[LEVELS];
        for (CTLvl lvl : list.getCTAbstractNum().getLvlArray()) {
            int ilvl = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
            if (ilvl >= 0 && ilvl < LEVELS) {
                levels[ilvl] = lvl;
            }
        }
        int level = reference.level >= 0 ? reference.level : levelOfStyle(levels, paragraph.getStyle());
        if (level < 0 || level >= LEVELS || levels[level] == null) {
            return "";
        }
        int[] count = counters.computeIfAbsent(abstractId, id -> unset());
        applyOverrides(num, reference.numId, count);
        count[level] = count[level] == Integer.MIN_VALUE ? start(levels[level]) : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = Integer.MIN_VALUE;
        }
        return render(levels, level, count);
    }

    private void applyOverrides(XWPFNum num, BigInteger numId, int[] count) {
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            if (override.getStartOverride() == null || override.getIlvl() == null) {
                continue;
            }
            int ilvl = override.getIlvl().intValue();
            if (ilvl >= 0 && ilvl < LEVELS && overridden.add(numId + ":" + ilvl)) {
                count[ilvl] = override.getStartOverride().getVal().intValue() - 1;
            }
        }
    }

    private static String render(CTLvl[] levels, int level, int[] count) {
        CTLvl lvl = levels[level];
        String format = lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
        if ("bullet".equals(format)) {
            return "";
        }
        String text = lvl.getLvlText() == null || lvl.getLvlText().getVal() == null ? "" : lvl.getLvlText().getVal();
        boolean legal = lvl.getIsLgl() != null;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int k = text.charAt(++i) - '1';
                CTLvl of = levels[k];
                int value = count[k] != Integer.MIN_VALUE ? count[k] : of == null ? 1 : start(of);
                String fmt = of == null || of.getNumFmt() == null ? "decimal" : of.getNumFmt().getVal().toString();
                out.append(ListNumbers.format(value, legal && k < level ? "decimal" : fmt));
            } else {
                out.append(c);
            }
        }
        if (out.length() > 0 && lvl.getSuff() != null && lvl.getSuff().getVal() == STLevelSuffix.SPACE) {
            out.append(' ');
        }
        return out.toString();
    }

    private static int start(CTLvl lvl) {
        return lvl.getStart() == null ? 0 : lvl.getStart().getVal().intValue();
    }

    private static int levelOfStyle(CTLvl[] levels, String styleId) {
        for (int i = 0; i < LEVELS; i++) {
            if (levels[i] != null && levels[i].getPStyle() != null && levels[i].getPStyle().getVal().equals(styleId)) {
                return i;
            }
        }
        return 0;
    }

    /** The paragraph's own {@code w:numPr}, else its style's (following {@code basedOn}). */
    private Reference reference(XWPFParagraph paragraph) {
        CTPPr own = paragraph.getCTP().getPPr();
        if (own != null && own.getNumPr() != null && own.getNumPr().getNumId() != null) {
            return of(own.getNumPr());
        }
        String styleId = paragraph.getStyle();
        for (int depth = 0; styleId != null && styles != null && depth < 20; depth++) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                return null;
            }
            CTPPrGeneral ppr = style.getCTStyle().getPPr();
            if (ppr != null && ppr.getNumPr() != null && ppr.getNumPr().getNumId() != null) {
                Reference fromStyle = of(ppr.getNumPr());
                if (own != null && own.getNumPr() != null && own.getNumPr().getIlvl() != null) {
                    return new Reference(fromStyle.numId, own.getNumPr().getIlvl().getVal().intValue());
                }
                return fromStyle;
            }
            styleId = style.getBasisStyleID();
        }
        return null;
    }

    private static Reference of(CTNumPr numPr) {
        int level = numPr.getIlvl() == null ? -1 : numPr.getIlvl().getVal().intValue();
        return new Reference(numPr.getNumId().getVal(), level);
    }

    private static int[] unset() {
        int[] count = new int[LEVELS];
        java.util.Arrays.fill(count, Integer.MIN_VALUE);
        return count;
    }

    /** A paragraph's list instance and level ({@code -1}: the level whose {@code pStyle} is the paragraph's style). */
    private record Reference(BigInteger numId, int level) {
    }
}
