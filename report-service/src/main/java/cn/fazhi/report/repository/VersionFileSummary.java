package cn.fazhi.report.repository;

import java.util.UUID;

/** A version's file without its bytes: what the version's view says about where its text came from. */
public record VersionFileSummary(UUID versionId, String fileName, String mediaType, long sizeBytes, String sha256,
        String extractor, String encoding, String warnings) {
}
