package cn.fazhi.report.repository;

import cn.fazhi.report.Campaign;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CampaignRepository implements PanacheRepositoryBase<Campaign, Integer> {
}
