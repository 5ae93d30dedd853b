package cn.fazhi.deploy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fazhi.testing.SampleDocuments;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The pages in a real browser (Debian's chromium, headless, driven by Playwright) against the
 * assembled platform started by {@code deploy/platform.sh run}, each person logging in through
 * Keycloak's own login form: a clerk uploads a report, sees a finding, submits and corrects a
 * figure; a county reviewer comments on a passage and returns it; the clerk reads the comment on
 * that passage and submits a new version; county and province approve; a provincial viewer drills
 * down from the province to the township and lands on the passage behind its figure; the clerk of
 * another township cannot open the report by its URL. The tests take the README's screenshots
 * (deploy/target/web-screenshots; with {@code -Dweb.screenshots.update=true} into docs/web).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebIT {

    private static final String TITLE = "2024年度包场镇法治政府建设工作报告";
    /** The passage the county reviewer comments on (a sentence of the sample report). */
    private static final String PASSAGE = "全年累计审核合同、协议及文件超过2000份";
    private static final String COMMENT = "请说明审核合同、协议及文件的分类数量。";
    /** A second passage the reviewer comments on, which the clerk then rewrites in version 2. */
    private static final String PASSAGE_2 = "设立政府信息公开受理点，配置专职人员";
    private static final String COMMENT_2 = "受理点设在何处、共有几个？";
    private static final String CORRECTION_REASON = "另有1宗行政诉讼案件年底立案，未计入原文数字";

    private static Platform platform;
    private static Playwright playwright;
    private static Browser browser;
    private static final Map<String, BrowserContext> PEOPLE = new HashMap<>();
    /** Requests the pages made to anywhere but the platform (a CDN, a font): none. */
    private static final List<String> ELSEWHERE = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static Path screenshots;
    private static String reportId;

    @BeforeAll
    static void start() throws Exception {
        Path root = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
        screenshots = Boolean.getBoolean("web.screenshots.update") ? root.resolve("docs/web")
                : root.resolve("deploy/target/web-screenshots");
        Files.createDirectories(screenshots);
        platform = new Platform(root);
        Instant started = Instant.now();
        platform.start(Duration.ofMinutes(6));
        System.out.printf("[WebIT] platform started in %d s%n", Duration.between(started, Instant.now()).toSeconds());
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("web.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterAll
    static void stop() throws Exception {
        PEOPLE.values().forEach(BrowserContext::close);
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (platform != null) {
            assertEquals(0, platform.interrupt(Duration.ofMinutes(2)), "platform.sh should stop cleanly");
        }
    }

    private static String web() {
        return "http://localhost:" + Platform.GATEWAY_PORT + "/web/";
    }

    private static BrowserContext newContext() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 768).setLocale("zh-CN"));
        context.setDefaultTimeout(30_000);
        context.onRequest(request -> {
            String host = java.net.URI.create(request.url()).getHost();
            if (host != null && !host.equals("localhost") && !host.equals("127.0.0.1")) {
                ELSEWHERE.add(request.url());
            }
        });
        return context;
    }

    /** Keycloak's own login form, filled in as a person would. */
    private static void logIn(Page page, String user) {
        assertThat(page.locator("#kc-login")).isVisible();
        assertTrue(page.url().startsWith(platform.keycloak() + "/realms/fazhi/protocol/openid-connect/auth"), page.url());
        assertTrue(page.url().contains("code_challenge_method=S256"), page.url());
        page.locator("#username").fill(user);
        page.locator("#password").fill("demo");
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(web()));
        assertThat(page.locator("#who")).containsText(user);
    }

    /** A page of the person, logged in once per test class (their Keycloak session lives on). */
    private static Page as(String user, String route) {
        BrowserContext context = PEOPLE.get(user);
        if (context == null) {
            context = newContext();
            PEOPLE.put(user, context);
            Page page = context.newPage();
            page.navigate(web() + route);
            logIn(page, user);
            return page;
        }
        Page page = context.pages().isEmpty() ? context.newPage() : context.pages().get(0);
        page.navigate(web() + route);
        return page;
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name + ".png")));
    }

    /** Selects a phrase of the report's text as a person dragging the mouse over it would. */
    private static void select(Page page, String phrase) {
        Object found = page.evaluate("""
                phrase => {
                  const box = document.querySelector('.report-text');
                  const start = box.textContent.indexOf(phrase);
                  if (start < 0) return false;
                  const end = start + phrase.length;
                  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
                  const range = document.createRange();
                  let pos = 0, started = false, node;
                  while ((node = walker.nextNode())) {
                    const length = node.data.length;
                    if (!started && start < pos + length) { range.setStart(node, start - pos); started = true; }
                    if (started && end <= pos + length) { range.setEnd(node, end - pos); break; }
                    pos += length;
                  }
                  const selection = getSelection();
                  selection.removeAllRanges();
                  selection.addRange(range);
                  return true;
                }""", phrase);
        assertEquals(Boolean.TRUE, found, "the phrase is in the report's text: " + phrase);
    }

    /** Reloads until the locator shows: the pages show what the API has, and events take a moment. */
    private static void reloadUntilVisible(Page page, Locator locator, Duration atMost) {
        Instant deadline = Instant.now().plus(atMost);
        while (true) {
            try {
                locator.first().waitFor(new Locator.WaitForOptions().setTimeout(3_000));
                return;
            } catch (com.microsoft.playwright.TimeoutError notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw notYet;
                }
                page.reload();
            }
        }
    }

    /** The same person's token as curl would get it, to learn what the API answers them. */
    private static String passwordGrant(String user) {
        return io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "fazhi-cli")
                .formParam("username", user).formParam("password", "demo")
                .when().post(platform.keycloak() + "/realms/fazhi/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static String sample() {
        return readString(platform.root().resolve("deploy/samples/baochang-2024.txt"));
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @Order(1)
    void aPersonLogsInThroughKeycloakWithPkceAndOutAgain() {
        BrowserContext context = newContext();
        try {
            Page page = context.newPage();
            page.navigate(web() + "#/dashboard");
            assertThat(page.locator("#kc-login")).isVisible();
            assertThat(page.locator("body")).containsText("登录到您的账户"); // Keycloak's form in Chinese
            screenshot(page, "login");
            logIn(page, "province-viewer");
            assertThat(page.locator("#nav")).containsText("指标仪表盘");
            assertThat(page.locator("#nav")).not().containsText("填报工作台");
            assertEquals(0, ((Number) page.evaluate("localStorage.length")).intValue(), "tokens stay in sessionStorage");
            page.locator("#logout").click();
            assertThat(page.locator("#kc-login")).isVisible();
            page.navigate(web());
            assertThat(page.locator("#kc-login")).isVisible();
        } finally {
            context.close();
        }
    }

    /** A session whose token the API refuses and whose refresh Keycloak refuses is over: log in again. */
    @Test
    @Order(1)
    void anExpiredSessionSendsThePersonBackToLogIn() {
        BrowserContext context = newContext();
        try {
            Page page = context.newPage();
            page.navigate(web() + "config.json");
            String claims = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                    "{\"preferred_username\":\"baochang\",\"org_code\":\"320614108\",\"realm_access\":{\"roles\":[\"reporter\"]}}"
                            .getBytes(StandardCharsets.UTF_8));
            page.evaluate("token => sessionStorage.setItem('fazhi.tokens', JSON.stringify({access: token, "
                    + "refresh: 'expired', expiresAt: Date.now() + 600000}))", "x." + claims + ".y");
            page.navigate(web() + "#/clerk");
            assertThat(page.locator("#kc-login")).isVisible();
        } finally {
            context.close();
        }
    }

    /**
     * The clerk's order from the issue: uploads the report (a Word document built here with POI),
     * sees a finding, corrects a figure in the draft check and submits; the page records the
     * correction on the submitted version once its figure sheet exists. A figure of the submitted
     * version is then confirmed on its sheet directly.
     */
    @Test
    @Order(2)
    void theClerkUploadsAWordReportSeesAFindingCorrectsAFigureAndSubmits() {
        Page page = as("baochang", "#/clerk");
        assertThat(page.locator("h1")).hasText("填报工作台");
        byte[] docx = SampleDocuments.docxWithNumberedHeadings(sample());
        page.locator("#report-year").fill("2024");
        page.locator("#report-title").fill(TITLE);
        page.locator("#report-file").setInputFiles(new FilePayload("包场镇2024年度法治政府建设工作报告.docx", SampleDocuments.DOCX, docx));
        page.locator("#check-draft").click();
        assertThat(page.locator("#draft-findings")).containsText("缺少");
        assertThat(page.locator("#upload-progress")).isVisible();
        assertThat(page.locator("#upload-progress")).hasAttribute("value", "100");
        assertThat(page.locator("#draft-result .report-text")).containsText(PASSAGE); // the text read out of the .docx
        page.locator("#draft-findings button").first().click();

        Locator draft = page.locator("#draft-figures tr[data-indicator='litigation.cases']");
        assertThat(draft).containsText("12");
        draft.getByText("更正", new Locator.GetByTextOptions().setExact(true)).click();
        draft.locator(".figure-value").fill("13");
        draft.getByText("记下更正").click();
        assertThat(draft.locator("[role=alert]")).hasText("请说明更正的理由。");
        draft.locator(".figure-reason").fill(CORRECTION_REASON);
        draft.getByText("记下更正").click();
        assertThat(draft).containsText("提交后将更正为 13");
        screenshot(page, "clerk-draft");

        // the note shown while the page records the correction lasts as long as the analysis takes:
        // whatever the page shows in that time is watched, not guessed at with a timeout
        page.evaluate("() => { window.shownWhileRecording = []; new MutationObserver(() => {"
                + " const note = document.getElementById('figure-note');"
                + " if (note && !window.shownWhileRecording.includes(note.textContent)) window.shownWhileRecording.push(note.textContent);"
                + " }).observe(document.body, { subtree: true, childList: true, characterData: true }); }");
        page.locator("#submit-report").click();
        page.waitForURL(Pattern.compile(".*#/report/[0-9a-f-]{36}\\?v=1$"));
        Matcher id = Pattern.compile("#/report/([0-9a-f-]{36})").matcher(page.url());
        assertTrue(id.find());
        reportId = id.group(1);

        Locator litigation = page.locator("#figures tr[data-indicator='litigation.cases']");
        LocatorAssertions.ContainsTextOptions recorded = new LocatorAssertions.ContainsTextOptions().setTimeout(120_000);
        assertThat(litigation).containsText("已更正", recorded);
        assertThat(litigation).containsText("13");
        assertThat(page.locator("#figure-note")).hasCount(0);
        assertEquals(List.of("正在记录您的更正…"), page.evaluate("window.shownWhileRecording"),
                "while the correction was being recorded the page said so, and nothing else");
        assertThat(page.locator("#findings")).containsText("缺少");
        assertThat(page.locator(".meta")).containsText("包场镇2024年度法治政府建设工作报告.docx");

        // the figures of the submitted version are still confirmed or corrected on its sheet
        Locator opinions = page.locator("#figures tr[data-indicator='decision.legal_opinions']");
        assertThat(opinions).containsText("待确认");
        opinions.getByText("更正", new Locator.GetByTextOptions().setExact(true)).click();
        opinions.locator(".figure-value").fill("4");
        opinions.locator(".figure-reason").fill("另有1项法律意见未写入报告");
        opinions.getByText("保存更正").click();
        assertThat(page.locator("#figures tr[data-indicator='decision.legal_opinions']")).containsText("已更正");
        assertThat(page.locator("#figures tr[data-indicator='decision.legal_opinions']")).containsText("4");
        Locator unconfirmed = page.locator("#figures tbody tr").filter(new Locator.FilterOptions().setHasText("待确认")).first();
        String other = unconfirmed.getAttribute("data-indicator");
        unconfirmed.getByText("确认", new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#figures tr[data-indicator='" + other + "']")).containsText("已确认");
        assertThat(page.locator("#figures tr[data-indicator='litigation.cases']")).containsText("已更正");
        page.locator("#figures tr[data-indicator='litigation.cases']").scrollIntoViewIfNeeded();
        screenshot(page, "clerk-report");
    }

    @Test
    @Order(3)
    void theCountyReviewerCommentsOnAPassageAndReturnsTheReport() {
        Page page = as("haimen-reviewer", "#/review");
        assertThat(page.locator("h1")).hasText("审核工作台");
        reloadUntilVisible(page, page.locator("#queue").getByText(TITLE), Duration.ofSeconds(60));
        screenshot(page, "reviewer-queue");
        page.locator("#queue").getByText(TITLE).click();
        assertThat(page.locator("#add-comment")).isVisible();
        assertThat(page.locator(".report-text mark.finding").first()).isAttached();

        select(page, PASSAGE);
        assertThat(page.locator("#selected-passage")).containsText(PASSAGE);
        page.locator("#comment-text").fill(COMMENT);
        page.locator("#add-comment").click();
        assertThat(page.locator("#comments")).containsText(COMMENT);
        assertThat(page.locator("#comments")).containsText(PASSAGE);
        page.locator("#comments").getByText(PASSAGE, new Locator.GetByTextOptions().setExact(false)).click();
        assertThat(page.locator(".report-text mark.comment").first()).isInViewport();
        screenshot(page, "reviewer-report");

        select(page, PASSAGE_2);
        assertThat(page.locator("#selected-passage")).containsText(PASSAGE_2);
        page.locator("#comment-text").fill(COMMENT_2);
        page.locator("#add-comment").click();
        assertThat(page.locator("#comments")).containsText(COMMENT_2);

        page.locator("#return-report").click();
        assertThat(page.locator("#case-status")).containsText("已退回");
    }

    @Test
    @Order(4)
    void theClerkReadsTheCommentOnItsPassageAndSubmitsANewVersion() throws Exception {
        Page page = as("baochang", "#/clerk");
        reloadUntilVisible(page, page.locator("#my-reports").getByText("已退回修改"), Duration.ofSeconds(60));
        page.locator("#my-reports").getByText(TITLE).click();
        assertThat(page.locator("#comments")).containsText(COMMENT);
        page.locator("#comments").getByText(PASSAGE, new Locator.GetByTextOptions().setExact(false)).click();
        Locator commented = page.locator(".report-text mark.comment[title*='" + COMMENT + "']");
        assertEquals(PASSAGE, String.join("", commented.allTextContents()), "the comment is shown on its passage");

        page.navigate(web() + "#/clerk");
        page.locator("#report-year").fill("2024");
        // version 2: the first passage unchanged, the second one rewritten, a sentence added
        String revised = String.join("\n", SampleDocuments.paragraphs(sample()))
                .replace(PASSAGE_2, "在镇便民服务中心设立政府信息公开受理点1个，配置专职人员2名")
                + "\n其中审核合同120份、协议80份、规范性文件1800余份。\n";
        page.locator("#report-text").fill(revised);
        // a correction in the draft check of a figure the clerk then deletes from the text before
        // submitting: the submitted version has no such figure, the API refuses the correction,
        // and the page says so and leaves the clerk on the figure sheet
        page.locator("#check-draft").click();
        Locator opinions = page.locator("#draft-figures tr[data-indicator='decision.legal_opinions']");
        assertThat(opinions).containsText("3");
        opinions.getByText("更正", new Locator.GetByTextOptions().setExact(true)).click();
        opinions.locator(".figure-value").fill("4");
        opinions.locator(".figure-reason").fill("另有1项法律意见未统计");
        opinions.getByText("记下更正").click();
        assertThat(opinions).containsText("提交后将更正为 4");
        assertTrue(revised.contains("，提出法律意见3项"));
        page.locator("#report-text").fill(revised.replace("，提出法律意见3项", ""));
        page.locator("#submit-report").click();
        page.waitForURL(Pattern.compile(".*#/report/" + reportId + "\\?v=2$"));
        Locator failed = page.locator("#figure-note[role=alert]");
        assertThat(failed).containsText("未能记录您在草稿检查中的更正", new LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
        assertThat(failed).containsText("另有1项法律意见未统计");
        assertThat(page.locator("#figures tr[data-indicator='decision.legal_opinions']")).hasCount(0);
        assertEquals(Boolean.TRUE, page.evaluate("document.getElementById('figures').contains(document.activeElement)"),
                "the clerk is left on the figure sheet");
        screenshot(page, "clerk-correction-failed");

        // the comments made on version 1: on their passage where it is unchanged, else under the text
        Locator earlier = page.locator("#earlier-comments li").filter(new Locator.FilterOptions().setHasText(COMMENT));
        assertThat(earlier).containsText("在第1版提出");
        Locator carried = page.locator(".report-text mark.comment.earlier[title*='" + COMMENT + "']");
        assertThat(carried.first()).isAttached();
        assertEquals(PASSAGE, String.join("", carried.allTextContents()), "the earlier comment is on the same words in version 2");
        earlier.getByText(PASSAGE, new Locator.GetByTextOptions().setExact(false)).click();
        assertThat(carried.first()).isInViewport();
        Locator orphans = page.locator("#orphan-comments");
        assertThat(orphans).containsText("原段落已修改");
        assertThat(orphans).containsText(COMMENT_2);
        assertThat(orphans).containsText("在第1版提出");
        assertThat(orphans).not().containsText(COMMENT);
        assertThat(page.locator(".report-text mark[title*='" + COMMENT_2 + "']")).hasCount(0);
        screenshot(page, "clerk-earlier-comments");

        page.locator("#diff-link").click();
        assertThat(page.locator("#diff")).containsText("审核合同120份");
    }

    @Test
    @Order(5)
    void theCountyAndTheProvinceApprove() {
        for (String[] step : new String[][] {{"haimen-reviewer", "省级"}, {"province-reviewer", "已通过"}}) {
            Page page = as(step[0], "#/report/" + reportId + "?v=2");
            reloadUntilVisible(page, page.locator("#approve-report"), Duration.ofSeconds(60));
            page.locator("#approve-report").click();
            assertThat(page.locator("#case-status")).containsText(step[1]);
        }
        Page page = as("province-reviewer", "#/dashboard?region=320614&year=2024&indicator=litigation.cases");
        assertThat(page.locator("#completeness-summary")).containsText("应报");
        assertThat(page.locator("#missing-late")).containsText("未提交");
        page.locator("#completeness-summary").scrollIntoViewIfNeeded();
        screenshot(page, "dashboard-completeness");
    }

    @Test
    @Order(6)
    void aViewerDrillsDownFromTheProvinceToTheTownshipAndLandsOnThePassage() throws Exception {
        Page page = as("province-viewer", "#/dashboard?year=2024&indicator=litigation.cases");
        assertThat(page.locator("#coverage")).containsText("个乡镇中的");
        assertThat(page.locator(".crumbs")).containsText("江苏省");
        // from the chart itself with the keyboard: Tab from bar to bar, Enter opens one
        assertThat(page.locator(".bar-key[aria-label^='南通市']")).hasCount(1);
        page.getByText("导出乡镇数字 XLSX").focus();
        String focused = "";
        for (int i = 0; i < 40 && !focused.startsWith("南通市"); i++) {
            page.keyboard().press("Tab");
            focused = String.valueOf(page.evaluate("document.activeElement.classList.contains('bar-key') ? document.activeElement.getAttribute('aria-label') : ''"));
        }
        assertTrue(focused.startsWith("南通市"), "a keyboard user reaches 南通市's bar: " + focused);
        page.keyboard().press("Enter");
        assertThat(page.locator(".crumbs")).containsText("南通市");
        assertThat(page.locator(".crumbs strong")).hasText("南通市");
        page.locator("#children").getByText("海门区").focus();
        page.keyboard().press("Enter"); // the drill-down works from the keyboard too
        assertThat(page.locator(".crumbs")).containsText("海门区");
        reloadUntilVisible(page, page.locator("#children").getByText("包场镇"), Duration.ofSeconds(30));
        assertThat(page.locator("#ranking")).containsText("包场镇");
        assertThat(page.locator("main")).containsText("报送完成情况仅对审核员和管理员开放");
        assertThat(page.locator("canvas").first()).isVisible();
        screenshot(page, "dashboard");
        com.microsoft.playwright.Download export = page.waitForDownload(() -> page.getByText("导出乡镇数字 CSV").click());
        assertTrue(export.suggestedFilename().endsWith(".csv"), export.suggestedFilename());
        assertTrue(readString(export.path()).contains("320614108"), "the export lists 包场镇's figure");
        com.microsoft.playwright.Download xlsx = page.waitForDownload(() -> page.getByText("导出乡镇数字 XLSX").click());
        assertTrue(xlsx.suggestedFilename().endsWith(".xlsx"), xlsx.suggestedFilename());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx.path()))) {
            Sheet sheet = workbook.getSheet("乡镇指标数字");
            assertTrue(sheet != null, "the sheet 乡镇指标数字");
            Row header = sheet.getRow(0);
            List<String> headers = new java.util.ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            int code = headers.indexOf("乡镇代码");
            int value = headers.indexOf("数值");
            assertTrue(code >= 0 && value >= 0, "Chinese headers: " + headers);
            Row baochang = null;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && "320614108".equals(row.getCell(code).getStringCellValue())) {
                    baochang = row;
                }
            }
            assertTrue(baochang != null, "包场镇's row");
            assertEquals(CellType.NUMERIC, baochang.getCell(value).getCellType(), "the figure is a number, not text");
            assertEquals(12.0, baochang.getCell(value).getNumericCellValue());
        }
        page.locator("#children").getByText("包场镇").click();
        reloadUntilVisible(page, page.locator("#township-figures .passage-link"), Duration.ofSeconds(60));
        assertThat(page.locator("#region-value")).containsText("12");
        page.locator("#township-figures .passage-link").first().click();
        page.waitForURL(Pattern.compile(".*#/report/" + reportId + "\\?v=2&start=\\d+&end=\\d+$"));
        Locator passage = page.locator("#target-passage");
        assertThat(passage).isVisible();
        assertThat(passage).containsText("12宗");
        screenshot(page, "dashboard-passage");
    }

    @Test
    @Order(7)
    void theClerkOfAnotherTownshipCannotOpenTheReportByItsUrl() {
        String refusal = io.restassured.RestAssured.given().auth().oauth2(passwordGrant("wangchang"))
                .when().get(platform.api() + "/reports/" + reportId)
                .then().statusCode(403).extract().path("detail");
        Page page = as("wangchang", "#/report/" + reportId + "?v=1");
        assertThat(page.locator("main [role=alert]")).hasText(refusal);
        assertThat(page.locator(".report-text")).hasCount(0);
        assertThat(page.locator("main")).not().containsText(PASSAGE);
    }

    @Test
    @Order(8)
    void thePagesAreUsableOnATablet() {
        Page page = as("province-reviewer", "#/report/" + reportId + "?v=2");
        page.setViewportSize(820, 1180);
        assertThat(page.locator(".report-text")).isVisible();
        int overflow = ((Number) page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
        assertTrue(overflow <= 0, "no sideways scrolling on a tablet: " + overflow + " px");
        screenshot(page, "tablet-report");
    }

    /** The approved report is published by the admin from the report itself, found in the review queue. */
    @Test
    @Order(9)
    void theAdminPublishesTheApprovedReport() {
        Page page = as("province-admin", "#/review?tab=all");
        Locator row = page.locator("#queue tbody tr").filter(new Locator.FilterOptions().setHasText(TITLE))
                .filter(new Locator.FilterOptions().setHasText("第2版"));
        assertThat(row).containsText("已通过");
        row.getByText(TITLE).click();
        assertThat(page.locator("#case-status")).containsText("已通过");
        page.locator("#publish").click();
        assertThat(page.locator("#case-status")).containsText("已公开");
        assertThat(page.locator("#publish")).hasCount(0);
        page.navigate(web() + "#/review?tab=all");
        assertThat(page.locator("#queue tbody tr").filter(new Locator.FilterOptions().setHasText("第2版"))
                .filter(new Locator.FilterOptions().setHasText(TITLE))).containsText("已公开");
    }

    @Test
    @Order(10)
    void theAdminOpensAndChangesACampaignAndAmendsTheRegister() {
        Page page = as("province-admin", "#/admin");
        assertThat(page.locator("#nav")).containsText("管理");
        assertThat(page.locator("#amendments")).containsText("320614108");
        assertThat(page.locator("main")).containsText("积压的工作");

        // a campaign: the API's refusal is shown in the form, then it is opened and its deadline changed
        page.locator("#campaign-year").fill("2025");
        page.locator("#campaign-deadline").fill("2026-03-31T23:59");
        page.locator("#campaign-chain input[type=checkbox]").all().forEach(Locator::uncheck);
        page.locator("#campaign-save").click();
        assertThat(page.locator("#campaign-error")).hasText("审批链不能为空");
        page.locator("#campaign-chain").getByLabel("县级").check();
        page.locator("#campaign-chain").getByLabel("省级").check();
        page.locator("#campaign-save").click();
        Locator campaign = page.locator("#campaigns tbody tr").filter(new Locator.FilterOptions().setHasText("2026-03-31 23:59"));
        assertThat(campaign).containsText("县级 → 省级");
        assertThat(campaign.locator("td").first()).hasText("2025");
        page.getByLabel("修改2025年度").click();
        assertThat(page.locator("#campaign-deadline")).hasValue("2026-03-31T23:59");
        page.locator("#campaign-deadline").fill("2026-04-30T18:00");
        page.locator("#campaign-save").click();
        assertThat(page.locator("#campaigns tbody tr").filter(new Locator.FilterOptions().setHasText("2026-04-30 18:00")).locator("td").first())
                .hasText("2025");
        assertThat(page.locator("#campaigns")).not().containsText("2026-03-31 23:59");

        // an amendment of the register: the refusal first, then it is recorded and listed
        page.locator("#amendment-kind").selectOption("ADD");
        page.locator("#amendment-name").fill("滨江新区街道");
        page.locator("#amendment-from").fill("2025-01-01");
        page.locator("#amendment-save").click();
        assertThat(page.locator("#amendment-error")).hasText("地区代码不能为空");
        page.locator("#amendment-code").fill("320614999");
        page.locator("#amendment-reason").fill("演示：新设街道");
        page.locator("#amendment-save").click();
        Locator amendment = page.locator("#amendments tbody tr").filter(new Locator.FilterOptions().setHasText("320614999"));
        assertThat(amendment).containsText("滨江新区街道");
        assertThat(amendment).containsText("2025-01-01");
        assertThat(amendment).containsText("province-admin");
        page.locator("h1").scrollIntoViewIfNeeded();
        screenshot(page, "admin");
    }

    /**
     * Dead letters made as PlatformIT makes them (records no consumer can read, sent straight to
     * Kafka): the admin discards one (the reason is required), replays one, and replays the rest
     * of the topic.
     */
    @Test
    @Order(11)
    void theAdminDiscardsAndReplaysDeadLetters() throws Exception {
        String first = "poison-" + java.util.UUID.randomUUID();
        String second = "poison-" + java.util.UUID.randomUUID();
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(Map.<String, Object>of(
                "bootstrap.servers", platform.kafka(),
                "key.serializer", org.apache.kafka.common.serialization.StringSerializer.class,
                "value.serializer", org.apache.kafka.common.serialization.StringSerializer.class))) {
            for (String poison : List.of(first, second)) {
                producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>("reports.submitted", "320614800",
                        "{\"specversion\":\"1.0\",\"id\":\"" + poison + "\",\"type\":\"cn.fazhi.report.submitted.v1\",\"data\":{}}"))
                        .get();
            }
        }
        Page page = as("province-admin", "#/admin");
        Locator firstRows = page.locator("#dead-letters tbody tr").filter(new Locator.FilterOptions().setHasText(first));
        Locator secondRows = page.locator("#dead-letters tbody tr").filter(new Locator.FilterOptions().setHasText(second));
        // each record is given up by both consumers of the topic: two dead letters each
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            page.locator("#dead-status").waitFor();
            if (firstRows.count() == 2 && secondRows.count() == 2) {
                break;
            }
            assertTrue(Instant.now().isBefore(until), "both poison records dead-lettered twice: "
                    + firstRows.count() + ", " + secondRows.count());
            page.waitForTimeout(2_000);
            page.reload();
        }

        // discard: the reason is required (the API's refusal is shown beside the form)
        Locator discarded = firstRows.first();
        discarded.getByText("丢弃", new Locator.GetByTextOptions().setExact(true)).click();
        discarded.getByText("确认丢弃").click();
        assertThat(discarded.locator("[role=alert]")).hasText("请说明丢弃的原因");
        screenshot(page, "admin-dead-letters");
        discarded.locator(".discard-reason").fill("演练用的坏记录");
        discarded.getByText("确认丢弃").click();
        assertThat(page.locator("#status")).containsText("已丢弃");
        assertThat(firstRows).hasCount(1);
        // replay one
        firstRows.first().getByText("重放", new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#status")).containsText("已重放，事件已送回原主题");
        // replay every waiting dead letter of the topic
        Locator replayTopic = page.locator(".replay-topic[data-topic='reports.submitted']");
        assertThat(replayTopic).isVisible();
        replayTopic.click();
        assertThat(page.locator("#status")).containsText(Pattern.compile("已重放 [1-9][0-9]* 条 reports.submitted 的死信"));

        page.locator("#dead-status").selectOption("DISCARDED");
        Locator gone = page.locator("#dead-letters tbody tr").filter(new Locator.FilterOptions().setHasText(first));
        assertThat(gone).containsText("已丢弃");
        assertThat(gone).containsText("演练用的坏记录");
        page.locator("#dead-status").selectOption("REPLAYED");
        assertThat(page.locator("#dead-letters tbody tr").filter(new Locator.FilterOptions().setHasText(second)).first())
                .containsText("已重放");

        // the admin's forms and tables on a tablet
        page.navigate(web() + "#/admin");
        assertThat(page.locator("#amendments")).containsText("320614999");
        page.setViewportSize(820, 1180);
        int overflow = ((Number) page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
        page.setViewportSize(1366, 768);
        assertTrue(overflow <= 0, "no sideways scrolling of 管理 on a tablet: " + overflow + " px");
    }

    /** An access token about to expire is refreshed with the refresh token, without a login form. */
    @Test
    @Order(12)
    void anExpiringTokenIsRefreshedQuietly() {
        Page page = as("baochang", "#/clerk");
        assertThat(page.locator("#my-reports")).isVisible();
        String before = (String) page.evaluate("JSON.parse(sessionStorage.getItem('fazhi.tokens')).access");
        page.evaluate("() => { const t = JSON.parse(sessionStorage.getItem('fazhi.tokens')); t.expiresAt = 0;"
                + " sessionStorage.setItem('fazhi.tokens', JSON.stringify(t)); }");
        page.navigate(web() + "#/report/" + reportId + "?v=2");
        assertThat(page.locator(".report-text")).isVisible();
        assertTrue(page.url().startsWith(web()), page.url());
        String after = (String) page.evaluate("JSON.parse(sessionStorage.getItem('fazhi.tokens')).access");
        assertTrue(!before.equals(after), "a new access token");
    }

    @Test
    @Order(13)
    void everythingThePagesLoadedCameFromThePlatform() {
        assertEquals(List.of(), ELSEWHERE, "no CDN, no external font: the platform serves everything");
    }
}
