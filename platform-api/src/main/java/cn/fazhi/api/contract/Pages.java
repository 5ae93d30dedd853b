package cn.fazhi.api.contract;

import cn.fazhi.api.DeadLetterView;
import cn.fazhi.api.FigureDisagreementView;
import cn.fazhi.api.PlaceAmendmentView;
import cn.fazhi.api.ReviewCaseView;
import cn.fazhi.api.PublishedReportView;
import cn.fazhi.api.ReportView;
import cn.fazhi.api.TownshipFigureView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Names the generic page types in the OpenAPI document (a generic {@code PageView<T>} has no name of its own). */
final class Pages {

    private Pages() {
    }

    @Schema(name = "ReportPage")
    static final class ReportPage {
        @Schema(implementation = ReportView.class, type = SchemaType.ARRAY)
        public List<ReportView> items;
        public int page;
        public int size;
        public long total;
    }

    @Schema(name = "ReviewCasePage")
    static final class ReviewCasePage {
        @Schema(implementation = ReviewCaseView.class, type = SchemaType.ARRAY)
        public List<ReviewCaseView> items;
        public int page;
        public int size;
        public long total;
    }

    @Schema(name = "PlaceAmendmentPage")
    static final class PlaceAmendmentPage {
        @Schema(implementation = PlaceAmendmentView.class, type = SchemaType.ARRAY)
        public List<PlaceAmendmentView> items;
        public int page;
        public int size;
        public long total;
    }

    @Schema(name = "DeadLetterPage")
    static final class DeadLetterPage {
        @Schema(implementation = DeadLetterView.class, type = SchemaType.ARRAY)
        public List<DeadLetterView> items;
        public int page;
        public int size;
        public long total;
    }

    @Schema(name = "FigureDisagreementPage")
    static final class FigureDisagreementPage {
        @Schema(implementation = FigureDisagreementView.class, type = SchemaType.ARRAY)
        public List<FigureDisagreementView> items;
        public int page;
        public int size;
        public long total;
    }

    @Schema(name = "TownshipFigurePage")
    static final class TownshipFigurePage {
        @Schema(implementation = TownshipFigureView.class, type = SchemaType.ARRAY)
        public List<TownshipFigureView> items;
        public int page;
        public int size;
        public long total;
    }

    @Schema(name = "PublishedReportPage")
    static final class PublishedReportPage {
        @Schema(implementation = PublishedReportView.class, type = SchemaType.ARRAY)
        public List<PublishedReportView> items;
        public int page;
        public int size;
        public long total;
    }
}
