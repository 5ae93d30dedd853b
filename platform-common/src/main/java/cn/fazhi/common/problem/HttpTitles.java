package cn.fazhi.common.problem;

/** Chinese titles and explanations for the HTTP statuses the platform answers with. */
final class HttpTitles {

    private HttpTitles() {
    }

    static String of(int status) {
        return switch (status) {
            case 400 -> "请求无效";
            case 401 -> "未认证";
            case 403 -> "无权执行此操作";
            case 404 -> "资源不存在";
            case 405 -> "不支持此请求方法";
            case 406 -> "无法提供所请求的格式";
            case 409 -> "与当前状态冲突";
            case 413 -> "请求体过大";
            case 415 -> "不支持的内容类型";
            case 422 -> "请求内容无法处理";
            case 429 -> "请求过于频繁";
            default -> "请求无法处理";
        };
    }

    static String detailOf(int status) {
        return switch (status) {
            case 404 -> "请求的地址或资源不存在";
            case 405 -> "此地址不支持该HTTP方法";
            case 406 -> "请在 Accept 请求头中接受 application/json";
            case 413 -> "请求体超过了允许的大小";
            case 415 -> "请求体必须是 application/json";
            default -> of(status);
        };
    }
}
