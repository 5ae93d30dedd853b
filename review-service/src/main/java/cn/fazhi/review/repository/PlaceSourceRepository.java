package cn.fazhi.review.repository;

import cn.fazhi.review.PlaceSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The published lists the register was seeded from. */
@ApplicationScoped
public class PlaceSourceRepository implements PanacheRepositoryBase<PlaceSource, String> {
}
