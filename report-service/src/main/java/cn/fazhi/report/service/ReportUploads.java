package cn.fazhi.report.service;

import cn.fazhi.api.Limits;
import cn.fazhi.api.ReportView;
import cn.fazhi.api.ResubmitRequest;
import cn.fazhi.api.SubmitReportRequest;
import cn.fazhi.api.UploadReportForm;
import cn.fazhi.api.UploadVersionForm;
import cn.fazhi.api.Validation;
import cn.fazhi.common.problem.ProblemException;
import cn.fazhi.common.security.Caller;
import cn.fazhi.report.service.FiledDocuments.Filed;
import cn.fazhi.report.service.ReportService.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Submissions filed as documents: the file is read first, outside any transaction (reading a
 * 20 MB document takes a while and needs no connection), then submitted exactly like a JSON text
 * with the file kept alongside. Who may submit is checked before the file is read, so a caller
 * out of scope learns nothing about the file; a file that cannot be read is refused before
 * anything is stored.
 */
@ApplicationScoped
public class ReportUploads {

    private final FiledDocuments documents;
    private final ReportService reports;

    public ReportUploads(FiledDocuments documents, ReportService reports) {
        this.documents = documents;
        this.reports = reports;
    }

    public Submission submit(UploadReportForm form, String idempotencyKey, Caller caller) {
        ReportService.checkMaySubmitFor(form.townshipCode, caller);
        Filed filed = documents.read(form.file);
        SubmitReportRequest request = new SubmitReportRequest(form.townshipCode, form.year, title(form.title, filed),
                text(filed));
        return reports.submit(request, idempotencyKey, caller, filed);
    }

    public ReportView resubmit(UUID id, UploadVersionForm form, Caller caller) {
        reports.checkMayRevise(id, caller);
        Filed filed = documents.read(form.file);
        return reports.resubmit(id, new ResubmitRequest(title(form.title, filed), text(filed)), caller, filed);
    }

    private static String title(String given, Filed filed) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        String stated = filed.read().title();
        if (stated == null) {
            throw ProblemException.invalid("title", "文件“" + filed.fileName() + "”中读不出标题（没有“标题”样式的段落或文档属性），请填写报告标题 title");
        }
        if (stated.length() > Limits.TITLE_MAX) {
            throw ProblemException.invalid("title", "文档自身的标题超过200个字，请另外填写报告标题 title");
        }
        return stated;
    }

    private static String text(Filed filed) {
        String text = filed.read().text();
        if (text.length() > Limits.TEXT_MAX) {
            throw ProblemException.invalid("file", Validation.TEXT_TOO_LONG + "（文件中读出 " + text.length() + " 个字）");
        }
        return text;
    }
}
