package cn.fazhi.report.service;

import cn.fazhi.api.DiffView;
import cn.fazhi.api.PageView;
import cn.fazhi.api.ReportStatus;
import cn.fazhi.api.ReportVersionView;
import cn.fazhi.api.ReportView;
import cn.fazhi.api.ResubmitRequest;
import cn.fazhi.api.SubmitReportRequest;
import cn.fazhi.common.problem.ProblemException;
import cn.fazhi.api.Roles;
import cn.fazhi.common.security.Caller;
import cn.fazhi.events.EventContract;
import cn.fazhi.events.ReviewDecided;
import cn.fazhi.messaging.Outbox;
import cn.fazhi.report.IdempotencyRecord;
import cn.fazhi.report.Report;
import cn.fazhi.report.ReportVersion;
import cn.fazhi.report.VersionFile;
import cn.fazhi.report.config.ReportConfig;
import cn.fazhi.report.mapping.ReportMapper;
import cn.fazhi.report.repository.IdempotencyRepository;
import cn.fazhi.report.repository.ReportRepository;
import cn.fazhi.report.repository.ReportRepository.ReportFilter;
import cn.fazhi.report.repository.ReportVersionRepository;
import cn.fazhi.report.repository.VersionFileRepository;
import cn.fazhi.report.repository.VersionSummary;
import cn.fazhi.report.service.FiledDocuments.Filed;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Submitting and reading reports. A submission stores the report, its first version and the
 * {@code reports.submitted} event in one transaction; the caller's place decides what they may
 * submit and see.
 */
@ApplicationScoped
public class ReportService {

    private static final Logger LOG = Logger.getLogger(ReportService.class);

    private final ReportRepository reports;
    private final ReportVersionRepository versions;
    private final VersionFileRepository versionFiles;
    private final IdempotencyRepository idempotencyKeys;
    private final Outbox outbox;
    private final CampaignService campaigns;
    private final Clock clock;

    public ReportService(ReportRepository reports, ReportVersionRepository versions, VersionFileRepository versionFiles,
            IdempotencyRepository idempotencyKeys, Outbox outbox, CampaignService campaigns, ReportConfig config) {
        this.reports = reports;
        this.versions = versions;
        this.versionFiles = versionFiles;
        this.idempotencyKeys = idempotencyKeys;
        this.outbox = outbox;
        this.campaigns = campaigns;
        this.clock = Clock.system(config.zone());
    }

    /** The outcome of a submission; {@code replayed} when an Idempotency-Key matched an earlier one. */
    public record Submission(ReportView report, boolean replayed) {
    }

    @Transactional
    public Submission submit(SubmitReportRequest request, String idempotencyKey, Caller caller) {
        return submit(request, idempotencyKey, caller, null);
    }

    /** A submission whose text was read from a filed document, which is kept with version 1. */
    @Transactional
    public Submission submit(SubmitReportRequest request, String idempotencyKey, Caller caller, Filed filed) {
        int currentYear = Year.now(clock).getValue();
        if (request.year() > currentYear) {
            throw ProblemException.invalid("year", "报告年度不能晚于当前年度" + currentYear + "年");
        }
        checkMaySubmitFor(request.townshipCode(), caller);
        String requestHash = Hashes.sha256(request.townshipCode() + '\u0000' + request.year() + '\u0000'
                + request.title() + '\u0000' + request.text());
        IdempotencyRecord.Key key = null;
        if (idempotencyKey != null) {
            key = new IdempotencyRecord.Key(caller.subject(), idempotencyKey);
            reports.lock("idempotency:" + key.caller() + ':' + key.key());
            IdempotencyRecord earlier = idempotencyKeys.findById(key);
            if (earlier != null) {
                return replay(earlier, requestHash);
            }
        }
        reports.lock("report:" + request.townshipCode() + ':' + request.year());
        reports.findByTownshipAndYear(request.townshipCode(), request.year()).ifPresent(existing -> {
            throw ProblemException.conflict("report-exists", request.townshipCode() + " 的" + request.year()
                    + "年度报告已经提交过（报告编号 " + existing.id + "），不能重复提交");
        });

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.townshipCode = request.townshipCode();
        report.year = request.year();
        report.title = request.title().strip();
        report.status = ReportStatus.SUBMITTED;
        report.latestVersion = 1;
        report.createdAt = now;
        report.updatedAt = now;
        reports.persist(report);

        ReportVersion version = addVersion(report, request.title(), request.text(), caller, now, filed);

        if (key != null) {
            IdempotencyRecord record = new IdempotencyRecord();
            record.id = key;
            record.requestHash = requestHash;
            record.reportId = report.id;
            record.createdAt = now;
            idempotencyKeys.persist(record);
        }
        LOG.infof("report %s submitted: township %s, year %d, version 1 by %s%s", report.id, report.townshipCode,
                report.year, caller.subject(), version.late ? " (late)" : "");
        return new Submission(ReportMapper.toView(report, List.of(ReportMapper.toSummary(version))), false);
    }

