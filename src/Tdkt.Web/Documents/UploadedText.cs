using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Tdkt.Domain.Common;

namespace Tdkt.Web.Documents;

/// <summary>
/// Turns an uploaded plan document into the line-based text the plan parser reads: .txt/.md as UTF-8, .docx as
/// one line per paragraph and one tab-separated line per table row (a cell's paragraphs become "- a - b").
/// </summary>
public static class UploadedText
{
    public const long MaxUploadBytes = 5 * 1024 * 1024;
    private const long MaxUnpackedBytes = 50 * 1024 * 1024;
    private const int MaxZipEntries = 2000;
    private const long MaxDocumentChars = 20_000_000;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Result<string> Read(string fileName, byte[] content)
    {
        if (content.Length == 0)
        {
            return new ValidationError("Upload", "Tệp rỗng. Hãy chọn tệp kế hoạch (.docx, .txt hoặc .md).");
        }

        if (content.Length > MaxUploadBytes)
        {
            return new ValidationError("Upload", "Tệp lớn hơn 5 MB. Hãy bỏ bớt hình ảnh hoặc chỉ giữ phần văn bản của kế hoạch.");
        }

        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        return ext switch
        {
            ".txt" or ".md" => ReadText(content),
            ".docx" => ReadDocx(content),
            _ => new ValidationError("Upload", $"Không đọc được tệp \"{Path.GetFileName(fileName)}\": chỉ nhận .docx, .txt hoặc .md. Tệp .doc hoặc .pdf hãy mở bằng Word rồi lưu thành .docx."),
        };
    }

    private static Result<string> ReadText(byte[] content)
    {
        if (LooksBinary(content))
        {
            return new ValidationError("Upload", "Tệp này không phải văn bản (có vẻ là ảnh, tệp nén hoặc tệp chương trình được đổi tên thành .txt/.md). Hãy chọn đúng tệp kế hoạch (.docx, .txt hoặc .md).");
        }

        try
        {
            var text = StrictUtf8.GetString(content);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            return new ValidationError("Upload", "Tệp văn bản không phải mã UTF-8 nên tiếng Việt sẽ bị lỗi. Hãy lưu lại với mã UTF-8 rồi tải lên lại.");
        }
    }

    private static Result<string> ReadDocx(byte[] content)
    {
        var unreadable = new ValidationError("Upload", "Không đọc được tệp .docx (tệp hỏng hoặc không phải văn bản Word). Hãy mở bằng Word, lưu lại thành .docx rồi tải lên lại.");
        if (content.Length < 4 || content[0] != 'P' || content[1] != 'K')
        {
            return unreadable;
        }

        try
        {
            // A .docx is a zip: check entry count and unpacked size before anything inflates it (zip bombs).
            using (var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read))
            {
                if (zip.Entries.Count > MaxZipEntries || zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes
                    || Infrastructure.UploadLimits.CheckZip(content) is not null)
                {
                    return new ValidationError("Upload", "Tệp .docx quá lớn khi giải nén. Hãy bỏ bớt hình ảnh rồi tải lên lại.");
                }
            }

            if (UnsafeDocx(content) is { } unsafeDocx)
            {
                return unsafeDocx;
            }

            // The directory's sizes can lie: the DOM load of a part stops at a character limit whatever it says.
            using var doc = WordprocessingDocument.Open(new MemoryStream(content), false,
                new DocumentFormat.OpenXml.Packaging.OpenSettings { MaxCharactersInPart = MaxDocumentChars });
            var body = doc.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                return unreadable;
            }

            var sb = new StringBuilder();
            foreach (var element in body.ChildElements)
            {
                switch (element)
                {
                    case Paragraph p:
                        sb.AppendLine(TextOf(p));
                        break;
                    case Table t:
                        sb.AppendLine();
                        foreach (var row in t.Elements<TableRow>())
                        {
                            sb.AppendLine(string.Join('\t', row.Elements<TableCell>().Select(CellText)));
                        }

                        sb.AppendLine();
                        break;
                }
            }

            return sb.ToString();
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or System.Xml.XmlException or IOException or InvalidOperationException)
        {
            return unreadable;
        }
    }

    /// <summary>NUL bytes or many control characters in the first 8 KB: not a text file.</summary>
    private static bool LooksBinary(byte[] content)
    {
        var n = Math.Min(content.Length, 8192);
        var control = 0;
        for (var i = 0; i < n; i++)
        {
            var b = content[i];
            if (b == 0)
            {
                return true;
            }

            if (b < 0x09 || b is > 0x0D and < 0x20 and not 0x1B)
            {
                control++;
            }
        }

        return control * 100 > n;
    }

    /// <summary>Macros (vbaProject.bin, macro-enabled content type) and links to outside files (templates, linked objects) are refused unread.</summary>
    private static ValidationError? UnsafeDocx(byte[] content)
    {
        using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            var name = entry.FullName;
            if (name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase) || name.EndsWith("vbaData.xml", StringComparison.OrdinalIgnoreCase))
            {
                return new ValidationError("Upload", "Tệp .docx có macro (mã VBA). Vì an toàn, hệ thống không mở tệp có macro: hãy mở bằng Word, lưu thành \"Tài liệu Word (.docx)\" không macro rồi tải lên lại.");
            }

            if (!name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase) && !name.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            using var reader = new StreamReader(entry.Open());
            var xml = reader.ReadToEnd();
            if (xml.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
            {
                return new ValidationError("Upload", "Tệp .docx có macro (mã VBA). Vì an toàn, hệ thống không mở tệp có macro: hãy mở bằng Word, lưu thành \"Tài liệu Word (.docx)\" không macro rồi tải lên lại.");
            }

            var doc = System.Xml.Linq.XDocument.Parse(xml);
            var external = doc.Descendants().Where(e => e.Name.LocalName == "Relationship"
                && string.Equals((string?)e.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase)
                && !((string?)e.Attribute("Type") ?? string.Empty).EndsWith("/hyperlink", StringComparison.Ordinal));
            if (external.Any())
            {
                return new ValidationError("Upload", "Tệp .docx có liên kết tới tệp hoặc máy chủ bên ngoài (mẫu văn bản, đối tượng liên kết). Vì an toàn, hệ thống không mở tệp này: hãy gỡ các liên kết (hoặc sao chép nội dung sang tài liệu mới) rồi tải lên lại.");
            }
        }

        return null;
    }

    private static string CellText(TableCell cell)
    {
        var parts = cell.Elements<Paragraph>().Select(TextOf).Where(t => t.Length > 0).ToList();
        return parts.Count <= 1
            ? string.Join(' ', parts)
            : string.Join(' ', parts.Select(p => p.StartsWith('-') ? p : "- " + p));
    }

    private static string TextOf(Paragraph p)
    {
        var sb = new StringBuilder();
        foreach (var node in p.Descendants())
        {
            switch (node)
            {
                case Text t:
                    sb.Append(t.Text);
                    break;
                case TabChar:
                    sb.Append(' ');
                    break;
                case Break or CarriageReturn:
                    sb.Append(' ');
                    break;
            }
        }

        return sb.ToString().Replace('\t', ' ').Trim();
    }
}
