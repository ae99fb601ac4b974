using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Statistics;

namespace Tdkt.Web.Pages.ThongKe;

/// <summary>The statistics and record-list parameters as they travel in the URL (same names in the page, the API and
/// the drill-down links), so any table, chart cell or filtered list can be bookmarked and shared.</summary>
public sealed record StatQuery
{
    public static readonly string[] Keys =
        ["groupBy", "unit", "direct", "asOf", "from", "to", "year", "form", "level", "kind", "subject", "movement", "issuer", "decision", "q", "revoked", "sort"];

    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public string? this[string key] => _values.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    public static StatQuery From(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var q = new StatQuery();
        foreach (var key in Keys)
        {
            if (query.TryGetValue(key, out var v) && v.Count > 0)
            {
                q._values[key] = string.Join(',', v.Where(x => !string.IsNullOrWhiteSpace(x)));
            }
        }

        // The page's three "Nhóm theo" selects.
        var groups = new[] { "g1", "g2", "g3" }.Select(k => query.TryGetValue(k, out var v) ? v.ToString() : "").Where(v => v.Length > 0).ToList();
        if (groups.Count > 0 && q["groupBy"] is null)
        {
            q._values["groupBy"] = string.Join(',', groups);
        }

        return q;
    }

    public StatQuery With(params (string Key, string? Value)[] changes)
    {
        var q = new StatQuery();
        foreach (var (k, v) in _values)
        {
            q._values[k] = v;
        }

        foreach (var (k, v) in changes)
        {
            if (v is null)
            {
                q._values.Remove(k);
            }
            else
            {
                q._values[k] = v;
            }
        }

        return q;
    }

    public string Url(string path) =>
        QueryHelpers.AddQueryString(path, _values.Where(x => !string.IsNullOrWhiteSpace(x.Value)).Select(x => new KeyValuePair<string, string?>(x.Key, x.Value)));

    /// <summary>Checked: the request (groupings, period, tree day) and the filters; the first bad field → Vietnamese error.</summary>
    public Result<(StatRequest Request, StatFilters Filters, bool Direct)> Parse(DateOnly today)
    {
        var request = StatRequest.Parse(this["groupBy"], this["from"], this["to"], this["asOf"], today);
        if (request.IsFailure)
        {
            return request.Error!;
        }

        int? unit = null;
        if (this["unit"] is { } u)
        {
            if (!int.TryParse(u, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return new ValidationError("unit", $"Đơn vị \"{u}\" không hợp lệ.");
            }

            unit = id;
        }

        int? year = null;
        if (this["year"] is { } y)
        {
            if (!int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var yy) || yy < 1945 || yy > 9999)
            {
                return new ValidationError("year", $"Năm \"{y}\" không hợp lệ.");
            }

            year = yy;
        }

        if (this["kind"] is { } k && !Enum.TryParse<CommendationKind>(k, out _))
        {
            return new ValidationError("kind", $"Loại khen thưởng \"{k}\" không có. Dùng: {string.Join(", ", Enum.GetNames<CommendationKind>())}.");
        }

        if (this["subject"] is { } s && !Enum.TryParse<SubjectKind>(s, out _))
        {
            return new ValidationError("subject", $"Đối tượng \"{s}\" không có. Dùng: Individual (cá nhân), Collective (tập thể), Household (hộ gia đình).");
        }

        if (this["level"] is { } l && l is not ("TW" or "TINH" or "CS"))
        {
            return new ValidationError("level", $"Cấp khen thưởng \"{l}\" không có. Dùng: TW (Trung ương), TINH (cấp tỉnh), CS (cấp cơ sở).");
        }

        var revoked = this["revoked"] switch
        {
            null or "0" or "khong" => (RevokedMode?)RevokedMode.Exclude,
            "1" or "rieng" or "show" => RevokedMode.Show,
            "chi" or "only" => RevokedMode.Only,
            _ => null,
        };
        if (revoked is null)
        {
            return new ValidationError("revoked", $"Lựa chọn khen thưởng đã hủy bỏ \"{this["revoked"]}\" không có. Dùng: khong, rieng, chi.");
        }

        // "-" is the empty key of a drill-down (no movement, no issuing body).
        static string? Blank(string? v) => v == "-" ? string.Empty : v;
        var filters = new StatFilters(unit, year, this["form"], this["level"], this["kind"], this["subject"], Blank(this["movement"]),
            Blank(this["issuer"]), this["decision"], this["q"], revoked.Value);
        return (request.Value!, filters, this["direct"] is "1" or "true");
    }
}