    static void checkMaySubmitFor(String townshipCode, Caller caller) {
        if (townshipCode != null && !caller.maySubmitFor(townshipCode)) {
            throw ProblemException.forbidden("您只能为本乡镇（" + caller.orgCode() + "）提交报告，不能为 "
                    + townshipCode + " 提交");
        }
    }

    /** Whether the caller may submit a new version of this report (its state is checked when they do). */
    @Transactional
    public void checkMayRevise(UUID id, Caller caller) {
        Report report = reports.findById(id);
        if (report == null) {
            throw ProblemException.notFound("报告 " + id + " 不存在");
        }
        if (!caller.maySubmitFor(report.townshipCode)) {
            throw ProblemException.forbidden("您只能为本乡镇提交报告，不能为 " + report.townshipCode + " 提交");
        }
    }

    /**
     * A township revises a returned report: the new text becomes version n+1 and goes through
     * analysis and review again. Only a RETURNED report takes a new version.
     */
    @Transactional
    public ReportView resubmit(UUID id, ResubmitRequest request, Caller caller) {
        return resubmit(id, request, caller, null);
    }

    /** A revised version whose text was read from a filed document, which is kept with it. */
    @Transactional
    public ReportView resubmit(UUID id, ResubmitRequest request, Caller caller, Filed filed) {
        Report report = reports.findById(id);
        if (report == null) {
            throw ProblemException.notFound("报告 " + id + " 不存在");
        }
        if (!caller.maySubmitFor(report.townshipCode)) {
            throw ProblemException.forbidden("您只能为本乡镇提交报告，不能为 " + report.townshipCode + " 提交");
        }
        reports.lock("report:" + report.townshipCode + ':' + report.year);
        reports.refresh(report);
        if (report.status != ReportStatus.RETURNED) {
            throw ProblemException.conflict("report-not-returned", "报告当前状态为 " + report.status
                    + "，只有被退回（RETURNED）的报告才能提交新版本");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        report.title = request.title().strip();
        report.latestVersion = report.latestVersion + 1;
        report.status = ReportStatus.SUBMITTED;
        report.updatedAt = now;
        ReportVersion version = addVersion(report, request.title(), request.text(), caller, now, filed);
        LOG.infof("report %s version %d submitted by %s", report.id, version.number, caller.subject());
        return ReportMapper.toView(report, versions.summariesOf(report.id));
    }

    /** Stores version {@code report.latestVersion} and its event, with the terms of the year's campaign. */
    private ReportVersion addVersion(Report report, String title, String text, Caller caller, OffsetDateTime now,
            Filed filed) {
        CampaignService.Terms terms = campaigns.termsFor(report.year, now);
        ReportVersion version = new ReportVersion();
        version.id = UUID.randomUUID();
        version.reportId = report.id;
        version.number = report.latestVersion;
        version.title = title.strip();
        version.text = text;
        version.contentHash = Hashes.sha256(text);
        version.length = text.length();
        version.submittedBy = caller.subject();
        version.submittedAt = now;
        version.late = terms.late();
        version.approvalChain = CampaignService.joined(terms.approvalChain());
        versions.persist(version);
        if (filed != null) {
            versionFiles.persist(ReportMapper.toFile(version.id, filed));
        }
        outbox.append(EventContract.REPORT_SUBMITTED, report.townshipCode, report.id.toString(),
                ReportMapper.toEvent(report, version));
        return version;
    }

    /** Paragraph by paragraph, what changed from one version to another. */
    @Transactional
    public DiffView diff(UUID id, int from, int to, Caller caller) {
        readable(id, caller);
        ReportVersion older = versions.find(id, from)
                .orElseThrow(() -> ProblemException.notFound("报告 " + id + " 没有第" + from + "版"));
        ReportVersion newer = versions.find(id, to)
                .orElseThrow(() -> ProblemException.notFound("报告 " + id + " 没有第" + to + "版"));
        return new DiffView(id, from, to, ParagraphDiff.between(older.text, newer.text));
    }

    /**
     * Follows a review decision on the report's latest version: returned, approved (once the
     * decision is final: review-service, which owns the approval chain, says so), or published.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decided(ReviewDecided decided) {
        Report report = reports.findById(decided.reportId());
        if (report == null || report.latestVersion != decided.version()) {
            LOG.warnf("decision %s on report %s v%d ignored: not its latest version", decided.decision(),
                    decided.reportId(), decided.version());
            return;
        }
        ReportStatus next = switch (decided.decision()) {
            case RETURNED -> ReportStatus.RETURNED;
            case PUBLISHED -> ReportStatus.PUBLISHED;
            case APPROVED -> decided.finalDecision() ? ReportStatus.APPROVED : ReportStatus.IN_REVIEW;
        };
        if (next != report.status) {
            LOG.infof("report %s v%d: %s → %s (%s at %s%s)", report.id, decided.version(), report.status, next,
                    decided.decision(), decided.level(), decided.finalDecision() ? ", final" : "");
            report.status = next;
            report.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
    }

    private Submission replay(IdempotencyRecord earlier, String requestHash) {
        if (!earlier.requestHash.equals(requestHash)) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key 已被使用",
                    "这个 Idempotency-Key 已用于另一份内容不同的提交；重试时请发送相同的内容，新的提交请使用新的键");
        }
        Report report = reports.findById(earlier.reportId);
        return new Submission(ReportMapper.toView(report, versions.summariesOf(report.id)), true);
    }

    @Transactional
    public ReportView get(UUID id, Caller caller) {
        Report report = readable(id, caller);
        return ReportMapper.toView(report, versions.summariesOf(id));
    }

    @Transactional
    public ReportVersionView version(UUID id, int number, Caller caller) {
        Report report = readable(id, caller);
        if (!caller.mayRead(report.townshipCode) && number != report.latestVersion) {
            throw ProblemException.forbidden("只公开已发布的版本（第" + report.latestVersion + "版）");
        }
        ReportVersion version = versions.find(id, number)
                .orElseThrow(() -> ProblemException.notFound("报告 " + id + " 没有第" + number + "版"));
        return ReportMapper.toView(report, version, versionFiles.summaryOf(version.id).orElse(null));
    }

    /** A version's file as filed, for whoever may read that version. */
    @Transactional
    public VersionFile file(UUID id, int number, Caller caller) {
        Report report = readable(id, caller);
        if (!caller.mayRead(report.townshipCode) && number != report.latestVersion) {
            throw ProblemException.forbidden("只公开已发布的版本（第" + report.latestVersion + "版）");
        }
        ReportVersion version = versions.find(id, number)
                .orElseThrow(() -> ProblemException.notFound("报告 " + id + " 没有第" + number + "版"));
        VersionFile file = versionFiles.findById(version.id);
        if (file == null) {
            throw ProblemException.notFound("第" + number + "版是以文本提交的，没有原始文件");
        }
        return file;
    }

    @Transactional
    public PageView<ReportView> list(ReportFilter filter, int page, int size, Caller caller) {
        String prefix = caller.listPrefix();
        if (caller.has(Roles.PORTAL) && Caller.NOTHING.equals(prefix)) {
            prefix = null;
            filter = new ReportFilter(filter.year(), filter.townshipCode(), published(filter.statuses()));
        }
        PanacheQuery<Report> query = reports.search(filter, prefix, page, size);
        List<Report> found = query.list();
        Map<UUID, List<VersionSummary>> versionsOf = versions.summariesOf(found.stream().map(r -> r.id).toList())
                .stream().collect(Collectors.groupingBy(VersionSummary::reportId));
        List<ReportView> items = found.stream()
                .map(report -> ReportMapper.toView(report, versionsOf.getOrDefault(report.id, List.of())))
                .toList();
        return new PageView<>(items, page, size, query.count());
    }

    /** A portal lists published reports only, whatever else it asks for. */
    private static List<ReportStatus> published(List<ReportStatus> asked) {
        return asked.isEmpty() || asked.contains(ReportStatus.PUBLISHED) ? List.of(ReportStatus.PUBLISHED)
                : List.of();
    }

    /** Marks the report in review once the analysis of its newest version is stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void analyzed(UUID reportId, int version) {
        Report report = reports.findById(reportId);
        if (report == null) {
            LOG.warnf("analysis of unknown report %s ignored", reportId);
            return;
        }
        if (report.latestVersion == version && report.status == ReportStatus.SUBMITTED) {
            report.status = ReportStatus.IN_REVIEW;
            report.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            LOG.infof("report %s version %d analyzed, now IN_REVIEW", reportId, version);
        }
    }

    private Report readable(UUID id, Caller caller) {
        Report report = reports.findById(id);
        if (report == null) {
            throw ProblemException.notFound("报告 " + id + " 不存在");
        }
        boolean publishedForPortal = caller.has(Roles.PORTAL) && report.status == ReportStatus.PUBLISHED;
        if (!caller.mayRead(report.townshipCode) && !publishedForPortal) {
            throw ProblemException.forbidden("您无权查看乡镇 " + report.townshipCode + " 的报告");
        }
        return report;
    }
}
