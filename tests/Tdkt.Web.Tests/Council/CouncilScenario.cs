using System.Globalization;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Security;
using Tdkt.Testing;
using Tdkt.Web.Data;

namespace Tdkt.Web.Tests.Council;

/// <summary>Arranges appraised provincial dossiers (through the domain methods, as the appraisal pages would) and
/// drives a session of the demo provincial council (11 members) through its pages and the API.</summary>
public static class CouncilScenario
{
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();

    /// <summary>The 11 members of the demo council, chair first; the secretary last.</summary>
    public static readonly string[] Members =
    [
        "hoidong.chutich", "hoidong.pctt", "hoidong.pct", "hoidong.tv1", "hoidong.tv2", "hoidong.tv3", "hoidong.tv4", "hoidong.tv5",
        "hoidong.tv6", "hoidong.tv7", "thuky.hdtdkt",
    ];

    public sealed record NomineeSpec(SubjectKind Kind, string Name, string AwardCode, int? BirthYear = null, int? OrgUnitId = null);

    /// <summary>An appraised dossier from <paramref name="proposingCode"/> to the province with every nominee accepted.</summary>
    public static async Task<(int DossierId, int[] NomineeIds)> AppraisedAsync(TdktFactory app, string title, string proposingCode, params NomineeSpec[] nominees)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
        var unit = await db.OrgUnits.SingleAsync(u => u.Code == proposingCode);
        var province = await db.OrgUnits.SingleAsync(u => u.Code == "LCH");
        var at = new DateTimeOffset(2025, 12, 1, 2, 0, 0, TimeSpan.Zero);
        var actor = new Actor(null, "Kiểm thử", at);
        var d = Dossier.Create(title, unit.Id, province.Id, CommendationKind.Merit, DecidingLevel.Province, null, null, 2025, null, 20, at).Value!;
        db.Dossiers.Add(d);
        await db.SaveChangesAsync();
        var created = nominees.Select(n => Nominee.Create(d.Id, new NomineeData(n.Kind, n.Name, n.Kind == SubjectKind.Individual ? "Nam" : null,
            n.BirthYear, null, null, null, n.OrgUnitId, null, null, n.AwardCode, "Hoàn thành xuất sắc nhiệm vụ năm 2025"), s => s).Value!).ToList();
        foreach (var n in created)
        {
            n.Appraise(true, null);
        }

        db.Nominees.AddRange(created);
        var today = new DateOnly(2025, 12, 1);
        db.DossierTransitions.AddRange(d.Submit(new SubmissionCheck(created.Count, [], []), today, actor).Value!, d.Receive(today, actor).Value!,
            d.StartAppraisal(actor).Value!, d.CompleteAppraisal(created, actor).Value!);
        await db.SaveChangesAsync();
        return (d.Id, [.. created.Select(n => n.Id)]);
    }

    public static HttpClient Bearer(TdktFactory app, string user)
    {
        var client = Http.Anonymous(app);
        client.DefaultRequestHeaders.Authorization = new("Bearer", DemoTokens.For(app, user));
        return client;
    }

    public static string Url(int id) => $"/Council/Session/{id}";

    /// <summary>The secretary schedules a session of the provincial council through the page; returns its id.</summary>
    public static async Task<int> ScheduleAsync(TdktFactory app, HttpClient secretary, string title, bool secret, string date = "10/12/2025",
        bool excludeSameUnit = false)
    {
        var province = await Lookups.UnitIdAsync(app, "LCH");
        var url = $"/Council/Schedule?unitId={province.ToString(CultureInfo.InvariantCulture)}";
        var r = await Http.PostFormAsync(secretary, url, new()
        {
            ["Input.Title"] = title, ["Input.MeetingDate"] = date, ["Input.Place"] = "Phòng họp số 1, UBND tỉnh Lai Châu",
            ["Input.SecretBallot"] = secret ? "true" : "false", ["Input.Quorum"] = "TwoThirds", ["Input.ExcludeSameUnit"] = excludeSameUnit ? "true" : "false",
        });
        Lookups.AssertRedirect(r, "/Council/Session/");
        return int.Parse(r.Headers.Location!.ToString().Split('/').Last(), CultureInfo.InvariantCulture);
    }

    public static async Task<int> MemberIdAsync(TdktFactory app, string userName) =>
        await app.WithDbAsync(db => (from m in db.CouncilMembers join u in db.Users on m.UserId equals u.Id where u.UserName == userName select m.Id).SingleAsync());

    /// <summary>Marks the first <paramref name="present"/> members of <see cref="Members"/> present.</summary>
    public static async Task AttendAsync(TdktFactory app, HttpClient secretary, int sessionId, int present)
    {
        var form = new List<KeyValuePair<string, string>>();
        foreach (var user in Members.Take(present))
        {
            form.Add(new("Present", (await MemberIdAsync(app, user)).ToString(CultureInfo.InvariantCulture)));
        }

        var page = await secretary.GetStringAsync(Url(sessionId));
        form.Add(new("__RequestVerificationToken", Http.AntiforgeryToken(page)!));
        Lookups.AssertRedirect(await secretary.PostAsync($"{Url(sessionId)}?handler=Attendance", new FormUrlEncodedContent(form)));
    }

    /// <summary>The secretary records the Ban kiểm phiếu on the page: <paramref name="head"/> and the other
    /// <paramref name="members"/> (user names of <see cref="Members"/>); by default tv1 (head), tv2, tv3.</summary>
    public static async Task<HttpResponseMessage> ElectCountersAsync(TdktFactory app, HttpClient secretary, int sessionId,
        string head = "hoidong.tv1", params string[] members)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("CountingCommitteeHead", (await MemberIdAsync(app, head)).ToString(CultureInfo.InvariantCulture)),
        };
        foreach (var user in members.Length == 0 ? ["hoidong.tv2", "hoidong.tv3"] : members)
        {
            form.Add(new("CountingCommittee", (await MemberIdAsync(app, user)).ToString(CultureInfo.InvariantCulture)));
        }

        var page = await secretary.GetStringAsync(Url(sessionId));
        form.Add(new("__RequestVerificationToken", Http.AntiforgeryToken(page)!));
        return await secretary.PostAsync($"{Url(sessionId)}?handler=CountingCommittee", new FormUrlEncodedContent(form));
    }

    public static Task<HttpResponseMessage> StepAsync(HttpClient secretary, int sessionId, string handler) =>
        Http.PostFormAsync(secretary, $"{Url(sessionId)}?handler={handler}", new(), Url(sessionId));

    public static Task<HttpResponseMessage> VoteAsync(TdktFactory app, string user, int sessionId, int nomineeId, bool agree) =>
        Bearer(app, user).PostAsJsonAsync($"/api/v1/council/sessions/{sessionId}/votes", new { nomineeId, agree });

    /// <summary>A user with one grant (for scope tests).</summary>
    public static async Task CreateUserAsync(TdktFactory app, string userName, Role role, string unitCode)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
        var unit = await db.OrgUnits.SingleAsync(u => u.Code == unitCode);
        var user = new AppUser { UserName = userName, FullName = userName, OrgUnitId = unit.Id, CreatedAt = DateTimeOffset.UtcNow };
        var created = await users.CreateAsync(user, TestDatabases.DemoPassword);
        Xunit.Assert.True(created.Succeeded);
        db.RoleGrants.Add(new RoleGrant { UserId = user.Id, Role = role, OrgUnitId = unit.Id, GrantedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
    }
}
