package cn.fazhi.review.service;

import cn.fazhi.api.PlaceLevel;
import cn.fazhi.api.PlaceView;
import cn.fazhi.common.problem.Problem;
import cn.fazhi.common.problem.ProblemException;
import cn.fazhi.review.Place;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The register of places: an admin uploads a CSV ({@code code,name,parent,level}); every line is
 * checked (code format, level matching the code's length, parent one level up and known) and the
 * whole file is stored, or nothing is.
 */
@ApplicationScoped
public class PlaceRegister {

    private final EntityManager em;

    public PlaceRegister(EntityManager em) {
        this.em = em;
    }

    /** Adds or updates every place of the file; returns how many. */
    @Transactional
    public int load(String csv) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        java.util.Set<String> wrongParent = new java.util.HashSet<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        String[] lines = csv.replace("\r", "").split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || (i == 0 && line.toLowerCase().startsWith("code,"))) {
                continue;
            }
            String[] cols = line.split(",", -1);
            String where = "第" + (i + 1) + "行";
            if (cols.length != 4) {
                errors.add(new Problem.FieldError(where, "应有4列：code,name,parent,level"));
                continue;
            }
            String code = cols[0].strip();
            PlaceLevel level = PlaceLevel.ofCode(code).orElse(null);
            if (level == null) {
                errors.add(new Problem.FieldError(where, "代码 " + code + " 不是2、4、6或9位数字"));
                continue;
            }
            if (!level.name().equals(cols[3].strip())) {
                errors.add(new Problem.FieldError(where, "代码 " + code + " 的层级应为 " + level + "，而不是 " + cols[3].strip()));
            }
            if (cols[1].isBlank()) {
                errors.add(new Problem.FieldError(where, "名称不能为空"));
            }
            String parent = cols[2].strip();
            String expectedParent = level == PlaceLevel.PROVINCE ? ""
                    : PlaceLevel.values()[level.ordinal() - 1].codeAbove(code);
            if (!parent.equals(expectedParent)) {
                wrongParent.add(code);
                errors.add(new Problem.FieldError(where, "上级代码应为 " + (expectedParent.isEmpty() ? "空" : expectedParent)
                        + "，而不是 " + (parent.isEmpty() ? "空" : parent)));
            }
            if (rows.put(code, new String[] {code, cols[1].strip(), parent, level.name()}) != null) {
                errors.add(new Problem.FieldError(where, "代码 " + code + " 重复"));
            }
        }
        for (String[] row : rows.values()) {
            if (!row[2].isEmpty() && !wrongParent.contains(row[0]) && !rows.containsKey(row[2])
                    && em.find(Place.class, row[2]) == null) {
                errors.add(new Problem.FieldError(row[0], "上级 " + row[2] + " 不在名录中"));
            }
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new Problem.FieldError("csv", "文件中没有任何地区"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "invalid-register", "地区名录有误", errors.size() + " 处错误，名录未作任何修改", errors);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        rows.values().stream()
                .sorted(java.util.Comparator.comparingInt(row -> row[0].length()))
                .forEach(row -> {
                    Place existing = em.find(Place.class, row[0]);
                    Place place = existing == null ? new Place() : existing;
                    place.code = row[0];
                    place.name = row[1];
                    place.parentCode = row[2].isEmpty() ? null : row[2];
                    place.level = row[3];
                    place.updatedAt = now;
                    if (existing == null) {
                        em.persist(place);
                    }
                    em.flush();   // a parent is inserted before the children that refer to it
                });
        return rows.size();
    }

    @Transactional
    public List<PlaceView> children(String parent) {
        String query = parent == null ? "from Place where parentCode is null order by code"
                : "from Place where parentCode = :parent order by code";
        var typed = em.createQuery(query, Place.class);
        if (parent != null) {
            typed.setParameter("parent", parent);
        }
        return typed.getResultList().stream().map(PlaceRegister::toView).toList();
    }

    @Transactional
    public PlaceView get(String code) {
        Place place = em.find(Place.class, code);
        if (place == null) {
            throw ProblemException.notFound("地区 " + code + " 不在名录中");
        }
        return toView(place);
    }

    private static PlaceView toView(Place place) {
        return new PlaceView(place.code, place.name, place.parentCode, PlaceLevel.valueOf(place.level));
    }
}
