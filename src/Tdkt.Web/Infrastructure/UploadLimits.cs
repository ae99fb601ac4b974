using System.IO.Compression;

namespace Tdkt.Web.Infrastructure;

/// <summary>
/// Limits every reader of an uploaded zip package (.xlsx, .docx) or table (CSV) applies, so that a small file that
/// unpacks to hundreds of megabytes (a zip bomb) or holds millions of cells is refused in bounded memory.
/// The declared sizes in the zip directory are checked before anything is inflated; the parts actually read are
/// read through <see cref="LimitedStream"/>, which stops at the limit whatever the directory claims.
/// </summary>
public static class UploadLimits
{
    public const int MaxZipEntries = 1000;

    /// <summary>All entries together, unpacked. A 100,000-row registry import unpacks to about 40 MB.</summary>
    public const long MaxUnpackedBytes = 200L * 1024 * 1024;

    /// <summary>Unpacked/packed for any entry above 1 MB; XML in real workbooks compresses 5–30 times, a bomb 1000 times.</summary>
    public const int MaxCompressionRatio = 200;

    public const int MaxRows = 200_000;
    public const int MaxCellsPerRow = 256;
    public const long MaxCells = 3_000_000;

    /// <summary>Excel's own limit of characters in one cell.</summary>
    public const int MaxCellChars = 32_767;

    public const string TooLargeMessage =
        "Tệp quá lớn khi giải nén (tệp nén bất thường hoặc quá nhiều dữ liệu). Hãy lưu lại tệp bằng Excel/Word, bỏ bớt dữ liệu thừa hoặc chia thành nhiều tệp rồi tải lên lại.";

    /// <summary>Characters of text kept from one file (shared strings and cells together), about 80 MB of strings.</summary>
    public const long MaxTextChars = 40_000_000;

    public const string TooManyRowsMessage =
        "Tệp có quá nhiều dòng hoặc ô (tối đa 200.000 dòng, 256 cột mỗi dòng, 3.000.000 ô). Hãy chia thành nhiều tệp.";

    public const string CellTooLongMessage = "Có ô dài hơn 32.767 ký tự (giới hạn của Excel). Hãy rút gọn nội dung ô đó.";

    /// <summary>Null when the package's directory is within the limits, else the reason (Vietnamese).</summary>
    public static string? CheckZip(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxZipEntries)
            {
                return TooLargeMessage;
            }

            long total = 0;
            foreach (var e in zip.Entries)
            {
                total += e.Length;
                if (e.Length < 0 || total > MaxUnpackedBytes
                    || (e.Length > 1024 * 1024 && e.Length > (long)MaxCompressionRatio * Math.Max(1, e.CompressedLength)))
                {
                    return TooLargeMessage;
                }
            }

            return null;
        }
        catch (InvalidDataException)
        {
            return null; // not a zip: the reader reports it as unreadable
        }
    }

    /// <summary>Null when a CSV text has at most <see cref="MaxRows"/> lines and <see cref="MaxCells"/> separators,
    /// else the reason: checked before the rows are split, so a file of bare line breaks never becomes millions of rows.</summary>
    public static string? CheckCsv(string text)
    {
        var span = text.AsSpan();
        return span.Count('\n') > MaxRows || span.Count(',') + span.Count(';') > MaxCells ? TooManyRowsMessage : null;
    }

    /// <summary>Thrown by the readers when a limit is passed; turned into the Vietnamese message by the caller.</summary>
    public sealed class ExceededException(string message) : Exception(message);

    /// <summary>A read-only stream that throws <see cref="ExceededException"/> past <paramref name="limit"/> bytes.</summary>
    public sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

        private int Count(int n)
        {
            _read += n;
            return _read > limit ? throw new ExceededException(TooLargeMessage) : n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
