package cn.fazhi.review.service;

import cn.fazhi.api.PageView;
import cn.fazhi.api.PlaceAmendmentKind;
import cn.fazhi.api.PlaceAmendmentView;
import cn.fazhi.api.PlaceLevel;
import cn.fazhi.api.PlaceView;
import cn.fazhi.common.problem.Problem;
import cn.fazhi.common.problem.ProblemException;
import cn.fazhi.common.security.CurrentCaller;
import cn.fazhi.review.Place;
import cn.fazhi.review.PlaceAmendment;
import cn.fazhi.review.PlaceName;
import cn.fazhi.review.config.PlacesConfig;
import cn.fazhi.review.mapping.PlaceMapper;
import cn.fazhi.review.repository.PlaceAmendmentRepository;
import cn.fazhi.review.repository.PlaceBulkStore;
import cn.fazhi.review.repository.PlaceNameRepository;
import cn.fazhi.review.repository.PlaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The register of places as it stands on a day, and its register files: an admin uploads a CSV
 * ({@code code,name,parent,level}) of places as they are today; every line is checked (code
 * format, level matching the code's length, parent one level up and in the register) and the whole
 * file is applied, or nothing is. A new code is added as existing since the register began; a known
 * code with another name corrects the name in force today. Dated changes are {@link PlaceAmendments}.
 */
@ApplicationScoped
public class PlaceRegister {

    private final PlaceRepository places;
    private final PlaceNameRepository names;
    private final PlaceAmendmentRepository amendments;
    private final PlaceBulkStore store;
    private final PlaceAnnouncer announcer;
    private final CurrentCaller caller;
    private final PlacesConfig config;

    public PlaceRegister(PlaceRepository places, PlaceNameRepository names, PlaceAmendmentRepository amendments,
            PlaceBulkStore store, PlaceAnnouncer announcer, CurrentCaller caller, PlacesConfig config) {
        this.places = places;
        this.names = names;
        this.amendments = amendments;
        this.store = store;
        this.announcer = announcer;
        this.caller = caller;
        this.config = config;
    }

    public LocalDate today() {
        return LocalDate.now(config.zone());
    }

    /** One valid line of a register file. */
    private record Line(String where, String code, String name, String parent, PlaceLevel level) {
    }

    /** Adds or corrects every place of the file; returns how many lines it has. */
    @Transactional
    public int load(String csv) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, Line> lines = parse(csv, errors);
        places.lockRegister();
        LocalDate today = today();
        Map<String, Place> known = places.findByCodes(lines.keySet()).stream()
                .collect(Collectors.toMap(p -> p.code, Function.identity()));
        Map<String, PlaceName> namesToday = names.on(known.keySet(), today);
        Set<String> parentsToFind = lines.values().stream().map(Line::parent)
                .filter(parent -> !parent.isEmpty() && !lines.containsKey(parent)).collect(Collectors.toSet());
        Map<String, Place> parents = places.findByCodes(parentsToFind).stream()
                .collect(Collectors.toMap(p -> p.code, Function.identity()));
        List<Line> added = new ArrayList<>();
        List<Line> corrected = new ArrayList<>();
        for (Line line : lines.values()) {
            if (!line.parent().isEmpty() && !lines.containsKey(line.parent())) {
                Place parent = parents.get(line.parent());
                if (parent == null) {
                    errors.add(new Problem.FieldError(line.where(), "上级 " + line.parent() + " 不在名录中"));
                } else if (!parent.existsOn(today)) {
                    errors.add(new Problem.FieldError(line.where(), "上级 " + line.parent() + " 今天不在册（已撤销、并入或尚未设立）"));
                }
            }
            Place place = known.get(line.code());
            if (place == null) {
                added.add(line);
            } else if (!place.existsOn(today)) {
                List<PlaceName> timeline = names.of(line.code());
                if (!timeline.get(timeline.size() - 1).name.equals(line.name())) {
                    errors.add(new Problem.FieldError(line.where(), "地区 " + line.code() + " 今天不在册（已撤销、并入或尚未设立），"
                            + "名录文件不能修改它的名称"));
                }
            } else if (!namesToday.get(line.code()).name.equals(line.name())) {
                corrected.add(line);
            }
        }
        if (lines.isEmpty() && errors.isEmpty()) {
            errors.add(new Problem.FieldError("csv", "文件中没有任何地区"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "invalid-register", "地区名录有误", errors.size() + " 处错误，名录未作任何修改", errors);
        }
        List<String> changed = new ArrayList<>();
        if (!added.isEmpty()) {
            List<String> codes = store.insertNew(new StringReader(toCsv(added)));
            store.recordAdded(codes, caller.get().subject());
            changed.addAll(codes);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (Line line : corrected) {
            PlaceName name = namesToday.get(line.code());
            record(line.code(), line.name(), name.name, now);
            name.name = line.name();
            Place place = known.get(line.code());
            place.revision++;
            place.updatedAt = now;
            changed.add(line.code());
        }
        announcer.announce(changed);
        return lines.size();
    }

    private void record(String code, String name, String formerName, OffsetDateTime now) {
        PlaceAmendment amendment = new PlaceAmendment();
        amendment.id = UUID.randomUUID();
        amendment.kind = PlaceAmendmentKind.RENAME;
        amendment.code = code;
        amendment.name = name;
        amendment.formerName = formerName;
        amendment.actor = caller.get().subject();
        amendment.recordedAt = now;
        amendments.persist(amendment);
    }

    private static Map<String, Line> parse(String csv, List<Problem.FieldError> errors) {
        Map<String, Line> lines = new LinkedHashMap<>();
        String[] text = csv.replace("\r", "").split("\n");
        for (int i = 0; i < text.length; i++) {
            String line = text[i].strip();
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
            boolean valid = true;
            if (!level.name().equals(cols[3].strip())) {
                errors.add(new Problem.FieldError(where, "代码 " + code + " 的层级应为 " + level + "，而不是 " + cols[3].strip()));
                valid = false;
            }
            String name = cols[1].strip();
            if (name.isEmpty() || name.length() > 100 || name.contains("\"")) {
                errors.add(new Problem.FieldError(where, "名称应为1到100个字，且不含引号"));
                valid = false;
            }
            String parent = cols[2].strip();
            String expectedParent = level == PlaceLevel.PROVINCE ? "" : PlaceLevel.values()[level.ordinal() - 1].codeAbove(code);
            if (!parent.equals(expectedParent)) {
                errors.add(new Problem.FieldError(where, "上级代码应为 " + (expectedParent.isEmpty() ? "空" : expectedParent)
                        + "，而不是 " + (parent.isEmpty() ? "空" : parent)));
                valid = false;
            }
            if (lines.containsKey(code)) {
                errors.add(new Problem.FieldError(where, "代码 " + code + " 重复"));
            } else if (valid) {
                lines.put(code, new Line(where, code, name, parent, level));
            }
        }
        return lines;
    }

    private static String toCsv(List<Line> lines) {
        StringBuilder csv = new StringBuilder("code,name,parent,level\n");
        for (Line line : lines) {
            csv.append(line.code()).append(",\"").append(line.name()).append("\",").append(line.parent()).append(',')
                    .append(line.level().name()).append('\n');
        }
        return csv.toString();
    }

    /** The places under {@code parent} (the provinces for {@code null}) that exist on {@code day}, by their name then. */
    @Transactional
    public List<PlaceView> children(String parent, LocalDate day) {
        return places.childrenOn(parent, day).stream().map(named -> PlaceMapper.toView(named.place(), named.name())).toList();
    }

    /** A place as it is on {@code day}: 404, saying why, if it does not exist then. */
    @Transactional
    public PlaceView get(String code, LocalDate day) {
        Place place = places.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("地区 " + code + " 不在名录中"));
        if (!place.existsOn(day)) {
            throw ProblemException.notFound("地区 " + code + " 在 " + day + " 不存在：" + lifetime(place));
        }
        return PlaceMapper.toView(place, names.on(Set.of(code), day).get(code).name);
    }

    private static String lifetime(Place place) {
        String since = place.validFrom == null ? "" : "自 " + place.validFrom + " 起设立";
        String until = place.validUntil == null ? ""
                : (place.mergedInto == null ? "于 " + place.validUntil + " 撤销" : "于 " + place.validUntil + " 并入 " + place.mergedInto);
        return since.isEmpty() || until.isEmpty() ? since + until : since + "，" + until;
    }

    /** What was changed about a place, and which places were merged into it, in the order recorded. */
    @Transactional
    public List<PlaceAmendmentView> amendments(String code) {
        if (places.findByIdOptional(code).isEmpty()) {
            throw ProblemException.notFound("地区 " + code + " 不在名录中");
        }
        return amendments.about(code).stream().map(PlaceMapper::toView).toList();
    }

    /** Every change of the register, newest first. */
    @Transactional
    public PageView<PlaceAmendmentView> amendments(int page, int size) {
        var query = amendments.newestFirst(page, size);
        return new PageView<>(query.list().stream().map(PlaceMapper::toView).toList(), page, size, query.count());
    }
}
