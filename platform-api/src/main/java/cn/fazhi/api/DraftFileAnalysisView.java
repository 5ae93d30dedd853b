package cn.fazhi.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A draft file checked: the text read from it (the analysis's offsets point into it), how it was read, and the analysis. */
@Schema(name = "DraftFileAnalysis")
public record DraftFileAnalysisView(String text, SourceDocumentView source, DraftAnalysisView analysis) {
}
