package cn.fazhi.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One sentence per rule of ANALYSIS.md §1: what must be read, and what must not. */
class MentionExtractorTest {

    private final MentionExtractor extractor = new MentionExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "调解各类矛盾纠纷46起            | 46起          | 46      | 起   | EXACT",
            "发放宣传资料20000余份           | 20000余份     | 20000   | 份   | AT_LEAST",
            "化解率为95.7 %                  | 95.7 %        | 95.7    | %    | EXACT",
            "化解率为95.7％                  | 95.7％        | 95.7    | %    | EXACT",
            "罚金3.689万元                   | 3.689万元     | 36890   | 元   | EXACT",
            "意见和建议共十余条               | 十余条        | 10      | 条   | AT_LEAST",
            "涉案金额两百万余元               | 两百万余元    | 2000000 | 元   | AT_LEAST",
            "覆盖群众两万余人次               | 两万余人次    | 20000   | 人次 | AT_LEAST",
            "审查率达到百分之百               | 百分之百      | 100     | %    | EXACT",
            "满意率百分之九十五               | 百分之九十五  | 95      | %    | EXACT",
            "审核合同1,090件                  | 1,090件       | 1090    | 件   | EXACT",
            "全年共２０场                     | ２０场        | 20      | 场   | EXACT",
            "投入1.5亿元                      | 1.5亿元       | 150000000 | 元 | EXACT",
            "审核文件超过2000份               | 超过2000份    | 2000    | 份   | AT_LEAST",
            "印发959余份                      | 959余份       | 959     | 份   | AT_LEAST",
            "覆盖率60%以上                    | 60%以上       | 60      | %    | AT_LEAST",
            "培训14名科级以上领导干部          | 14名          | 14      | 名   | EXACT",
            "超过87%的乡镇                    | 超过87%       | 87      | %    | EXACT",
            "开展6余次                        | 6余次         | 6       | 次   | AT_LEAST",
            "发表120多篇                      | 120多篇       | 120     | 篇   | AT_LEAST",
            "约300人参加                      | 约300人       | 300     | 人   | ABOUT",
            "参加人数500人左右                | 500人左右     | 500     | 人   | ABOUT",
            "不足10件                         | 不足10件      | 10      | 件   | AT_MOST",
            "近200人次                        | 近200人次     | 200     | 人次 | AT_MOST",
            "共完成政府信息依申请公开0条       | 0条           | 0       | 条   | EXACT",
            "参考率、合格率均达100%            | 100%          | 100     | %    | EXACT",
            "联合执法检查100家次              | 100家次       | 100     | 家次 | EXACT"})
    void readsTheQuantity(String sentence, String text, String value, String unit, Approx approx) {
        List<Mention> mentions = extractor.extract(sentence);
        assertEquals(1, mentions.size(), () -> "mentions of " + sentence + ": " + mentions);
        Mention mention = mentions.get(0);
        assertEquals(text, mention.text());
        assertEquals(text, sentence.substring(mention.start(), mention.end()));
        assertEquals(0, new BigDecimal(value).compareTo(mention.value()), () -> "value " + mention.value());
        assertEquals(unit, mention.unit());
        assertEquals(approx, mention.approx());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "本年度王场镇无行政复议、行政应诉案件 | 行政复议,行政应诉 | 件",
            "全年无行政败诉案件                  | 行政败诉           | 件",
            "全年无安全生产事故发生              | 安全生产事故       | 件"})
    void readsZerosStatedInWords(String sentence, String things, String unit) {
        List<Mention> mentions = extractor.extract(sentence);
        assertEquals(List.of(things.split(",")), mentions.stream().map(Mention::text).toList());
        assertTrue(mentions.stream().allMatch(m -> m.value().signum() == 0 && m.unit().equals(unit)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2024年12月31日前完成",
            "1月9日召开会议",
            "一、主要举措和成效",
            "（一）强化依法决策机制",
            "1.严格落实重大行政决策法定程序",
            "一是强化学习教育",
            "按照工作通知〔2023〕38号文件要求",
            "学习《法治政府建设实施纲要（2021-2025年）》和《十五条规定》",
            "落实“八五”普法规划和“十四五”规划",
            "学习党的二十大和二十届三中全会精神",
            "坚持“三重一大”制度，树牢“四个意识”，做到“两个维护”",
            "推行“三位一体”考核和“一村一法律顾问”",
            "开展“法律七进”和“六进”活动",
            "构建“1+3+N”模式",
            "在“3.15”和6·26开展宣传",
            "拨打12345热线、12348法律服务热线、8890或110",
            "三河镇和九龙坡区",
            "落实第一责任人职责，学习第四卷",
            "贯彻市委六届七次全会精神",
            "连续两年获评，3个月内办结",
            "建立镇村两级、三级体系，公开三类信息，解决两大问题",
            "出台十五条硬措施",
            "推行一人一策一专班",
            "确保每一项决策合法，统一部署",
            "落实行政执法“三项制度,严格执法",
            "围绕镇、村、网格三个层面，线上线下两个维度",
            "全年未发生重大安全事故，未出现群体性事件",
            "确保排查工作全面无遗漏"})
    void readsNoQuantityWhereThereIsNone(String sentence) {
        List<Mention> mentions = extractor.extract(sentence);
        assertTrue(mentions.isEmpty(), () -> "unexpected mentions in " + sentence + ": " + mentions);
    }
}
