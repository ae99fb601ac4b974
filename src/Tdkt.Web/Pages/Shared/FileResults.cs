using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using Tdkt.Domain.Common;
using Tdkt.Web.Data;

namespace Tdkt.Web.Pages.Shared;

/// <summary>Reading uploads into memory (bounded) and sending stored files back with a safe disposition.</summary>
public static class FileResults
{
    /// <summary>Reads at most <paramref name="max"/> + 1 bytes, so an oversize file is detected without reading it all.</summary>
    public static async Task<byte[]> ReadAsync(IFormFile upload, long max, CancellationToken ct)
    {
        await using var stream = upload.OpenReadStream();
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(buffer, ct)) > 0)
        {
            ms.Write(buffer, 0, n);
            if (ms.Length > max)
            {
                break;
            }
        }

        return ms.ToArray();
    }

    public static StoredFile NewFile(string? fileName, UploadKind kind, byte[] content, int orgUnitId, string? userId, DateTimeOffset at)
    {
        var baseName = Path.GetFileNameWithoutExtension(Uploads.SafeFileName(fileName, "tep"));
        return new StoredFile
        {
            FileName = (baseName.Length > 150 ? baseName[..150] : baseName) + kind.Extension,
            ContentType = kind.ContentType,
            Length = content.Length,
            Sha256 = Uploads.Sha256Hex(content),
            Content = content,
            UploadedAt = at,
            UploadedByUserId = userId,
            OrgUnitId = orgUnitId,
        };
    }

    /// <summary>Download: Content-Disposition attachment with the stored name (RFC 6266 filename*), nosniff is global.</summary>
    public static IActionResult Attachment(PageModel page, StoredFile file) => Send(page, file, inline: false);

    /// <summary>Images shown in the page: inline, but still with our own content type and nosniff.</summary>
    public static IActionResult Inline(PageModel page, StoredFile file) => Send(page, file, inline: true);

    private static FileContentResult Send(PageModel page, StoredFile file, bool inline)
    {
        var cd = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        cd.SetHttpFileName(file.FileName);
        page.Response.Headers.ContentDisposition = cd.ToString();
        page.Response.Headers.XContentTypeOptions = "nosniff";
        page.Response.Headers["X-Sha256"] = file.Sha256;
        return new FileContentResult(file.Content, file.ContentType);
    }
}
