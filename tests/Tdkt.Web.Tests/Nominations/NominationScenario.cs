using System.Globalization;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.Nominations;

/// <summary>Steps of the seed scenario shared by the API and revocation tests (pages for preparation, API for the rest).</summary>
public static class NominationScenario
{
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();

    public static string Url(int id) => $"/Nominations/Details/{id}";

    /// <summary>One nominee of the scenario ("Individual", "Collective" or "Household").</summary>
    public sealed record NomineeSpec(string Kind, string Name, string BirthYear = "", string Address = "", string Gender = "", string CitizenId = "",
        string Ethnicity = "", string Group = "");

    public static readonly IReadOnlyList<NomineeSpec> SeedNominees =
    [
        new("Individual", "Lò Văn Minh", "1982", Gender: "Nam"), new("Individual", "Tòng Thị Lan", "1990", Gender: "Nam"),
        new("Household", "Giàng A Páo", Address: "Tổ dân phố 3, phường Tân Phong"),
    ];

    /// <summary>A complete dossier of phường Tân Phong (by default 2 individuals, 1 household; all parts attached), still a draft.</summary>
    public static async Task<int> ReadyDraftAsync(TdktFactory _app, int? movementId = null, IReadOnlyList<NomineeSpec>? people = null)
    {
        var clerk = await Http.SignedInAsync(_app, "canbo.tanphong");
        var ward = await Lookups.UnitIdAsync(_app, "LCH-TP-TANPHONG");
        var created = await Http.PostFormAsync(clerk, "/Nominations/Create", new()
        {
            ["Input.Title"] = "Đề nghị khen thưởng sơ kết phong trào Vì người nghèo",
            ["Input.ProposingUnitId"] = ward.ToString(CultureInfo.InvariantCulture),
            ["Input.Kind"] = "AdHoc", ["Input.Level"] = "Grassroots", ["Input.Year"] = "2023", ["Input.SubmitBefore"] = "24/11/2023",
            ["Input.MovementId"] = movementId?.ToString(CultureInfo.InvariantCulture) ?? "",
        });
        Lookups.AssertRedirect(created);
        var id = int.Parse(created.Headers.Location!.ToString().Split('/').Last(), CultureInfo.InvariantCulture);
        foreach (var p in people ?? SeedNominees)
        {
            Lookups.AssertRedirect(await Http.PostFormAsync(clerk, $"{Url(id)}?handler=AddNominee", new()
            {
                ["Input.Kind"] = p.Kind, ["Input.Name"] = p.Name, ["Input.BirthYear"] = p.BirthYear, ["Input.Address"] = p.Address,
                ["Input.Gender"] = p.Gender, ["Input.CitizenId"] = p.CitizenId, ["Input.AwardCode"] = "GK", ["Input.Achievement"] = "Giúp hộ nghèo thoát nghèo",
                ["Input.Ethnicity"] = p.Ethnicity, ["Input.Group"] = p.Group,
            }, Url(id)));
        }

        var nominees = await _app.WithDbAsync(db => db.Nominees.Where(n => n.DossierId == id).Select(n => n.Id).ToListAsync());
        var parts = new List<(string, int?)> { ("TO_TRINH", null), ("BIEN_BAN_BINH_XET", null) };
        parts.AddRange(nominees.Select(n => ("BAO_CAO_THANH_TICH", (int?)n)));
        foreach (var (part, nominee) in parts)
        {
            Lookups.AssertRedirect(await Http.PostMultipartAsync(clerk, $"{Url(id)}?handler=Attach", Url(id),
                new() { ["Input.PartCode"] = part, ["Input.NomineeId"] = nominee?.ToString(CultureInfo.InvariantCulture) ?? "" },
                "Upload", part.ToLowerInvariant() + ".pdf", Pdf, "application/pdf"));
        }

        return id;
    }

