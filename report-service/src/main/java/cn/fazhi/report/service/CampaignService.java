package cn.fazhi.report.service;

import cn.fazhi.api.CampaignRequest;
import cn.fazhi.api.CampaignView;
import cn.fazhi.api.PlaceLevel;
import cn.fazhi.common.problem.ProblemException;
import cn.fazhi.common.security.Caller;
import cn.fazhi.report.Campaign;
import cn.fazhi.report.mapping.ReportMapper;
import cn.fazhi.report.repository.CampaignRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Reporting campaigns: an admin opens one per year with its deadline and approval chain; every
 * submission takes its terms (late or not, who approves) from the campaign of its year.
 */
@ApplicationScoped
public class CampaignService {

    private static final Logger LOG = Logger.getLogger(CampaignService.class);

    /**
     * The chain of a year without a campaign: the county, then the province. Defined here only: a
     * version announces its chain in {@code reports.submitted}, and review-service takes it from there.
     */
    static final List<PlaceLevel> DEFAULT_CHAIN = List.of(PlaceLevel.COUNTY, PlaceLevel.PROVINCE);

    /** What a submission gets from its campaign. */
    public record Terms(boolean late, List<PlaceLevel> approvalChain) {
    }

    private final CampaignRepository campaigns;

    public CampaignService(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    @Transactional
    public CampaignView open(CampaignRequest request, Caller caller) {
        if (campaigns.findById(request.year()) != null) {
            throw ProblemException.conflict("campaign-exists", request.year() + "年度的报告工作已经开启，如需修改请使用 PUT");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Campaign campaign = new Campaign();
        campaign.year = request.year();
        campaign.reportingLevel = PlaceLevel.TOWNSHIP.name();
        campaign.openedBy = caller.subject();
        campaign.openedAt = now;
        apply(campaign, request, now);
        campaigns.persist(campaign);
        LOG.infof("campaign %d opened by %s: deadline %s, chain %s", campaign.year, caller.subject(), campaign.deadline,
                campaign.approvalChain);
        return ReportMapper.toView(campaign);
    }

    @Transactional
    public CampaignView update(int year, CampaignRequest request) {
        if (request.year() != year) {
            throw ProblemException.invalid("year", "请求体中的年度（" + request.year() + "）与地址中的年度（" + year + "）不一致");
        }
        Campaign campaign = find(year);
        apply(campaign, request, OffsetDateTime.now(ZoneOffset.UTC));
        LOG.infof("campaign %d changed: deadline %s, chain %s", year, campaign.deadline, campaign.approvalChain);
        return ReportMapper.toView(campaign);
    }

    @Transactional
    public CampaignView get(int year) {
        return ReportMapper.toView(find(year));
    }

    @Transactional
    public List<CampaignView> list() {
        return campaigns.listAll(Sort.descending("year")).stream().map(ReportMapper::toView).toList();
    }

    /** The terms of a submission made now for a year; a year without a campaign is never late. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Terms termsFor(int year, OffsetDateTime at) {
        Campaign campaign = campaigns.findById(year);
        if (campaign == null) {
            return new Terms(false, DEFAULT_CHAIN);
        }
        return new Terms(at.isAfter(campaign.deadline), ReportMapper.chain(campaign.approvalChain));
    }

    private Campaign find(int year) {
        Campaign campaign = campaigns.findById(year);
        if (campaign == null) {
            throw ProblemException.notFound(year + "年度的报告工作尚未开启");
        }
        return campaign;
    }

    /** The chain climbs: each level above the one before it, none at the reporting level. */
    private static void apply(Campaign campaign, CampaignRequest request, OffsetDateTime now) {
        List<PlaceLevel> chain = request.approvalChain();
        for (int i = 0; i < chain.size(); i++) {
            boolean climbs = chain.get(i) != PlaceLevel.TOWNSHIP
                    && (i == 0 || chain.get(i).codeLength() < chain.get(i - 1).codeLength());
            if (!climbs) {
                throw ProblemException.invalid("approvalChain", "审批链必须自下而上且不含乡镇，如 [\"COUNTY\", \"PROVINCE\"]");
            }
        }
        campaign.deadline = request.deadline();
        campaign.approvalChain = joined(chain);
        campaign.updatedAt = now;
    }

    /** A chain as its column keeps it: the levels' names, comma-separated. */
    static String joined(List<PlaceLevel> chain) {
        return chain.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
