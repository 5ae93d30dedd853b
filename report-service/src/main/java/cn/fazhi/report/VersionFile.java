package cn.fazhi.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * The file a version's text was read from, as filed: what a reviewer downloads to see the report
 * as the township sent it. Immutable like its version.
 * A version's view reads {@link cn.fazhi.report.repository.VersionFileSummary} instead, without the bytes.
 */
@Entity
@Immutable
@Table(name = "version_file")
public class VersionFile {

    @Id
    @Column(name = "version_id")
    public UUID versionId;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public String sha256;

    /** What read the text, e.g. {@code Apache POI XWPF 5.5.1}. */
    public String extractor;

    /** A text file's encoding; null for Word and PDF. */
    public String encoding;

    /** What was left out of the text, one warning a line. */
    public String warnings;

    public byte[] content;
}