    /// <summary>The dossier <paramref name="first"/> and <paramref name="copies"/> copies of it (nominees and files copied
    /// row by row, ids from 900 001; a one-nominee dossier), for parallel submissions against one quota.</summary>
    public static async Task<List<int>> CopiesAsync(TdktFactory app, int first, int copies)
    {
        var ids = new List<int> { first };
        await app.WithDbAsync(async db =>
        {
            for (var i = 1; i <= copies; i++)
            {
                var id = 900_000 + i;
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO dossiers SELECT (jsonb_populate_record(NULL::dossiers, to_jsonb(d) || jsonb_build_object('Id', {id}))).* FROM dossiers d WHERE d."Id" = {first};
                    INSERT INTO nominees SELECT (jsonb_populate_record(NULL::nominees, to_jsonb(n) || jsonb_build_object('Id', {id}, 'DossierId', {id}))).* FROM nominees n WHERE n."DossierId" = {first};
                    INSERT INTO dossier_attachments SELECT (jsonb_populate_record(NULL::dossier_attachments, to_jsonb(a) || jsonb_build_object('Id', a."Id" + {i} * 1000000, 'DossierId', {id},
                        'NomineeId', CASE WHEN a."NomineeId" IS NULL THEN NULL ELSE {id} END))).* FROM dossier_attachments a WHERE a."DossierId" = {first};
                    """);
                ids.Add(id);
            }

            return 0;
        });
        return ids;
    }

    public static HttpClient Bearer(TdktFactory app, string user)
    {
        var client = Http.Anonymous(app);
        client.DefaultRequestHeaders.Authorization = new("Bearer", DemoTokens.For(app, user));
        return client;
    }

    public static async Task<HttpResponseMessage> TransitionAsync(TdktFactory app, string user, int id, string action, object? extra = null)
    {
        if (action == "issue")
        {
            // A decision cites the tờ trình (issue 12): the scenario records one when the test has not.
            await app.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE dossiers SET \"SubmissionNumber\" = '01/TTr-UBND', \"SubmissionDate\" = COALESCE(\"ReceivedOn\", CURRENT_DATE) WHERE \"Id\" = {id} AND \"SubmissionNumber\" IS NULL"));
        }

        var version = await app.WithDbAsync(db => db.Dossiers.AsNoTracking().Where(d => d.Id == id).Select(d => d.Version).SingleAsync());
        var body = new Dictionary<string, object?> { ["action"] = action, ["version"] = version };
        foreach (var p in extra?.GetType().GetProperties() ?? [])
        {
            body[p.Name] = p.GetValue(extra);
        }

        return await Bearer(app, user).PostAsJsonAsync($"/api/v1/dossiers/{id}/transitions", body);
    }

    private static async Task OkAsync(Task<HttpResponseMessage> call)
    {
        var r = await call;
        Xunit.Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
    }

    /// <summary>The whole seed scenario up to the issued Giấy khen decision (on 15/01/2024); returns the dossier id.</summary>
    public static async Task<int> IssuedAsync(TdktFactory app, SettableClock clock, IReadOnlyList<NomineeSpec>? people = null,
        int? movementId = null, Func<int, Task>? beforeIssue = null)
    {
        var id = await DecidableAsync(app, people, movementId);
        if (beforeIssue is not null)
        {
            await beforeIssue(id);
        }

        clock.Now = new DateTimeOffset(2024, 1, 15, 2, 0, 0, TimeSpan.Zero);
        await OkAsync(TransitionAsync(app, "lanhdao.tplc", id, "issue", new { capacity = "ForChairman" }));
        return id;
    }

    /// <summary>The seed scenario up to the council's result (all accepted, passed): ready for the signer.</summary>
    public static async Task<int> DecidableAsync(TdktFactory app, IReadOnlyList<NomineeSpec>? people = null, int? movementId = null)
    {
        var id = await ReadyDraftAsync(app, movementId, people);
        await OkAsync(TransitionAsync(app, "canbo.tanphong", id, "submit"));
        await OkAsync(TransitionAsync(app, "thamdinh.tplc", id, "receive"));
        var appraiser = await Http.SignedInAsync(app, "thamdinh.tplc");
        var nominees = await app.WithDbAsync(db => db.Nominees.Where(n => n.DossierId == id).OrderBy(n => n.Id).Select(n => n.Id).ToListAsync());
        foreach (var n in nominees)
        {
            Lookups.AssertRedirect(await Http.PostFormAsync(appraiser, $"{Url(id)}?handler=Appraise",
                new() { ["Input.NomineeId"] = n.ToString(CultureInfo.InvariantCulture), ["Input.Accept"] = "true", ["Input.Reason"] = "Đã xác minh thành tích với đơn vị" }, Url(id)));
        }

        await OkAsync(TransitionAsync(app, "thamdinh.tplc", id, "complete-appraisal"));
        Lookups.AssertRedirect(await Http.PostMultipartAsync(appraiser, $"{Url(id)}?handler=Attach", Url(id),
            new() { ["Input.PartCode"] = "BIEN_BAN_HOI_DONG", ["Input.NomineeId"] = "" }, "Upload", "bien-ban-hoi-dong.pdf", Pdf, "application/pdf"));
        foreach (var n in nominees)
        {
            Lookups.AssertRedirect(await Http.PostFormAsync(appraiser, $"{Url(id)}?handler=Council",
                new() { ["Input.NomineeId"] = n.ToString(CultureInfo.InvariantCulture), ["Input.VotesFor"] = "6", ["Input.TotalMembers"] = "7" }, Url(id)));
        }

        await OkAsync(TransitionAsync(app, "thamdinh.tplc", id, "complete-council"));
        return id;
    }
}
