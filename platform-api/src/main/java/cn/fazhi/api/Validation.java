package cn.fazhi.api;

/**
 * The rules a request must meet and their Chinese messages, written once: the contract
 * interfaces and the request records use these constants, so a service and the gateway can never
 * word or check the same rule differently.
 */
public final class Validation {

    public static final String BODY_REQUIRED = "请求体不能为空";

    public static final String TOWNSHIP_CODE = "[0-9]{9}";
    public static final String TOWNSHIP_CODE_MESSAGE = "乡镇代码必须是9位数字的行政区划代码";
    public static final String TOWNSHIP_CODE_REQUIRED = "必须填写乡镇代码";

    /** A year, as a body field or a query parameter: a number between {@link Limits#FIRST_YEAR} and {@link Limits#LAST_YEAR}. */
    public static final String YEAR_REQUIRED = "必须填写报告年度";
    public static final String YEAR_TOO_EARLY = "报告年度不能早于2000年";
    public static final String YEAR_TOO_LATE = "报告年度不在可提交的范围内";

    public static final String TEXT_REQUIRED = "报告正文不能为空";
    public static final String FILE_REQUIRED = "必须上传报告文件（表单字段 file）";
    public static final String TEXT_TOO_LONG = "报告正文不能超过200000个字";

    public static final String VERSION_MESSAGE = "版本号从1开始";

    public static final String IDEMPOTENCY_KEY = "[\\x21-\\x7E]{1,200}";
    public static final String IDEMPOTENCY_KEY_MESSAGE = "Idempotency-Key 必须是1到200个可见ASCII字符";

    public static final String LEVEL = "COUNTY|CITY|PROVINCE";
    public static final String LEVEL_MESSAGE = "层级可选 COUNTY、CITY、PROVINCE";

    public static final String SEVERITY = "ERROR|WARNING|INFO";
    public static final String SEVERITY_MESSAGE = "严重程度可选 ERROR、WARNING、INFO";

    /** A catalogued indicator's code: area.question, e.g. {@code disputes.received}. */
    public static final String INDICATOR_CODE = "[a-z][a-z_]{0,39}\\.[a-z][a-z_]{0,59}";
    public static final String INDICATOR_CODE_MESSAGE = "指标代码格式不正确（如 disputes.received，见指标目录）";

    public static final String FIGURE_ACTION = "CONFIRMED|CORRECTED|REJECTED|ADDED";
    public static final String FIGURE_ACTION_MESSAGE = "处理方式必须是 CONFIRMED、CORRECTED、REJECTED 或 ADDED";

    public static final String REGION_CODE = "[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9}";
    public static final String REGION_CODE_MESSAGE = "地区代码必须是2、4、6或9位数字的行政区划代码";
    public static final String YEAR_MESSAGE = "报告年度必须在2000到2100之间";

    private Validation() {
    }
}
