using Tdkt.Domain.Common;

namespace Tdkt.Domain.Documents;

/// <summary>The generated documents whose locally varying parts a province adjusts (issue 12 item 5).</summary>
public enum DocumentKind
{
    Submission,
    Decision,
    Revocation,
    Plan,
    Invitation,
}

/// <summary>
/// The parts of a document that vary by locality: the căn cứ list (null = the legal bases in force on the document's
/// date, <see cref="DocumentText.Grounds"/>), the executors named in the last Điều, "Nơi nhận", the head's title in
/// the signature ("GIÁM ĐỐC", "TRƯỞNG BAN"…; null = by the body's kind). A province's setting overrides the defaults.
/// </summary>
public sealed record DocumentProfile(IReadOnlyList<string>? Grounds, string Executors, IReadOnlyList<string> Recipients, string? HeadTitle)
{
    /// <summary>The defaults, correct for a provincial People's Committee, a commune/ward (or city) People's Committee,
    /// a Sở and the head-regime units (school, service unit, enterprise).</summary>
    public static DocumentProfile Default(DocumentKind kind, IssuingBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var executors = body.Kind switch
        {
            BodyKind.ProvincialCommittee => "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các cơ quan, đơn vị có liên quan",
            BodyKind.LocalCommittee => "Chánh Văn phòng " + body.FullName + ", Thủ trưởng các cơ quan, đơn vị có liên quan",
            BodyKind.Agency => "Chánh Văn phòng Sở, Trưởng các phòng, đơn vị thuộc Sở có liên quan",
            BodyKind.School => "Các tổ chuyên môn, bộ phận có liên quan của nhà trường",
            _ => "Trưởng các phòng, bộ phận có liên quan",
        };
        IReadOnlyList<string> recipients = kind switch
        {
            DocumentKind.Decision or DocumentKind.Revocation => body.Kind switch
            {
                BodyKind.ProvincialCommittee => ["- Như Điều 3;", "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;", "- Lưu: VT, NV."],
                BodyKind.LocalCommittee => ["- Như Điều 3;", "- Lưu: VT, NV."],
                _ => ["- Như Điều 3;", "- Lưu: VT."],
            },
            _ => ["- Như trên;", "- Lưu: VT."],
        };
        return new DocumentProfile(null, executors, recipients, null);
    }

    /// <summary>The setting's non-empty parts over the defaults; multi-line texts one item a line.</summary>
    public DocumentProfile With(string? grounds, string? executors, string? recipients, string? headTitle) => new(
        Lines(grounds) is { Count: > 0 } g ? [.. g.Select(GroundText)] : Grounds,
        string.IsNullOrWhiteSpace(executors) ? Executors : executors.Trim().TrimEnd('.', ';', ','),
        Lines(recipients) is { Count: > 0 } r ? [.. r.Select(l => l.StartsWith('-') ? l : "- " + l)] : Recipients,
        string.IsNullOrWhiteSpace(headTitle) ? HeadTitle : headTitle.Trim());

    /// <summary>The căn cứ lines of a document dated <paramref name="date"/>: the setting's, else the legal bases in force.</summary>
    public IReadOnlyList<string> GroundsOn(DateOnly date, bool committee) => Grounds ?? DocumentText.Grounds(date, committee);

    /// <summary>The capacity lines with the head's title replaced ("GIÁM ĐỐC" → "TRƯỞNG BAN", also in "KT. …" and "PHÓ …").</summary>
    public IReadOnlyList<string> Capacity(IReadOnlyList<string> lines, BodyKind body)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (HeadTitle is null)
        {
            return lines;
        }

        var head = body switch
        {
            BodyKind.ProvincialCommittee or BodyKind.LocalCommittee => "CHỦ TỊCH",
            BodyKind.School => "HIỆU TRƯỞNG",
            _ => "GIÁM ĐỐC",
        };
        var custom = HeadTitle.ToUpper(ViFormat.Culture);
        return [.. lines.Select(l => l.StartsWith("TM.", StringComparison.Ordinal) ? l : l.Replace(head, custom, StringComparison.Ordinal))];
    }

    /// <summary>Non-empty trimmed lines of a textarea.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        [.. (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.Length > 0)];

    /// <summary>"Căn cứ Luật …;" typed by the admin → "Luật …" (the builders add "Căn cứ " and ";").</summary>
    private static string GroundText(string line)
    {
        var s = line.Trim().TrimEnd(';', '.', ',').Trim();
        return s.StartsWith("Căn cứ ", StringComparison.OrdinalIgnoreCase) ? s[7..].Trim() : s;
    }
}
