using System.Security.Cryptography;

namespace Tdkt.Domain.Common;

/// <summary>What an accepted upload is: its content type decided from its first bytes, never from the client.</summary>
public sealed record UploadKind(string ContentType, string Extension);

/// <summary>
/// Upload rules: documents are PDF or DOCX (≤ 10 MB), images JPEG or PNG (≤ 5 MB). The type is read from the
/// magic bytes and must agree with the file name's extension; the SHA-256 of the content is stored with it.
/// </summary>
public static class Uploads
{
    public const long MaxDocumentBytes = 10 * 1024 * 1024;
    public const long MaxImageBytes = 5 * 1024 * 1024;

    public static Result<UploadKind> CheckDocument(string field, string? fileName, ReadOnlySpan<byte> content)
    {
        if (content.Length == 0)
        {
            return new ValidationError(field, "Hãy chọn tệp văn bản (PDF hoặc DOCX).");
        }

        if (content.Length > MaxDocumentBytes)
        {
            return new ValidationError(field, $"Tệp quá lớn ({content.Length / 1024:N0} KB). Dung lượng tối đa là {MaxDocumentBytes / 1024 / 1024} MB.");
        }

        var ext = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        if (ext == ".pdf" && content.StartsWith("%PDF-"u8))
        {
            return new UploadKind("application/pdf", ".pdf");
        }

        if (ext == ".docx" && content.StartsWith("PK\u0003\u0004"u8))
        {
            return new UploadKind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
        }

        return new ValidationError(field, "Chỉ nhận tệp PDF (.pdf) hoặc Word (.docx) đúng định dạng.");
    }

    public static Result<UploadKind> CheckImage(string field, string? fileName, ReadOnlySpan<byte> content)
    {
        if (content.Length == 0)
        {
            return new ValidationError(field, "Hãy chọn ảnh (JPEG hoặc PNG).");
        }

        if (content.Length > MaxImageBytes)
        {
            return new ValidationError(field, $"Ảnh quá lớn ({content.Length / 1024:N0} KB). Dung lượng tối đa là {MaxImageBytes / 1024 / 1024} MB.");
        }

        var ext = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        if (ext is ".jpg" or ".jpeg" && content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return new UploadKind("image/jpeg", ".jpg");
        }

        if (ext == ".png" && content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return new UploadKind("image/png", ".png");
        }

        return new ValidationError(field, "Chỉ nhận ảnh JPEG (.jpg, .jpeg) hoặc PNG (.png) đúng định dạng.");
    }

    /// <summary>A dossier attachment: PDF, DOCX, XLSX (≤ 10 MB) or a JPEG/PNG image (≤ 5 MB), decided from the bytes.</summary>
    public static Result<UploadKind> CheckAttachment(string field, string? fileName, ReadOnlySpan<byte> content)
    {
        var ext = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        if (ext is ".jpg" or ".jpeg" or ".png")
        {
            return CheckImage(field, fileName, content);
        }

        if (ext == ".xlsx" && content.Length > 0 && content.Length <= MaxDocumentBytes && content.StartsWith("PK\u0003\u0004"u8))
        {
            return new UploadKind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");
        }

        var doc = CheckDocument(field, fileName, content);
        return doc.IsSuccess || content.Length == 0 || content.Length > MaxDocumentBytes
            ? doc
            : new ValidationError(field, "Chỉ nhận tệp PDF, Word (.docx), Excel (.xlsx) hoặc ảnh JPEG/PNG đúng định dạng.");
    }

    public static string Sha256Hex(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>A file name safe for Content-Disposition: the base name without control or path characters.</summary>
    public static string SafeFileName(string? fileName, string fallback)
    {
        var name = Path.GetFileName(fileName ?? string.Empty);
        var clean = new string([.. name.Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '/'))]).Trim();
        return clean.Length is 0 or > 200 ? fallback : clean;
    }
}
