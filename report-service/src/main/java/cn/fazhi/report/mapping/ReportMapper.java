package cn.fazhi.report.mapping;

import cn.fazhi.api.CampaignView;
import cn.fazhi.api.PlaceLevel;
import cn.fazhi.api.ReportVersionView;
import cn.fazhi.api.ReportView;
import cn.fazhi.api.SourceDocumentView;
import cn.fazhi.events.ReportSubmitted;
import cn.fazhi.report.Campaign;
import cn.fazhi.report.Report;
import cn.fazhi.report.ReportVersion;
import cn.fazhi.report.VersionFile;
import cn.fazhi.report.service.FiledDocuments.Filed;
import cn.fazhi.report.repository.VersionFileSummary;
import cn.fazhi.report.repository.VersionSummary;
import java.util.List;

/** Entities to the API's views and to the event contract. */
public final class ReportMapper {

    private ReportMapper() {
    }

    /** A report with the summaries of its versions (never their texts). */
    public static ReportView toView(Report report, List<VersionSummary> versions) {
        return new ReportView(report.id, report.townshipCode, report.year, report.title, report.status,
                report.latestVersion, report.createdAt, report.updatedAt,
                versions.stream().map(ReportMapper::toView).toList());
    }

    public static ReportView.VersionSummary toView(VersionSummary version) {
        return new ReportView.VersionSummary(version.number(), version.contentHash(), version.length(),
                version.submittedBy(), version.submittedAt(), version.late());
    }

    /** The summary of a version at hand, e.g. one just stored. */
    public static VersionSummary toSummary(ReportVersion version) {
        return new VersionSummary(version.reportId, version.number, version.contentHash, version.length,
                version.submittedBy, version.submittedAt, version.late);
    }

    public static CampaignView toView(Campaign campaign) {
        return new CampaignView(campaign.year, campaign.deadline, chain(campaign.approvalChain),
                PlaceLevel.valueOf(campaign.reportingLevel), campaign.openedBy, campaign.openedAt, campaign.updatedAt);
    }

    public static List<PlaceLevel> chain(String levels) {
        return java.util.Arrays.stream(levels.split(",")).map(PlaceLevel::valueOf).toList();
    }

    public static ReportVersionView toView(Report report, ReportVersion version, VersionFileSummary file) {
        return new ReportVersionView(report.id, version.number, report.townshipCode, report.year, version.title,
                version.text, version.contentHash, version.submittedBy, version.submittedAt,
                file == null ? null : toView(file, "/api/v1/reports/" + report.id + "/versions/" + version.number + "/file"));
    }

    public static SourceDocumentView toView(VersionFileSummary file, String href) {
        return new SourceDocumentView(file.fileName(), file.mediaType(), file.sizeBytes(), file.sha256(),
                file.extractor(), file.encoding(),
                file.warnings().isEmpty() ? List.of() : List.of(file.warnings().split("\n")), href);
    }

    /** The filed document of a version about to be stored. */
    public static VersionFile toFile(java.util.UUID versionId, Filed filed) {
        VersionFile file = new VersionFile();
        file.versionId = versionId;
        file.fileName = filed.fileName();
        file.mediaType = filed.mediaType();
        file.sizeBytes = filed.content().length;
        file.sha256 = filed.sha256();
        file.extractor = filed.read().extractor();
        file.encoding = filed.read().encoding();
        file.warnings = String.join("\n", filed.read().warnings());
        file.content = filed.content();
        return file;
    }

    public static ReportSubmitted toEvent(Report report, ReportVersion version) {
        return new ReportSubmitted(report.id, version.number, report.townshipCode, report.year, version.title,
                version.text, version.contentHash, version.submittedBy, version.submittedAt, version.late,
                List.of(version.approvalChain.split(",")));
    }
}
