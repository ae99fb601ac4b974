using Tdkt.Domain.Common;

namespace Tdkt.Domain.Documents;

/// <summary>The signer's office (chức vụ) as far as the signature block is concerned.</summary>
public enum SignerOffice
{
    Chairman,
    ViceChairman,
    ActingChairman,
    Director,
    DeputyDirector,
    ActingDirector,
    Principal,
    VicePrincipal,
    ActingPrincipal,
}

/// <summary>
/// Thẩm quyền ký (Decree 30/2020/NĐ-CP Art 13, Phụ lục I §II.7): the capacity lines above the signature, from the
/// body's kind and the signer's office. A people's committee signs for the collective ("TM. ỦY BAN NHÂN DÂN") or its
/// chairman decides in person ("CHỦ TỊCH"); a vice-chairman signs "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"; a Sở, school or
/// enterprise works under its head ("GIÁM ĐỐC", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"); an acting head signs "Q. GIÁM ĐỐC".
/// </summary>
public static class SignatureCapacity
{
    /// <summary>The lines, top to bottom; <paramref name="collective"/> = the act is the committee's collective act
    /// (tờ trình, kế hoạch, giấy mời of a UBND), false = the head's own authority (quyết định khen thưởng).</summary>
    public static Result<IReadOnlyList<string>> Lines(BodyKind body, SignerOffice office, bool collective)
    {
        var committee = body is BodyKind.ProvincialCommittee or BodyKind.LocalCommittee;
        var head = Head(body);
        var fits = committee
            ? office is SignerOffice.Chairman or SignerOffice.ViceChairman or SignerOffice.ActingChairman
            : body == BodyKind.School
                ? office is SignerOffice.Principal or SignerOffice.VicePrincipal or SignerOffice.ActingPrincipal
                : office is SignerOffice.Director or SignerOffice.DeputyDirector or SignerOffice.ActingDirector;
        if (!fits)
        {
            return new ValidationError("signerTitle",
                $"Chức vụ người ký “{Title(office)}” không phù hợp với {BodyText(body)}: người ký phải là {head.ToLower(ViFormat.Culture)} hoặc cấp phó của {head.ToLower(ViFormat.Culture)}.");
        }

        if (collective && !committee)
        {
            return new ValidationError("signerCapacity",
                $"{Capitalize(BodyText(body))} làm việc theo chế độ thủ trưởng: không ký “TM.” (thay mặt tập thể); người đứng đầu ký “{head}”, cấp phó ký “KT. {head}”.");
        }

        var own = office is SignerOffice.Chairman or SignerOffice.Director or SignerOffice.Principal;
        var acting = office is SignerOffice.ActingChairman or SignerOffice.ActingDirector or SignerOffice.ActingPrincipal;
        List<string> lines = collective ? ["TM. ỦY BAN NHÂN DÂN"] : [];
        if (own)
        {
            lines.Add(head);
        }
        else if (acting)
        {
            lines.Add("Q. " + head);
        }
        else
        {
            lines.Add("KT. " + head);
            lines.Add(Title(office).ToUpper(ViFormat.Culture));
        }

        return lines;
    }

    /// <summary>The office named by a title typed by users: "Phó Chủ tịch UBND thành phố" → ViceChairman. Null when unknown.</summary>
    public static SignerOffice? OfficeOf(string? title)
    {
        var t = VietnameseText.Fold(title);
        bool Has(string s) => t.Contains(s, StringComparison.Ordinal);
        var acting = t.StartsWith("q.", StringComparison.Ordinal) || t.StartsWith("q ", StringComparison.Ordinal) || Has("quyen ");
        return t switch
        {
            _ when Has("pho chu tich") => SignerOffice.ViceChairman,
            _ when Has("chu tich") => acting ? SignerOffice.ActingChairman : SignerOffice.Chairman,
            _ when Has("pho giam doc") || Has("pho tong giam doc") => SignerOffice.DeputyDirector,
            _ when Has("giam doc") => acting ? SignerOffice.ActingDirector : SignerOffice.Director,
            _ when Has("pho hieu truong") => SignerOffice.VicePrincipal,
            _ when Has("hieu truong") => acting ? SignerOffice.ActingPrincipal : SignerOffice.Principal,
            _ => null,
        };
    }

    /// <summary>The default signer of a body: its head.</summary>
    public static SignerOffice HeadOffice(BodyKind body) => body switch
    {
        BodyKind.ProvincialCommittee or BodyKind.LocalCommittee => SignerOffice.Chairman,
        BodyKind.School => SignerOffice.Principal,
        _ => SignerOffice.Director,
    };

    public static string Title(SignerOffice office) => office switch
    {
        SignerOffice.Chairman => "Chủ tịch",
        SignerOffice.ViceChairman => "Phó Chủ tịch",
        SignerOffice.ActingChairman => "Quyền Chủ tịch",
        SignerOffice.Director => "Giám đốc",
        SignerOffice.DeputyDirector => "Phó Giám đốc",
        SignerOffice.ActingDirector => "Quyền Giám đốc",
        SignerOffice.Principal => "Hiệu trưởng",
        SignerOffice.VicePrincipal => "Phó Hiệu trưởng",
        SignerOffice.ActingPrincipal => "Quyền Hiệu trưởng",
    };

    private static string Head(BodyKind body) => body switch
    {
        BodyKind.ProvincialCommittee or BodyKind.LocalCommittee => "CHỦ TỊCH",
        BodyKind.School => "HIỆU TRƯỞNG",
        _ => "GIÁM ĐỐC",
    };

    private static string BodyText(BodyKind body) => body switch
    {
        BodyKind.ProvincialCommittee => "Ủy ban nhân dân tỉnh",
        BodyKind.LocalCommittee => "Ủy ban nhân dân xã, phường",
        BodyKind.Agency => "sở, ban, ngành",
        BodyKind.School => "trường học",
        BodyKind.ServiceUnit => "đơn vị sự nghiệp",
        BodyKind.Enterprise => "doanh nghiệp",
    };

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpper(s[0], ViFormat.Culture) + s[1..];
}
