using Tdkt.Domain.Common;

namespace Tdkt.Domain.Emulation;

/// <summary>Giao ước thi đua of a cluster/bloc for one year, kept as the signed document (PDF or DOCX).</summary>
public sealed class ClusterCovenant
{
    private ClusterCovenant()
    {
        Title = string.Empty;
    }

    public int Id { get; private set; }
    public int ClusterId { get; private set; }
    public int Year { get; private set; }
    public string Title { get; private set; }
    public DateOnly? SignedOn { get; private set; }
    public int FileId { get; private set; }

    public static Result<ClusterCovenant> Create(int clusterId, int year, string? title, DateOnly? signedOn, int fileId)
    {
        if (year is < 2000 or > 2100)
        {
            return new ValidationError("Year", "Năm của giao ước phải từ 2000 đến 2100, ví dụ 2023.");
        }

        var t = VietnameseText.Normalize(title);
        if (t.Length is 0 or > 250)
        {
            return new ValidationError("Title", "Tên văn bản giao ước là bắt buộc, tối đa 250 ký tự.");
        }

        if (signedOn is { } d && d.Year != year && d.Year != year - 1)
        {
            return new ValidationError("SignedOn", $"Ngày ký ({ViFormat.Date(d)}) phải trong năm {year} hoặc cuối năm {year - 1}.");
        }

        return new ClusterCovenant { ClusterId = clusterId, Year = year, Title = t, SignedOn = signedOn, FileId = fileId };
    }
}
