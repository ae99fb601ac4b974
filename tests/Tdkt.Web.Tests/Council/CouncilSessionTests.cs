using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Security;
using Tdkt.Testing;
using Tdkt.Web.Pages.Nominations;
using static Tdkt.Web.Tests.Council.CouncilScenario;

namespace Tdkt.Web.Tests.Council;

/// <summary>Council sessions of the demo provincial council (11 members): quorum, ballots on ALL members, written
/// votes, minutes, results written into the dossiers; secret-ballot storage; exactly-once votes; scope.</summary>
public sealed class CouncilSessionTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2025, 12, 10, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(CouncilSessionTests));
        _app.Clock = _clock;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private async Task<JsonElement> SessionJsonAsync(string user, int id)
    {
        var r = await Bearer(_app, user).GetAsync($"/api/v1/council/sessions/{id}");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return (await r.Content.ReadFromJsonAsync<JsonElement>())!;
    }

    [Fact]
    public async Task ElevenMembers_EightPresentOneWritten_PassAtThresholdFailByOne_MinutesAndResultsInDossiers()
    {
        var (passDossier, pass) = await AppraisedAsync(_app, "Đề nghị tặng Cờ thi đua tỉnh — Sở Y tế", "LCH-SYT",
            new NomineeSpec(SubjectKind.Collective, "Bệnh viện Đa khoa tỉnh Lai Châu", AwardCodes.CoTinh));
        var (failDossier, fail) = await AppraisedAsync(_app, "Đề nghị tặng Cờ thi đua tỉnh — Sở Khoa học và Công nghệ", "LCH-SKHCN",
            new NomineeSpec(SubjectKind.Collective, "Trung tâm Kỹ thuật tiêu chuẩn đo lường chất lượng", AwardCodes.CoTinh));
        var secretary = await Http.SignedInAsync(_app, "thuky.hdtdkt");
        var id = await ScheduleAsync(_app, secretary, "Phiên họp xét Cờ thi đua tỉnh năm 2025", secret: true);

        var invited = await _app.WithDbAsync(db => db.Notifications.CountAsync(n => n.Url == Url(id)));
        Assert.Equal(11, invited);
        var json = await SessionJsonAsync("thuky.hdtdkt", id);
        Assert.Equal(11, json.GetProperty("membersInOffice").GetInt32());
        Assert.Equal(2, json.GetProperty("agenda").GetArrayLength());

        // 7 of 11 present: below 2/3, voting does not open.
        await AttendAsync(_app, secretary, id, 7);
        var refused = await StepAsync(secretary, id, "Open");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("có mặt 7/11, cần ít nhất 8", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));

        await AttendAsync(_app, secretary, id, 8);
        Lookups.AssertRedirect(await StepAsync(secretary, id, "Open"));

        // 8 present: all agree on the first, 7 agree + 1 disagree on the second.
        for (var i = 0; i < 8; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await VoteAsync(_app, Members[i], id, pass[0], true)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await VoteAsync(_app, Members[i], id, fail[0], i < 7)).StatusCode);
        }

        // An absent member cannot vote in the app; the secretary records the written opinion (agree on both).
        var absent = await VoteAsync(_app, Members[8], id, pass[0], true);
        Assert.Equal(HttpStatusCode.Conflict, absent.StatusCode);
        Assert.Contains("Thư ký Hội đồng ghi nhận", await absent.Content.ReadAsStringAsync());
        var written = await Http.PostMultipartAsync(secretary, $"{Url(id)}?handler=Written", Url(id), new()
        {
            ["MemberId"] = (await MemberIdAsync(_app, Members[8])).ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"Choices[{pass[0]}]"] = "agree", [$"Choices[{fail[0]}]"] = "agree",
        }, "Upload", "y-kien-bang-van-ban.pdf", Pdf, "application/pdf");
        Lookups.AssertRedirect(written);

        // While voting is open nobody sees the counts.
        json = await SessionJsonAsync("thuky.hdtdkt", id);
        Assert.All(json.GetProperty("agenda").EnumerateArray(), a => Assert.Equal(JsonValueKind.Null, a.GetProperty("agree").ValueKind));
        Assert.Equal(9, json.GetProperty("agenda")[0].GetProperty("voted").GetInt32());

        Lookups.AssertRedirect(await ElectCountersAsync(_app, secretary, id));
        Lookups.AssertRedirect(await StepAsync(secretary, id, "Close"));
        json = await SessionJsonAsync("hoidong.tv1", id);
        var results = json.GetProperty("agenda").EnumerateArray().ToDictionary(a => a.GetProperty("nomineeId").GetInt32());
        Assert.Equal(9, results[pass[0]].GetProperty("agree").GetInt32());
        Assert.True(results[pass[0]].GetProperty("passed").GetBoolean()); // 9/11 = 81.8 % ≥ 80 %
        Assert.Equal(8, results[fail[0]].GetProperty("agree").GetInt32());
        Assert.False(results[fail[0]].GetProperty("passed").GetBoolean()); // 8/11 = 72.7 %: one vote short
        Assert.Equal(JsonValueKind.Null, json.GetProperty("openVotes").ValueKind);

        var minutes = await secretary.GetAsync($"{Url(id)}?handler=Minutes");
        Assert.Equal(HttpStatusCode.OK, minutes.StatusCode);
        var text = DocxText(await minutes.Content.ReadAsByteArrayAsync());
        Assert.Contains("BIÊN BẢN KIỂM PHIẾU", text);
        Assert.Contains("Họp Hội đồng Thi đua - Khen thưởng tỉnh Lai Châu", text);
        Assert.Contains("Tổng số thành viên Hội đồng: 11; có mặt: 8; vắng mặt: 3 (có ý kiến bằng văn bản: 1)", text);
        Assert.Contains("9/11 (81,8%; cần 80%)", text);
        Assert.Contains("8/11 (72,7%; cần 80%)", text);
        Assert.Contains("Bệnh viện Đa khoa tỉnh Lai Châu", text);
        Assert.Contains("Không đạt", text);
        Assert.Contains("Lê Văn Lương", text); // the chair signs

        Lookups.AssertRedirect(await StepAsync(secretary, id, "Finalise"));
        var (passed, passStatus, failStatus, failReason, attached) = await _app.WithDbAsync(async db => (
            await db.Nominees.AsNoTracking().SingleAsync(n => n.Id == pass[0]),
            await db.Dossiers.AsNoTracking().Where(d => d.Id == passDossier).Select(d => d.Status).SingleAsync(),
            await db.Dossiers.AsNoTracking().Where(d => d.Id == failDossier).Select(d => d.Status).SingleAsync(),
            await db.DossierTransitions.AsNoTracking().Where(t => t.DossierId == failDossier && t.Action == DossierAction.NotAward).Select(t => t.Reason).SingleAsync(),
            await db.DossierAttachments.AsNoTracking().CountAsync(a => (a.DossierId == passDossier || a.DossierId == failDossier) && a.PartCode == NominationChecks.CouncilMinutes)));
        Assert.Equal((9, 11, true, CouncilSource.Ballot), (passed.CouncilVotesFor, passed.CouncilMembers, passed.CouncilPassed, passed.CouncilSource));
        Assert.Equal(DossierStatus.CouncilRecorded, passStatus);
        Assert.Equal(DossierStatus.NotAwarded, failStatus);
        Assert.StartsWith("Không đạt tỷ lệ phiếu của Hội đồng", failReason);
        Assert.Equal(2, attached);
        Assert.Equal(HttpStatusCode.Conflict, (await VoteAsync(_app, Members[9], id, pass[0], true)).StatusCode);
    }

    [Fact]
    public async Task SecretSession_AfterVotes_NoTableOrAuditRowLinksAMemberToAChoice()
    {
        var (_, ids) = await AppraisedAsync(_app, "Đề nghị tặng Cờ thi đua tỉnh — Ban Tuyên giáo", "LCH-BTGTU",
            new NomineeSpec(SubjectKind.Collective, "Phòng Tuyên truyền", AwardCodes.CoTinh));
        var secretary = await Http.SignedInAsync(_app, "thuky.hdtdkt");
        var id = await ScheduleAsync(_app, secretary, "Phiên họp bỏ phiếu kín", secret: true);
        await AttendAsync(_app, secretary, id, 9);
        Lookups.AssertRedirect(await StepAsync(secretary, id, "Open"));
        for (var i = 0; i < 9; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await VoteAsync(_app, Members[i], id, ids[0], i % 3 != 0)).StatusCode);
        }

        Lookups.AssertRedirect(await ElectCountersAsync(_app, secretary, id));
        Lookups.AssertRedirect(await StepAsync(secretary, id, "Close"));

        await using var conn = new NpgsqlConnection(_app.ConnectionString);
        await conn.OpenAsync();
        var columns = new List<(string Table, string Column, string Type)>();
        await using (var cmd = new NpgsqlCommand("SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public'", conn))
        await using (var reader = await cmd.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        // A person = a member or user id column; a choice = an agree/disagree/choice column (counts such as
        // nominees.CouncilVotesFor are results, not one member's choice).
        static bool IsPerson(string c) => c.EndsWith("memberid", StringComparison.OrdinalIgnoreCase) || c.EndsWith("userid", StringComparison.OrdinalIgnoreCase);
        static bool IsChoice(string c) => c.Contains("agree", StringComparison.OrdinalIgnoreCase) || c.Contains("choice", StringComparison.OrdinalIgnoreCase);
        var checkedTables = 0;
        foreach (var table in columns.GroupBy(c => c.Table))
        {
            var names = table.Select(c => c.Column).ToList();
            if (!names.Any(IsPerson) || !names.Any(IsChoice))
            {
                continue;
            }

            // A table holding both a person and a choice: it must hold nothing of this secret session.
            Assert.Contains("SessionId", names);
            checkedTables++;
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table.Key}\" WHERE \"SessionId\" = @id", conn);
            count.Parameters.AddWithValue("id", id);
            Assert.Equal(0L, (long)(await count.ExecuteScalarAsync())!);
        }

        Assert.Equal(1, checkedTables); // council_open_votes (open ballots only)
        var participation = columns.Where(c => c.Table == "council_ballot_participation").ToList();
        var tally = columns.Where(c => c.Table == "council_ballot_tallies").ToList();
        Assert.DoesNotContain(participation.Concat(tally), c => c.Type.Contains("time", StringComparison.Ordinal) || c.Type == "date" || c.Column == "Id");
        Assert.DoesNotContain(tally, c => IsPerson(c.Column));

        var audit = await _app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "BallotParticipation" || a.EntityType == "BallotTally" || a.EntityType == "OpenBallotVote").ToListAsync());
        Assert.Equal(9, audit.Count);
        Assert.All(audit, a =>
        {
            Assert.Equal("BallotParticipation", a.EntityType);
            Assert.Contains("đã bỏ phiếu", a.Action);
            Assert.DoesNotContain("Agree", (a.Before ?? "") + a.After, StringComparison.OrdinalIgnoreCase);
        });

        var api = await (await Bearer(_app, "admin").GetAsync($"/api/v1/council/sessions/{id}")).Content.ReadAsStringAsync();
        Assert.Contains("\"agree\":6", api);
        Assert.Contains("\"openVotes\":null", api);
    }

    [Fact]
    public async Task ParallelDoubleVote_OneCounted()
    {
        var (_, ids) = await AppraisedAsync(_app, "Đề nghị tặng Cờ thi đua tỉnh — Ngân hàng CSXH", "LCH-NHCSXH",
            new NomineeSpec(SubjectKind.Collective, "Phòng giao dịch huyện Tam Đường", AwardCodes.CoTinh));
        var secretary = await Http.SignedInAsync(_app, "thuky.hdtdkt");
        var id = await ScheduleAsync(_app, secretary, "Phiên họp kiểm tra bỏ phiếu đồng thời", secret: true);
        await AttendAsync(_app, secretary, id, 11);
        Lookups.AssertRedirect(await StepAsync(secretary, id, "Open"));

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => VoteAsync(_app, "hoidong.tv2", id, ids[0], true)));
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(11, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Contains("chỉ bỏ một phiếu", await responses.First(r => r.StatusCode == HttpStatusCode.Conflict).Content.ReadAsStringAsync());
        var (agree, voters) = await _app.WithDbAsync(async db => (
            await db.BallotTallies.Where(t => t.SessionId == id).Select(t => t.Agree).SingleAsync(),
            await db.BallotParticipation.CountAsync(p => p.SessionId == id)));
        Assert.Equal((1, 1), (agree, voters));
    }

    [Fact]
    public async Task SecretaryOfAnotherUnit_Gets404_OnPagesAndApi()
    {
        await CreateUserAsync(_app, "thuky.tplc", Role.CouncilSecretary, "LCH-TP");
        var secretary = await Http.SignedInAsync(_app, "thuky.hdtdkt");
        var id = await ScheduleAsync(_app, secretary, "Phiên họp của Hội đồng tỉnh", secret: true);
        var province = await Lookups.UnitIdAsync(_app, "LCH");

        var other = await Http.SignedInAsync(_app, "thuky.tplc");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(Url(id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{Url(id)}?handler=Minutes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Council/Schedule?unitId={province}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Council/Members?unitId={province}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/council/sessions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Bearer(_app, "canbo.tanphong").GetAsync($"/api/v1/council/sessions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Bearer(_app, "canbo.tanphong").PostAsJsonAsync($"/api/v1/council/sessions/{id}/votes", new { nomineeId = 1, agree = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(_app, "hoidong.tv5").GetAsync($"/api/v1/council/sessions/{id}")).StatusCode);
    }

    [Fact]
    public async Task MemberFromTheNomineesUnit_FlaggedOnAgenda_VoteRefusedInVietnamese()
    {
        var syt = await Lookups.UnitIdAsync(_app, "LCH-SYT");
        var (_, ids) = await AppraisedAsync(_app, "Đề nghị tặng Cờ thi đua tỉnh — Sở Y tế (xung đột)", "LCH-SYT",
            new NomineeSpec(SubjectKind.Collective, "Sở Y tế tỉnh Lai Châu", AwardCodes.CoTinh, OrgUnitId: syt));
        var secretary = await Http.SignedInAsync(_app, "thuky.hdtdkt");
        var id = await ScheduleAsync(_app, secretary, "Phiên họp có xung đột lợi ích", secret: false, excludeSameUnit: true);
        var page = WebUtility.HtmlDecode(await secretary.GetStringAsync(Url(id)));
        Assert.Contains("Không bỏ phiếu (xung đột lợi ích): Tẩn Văn Chăn", page); // Giám đốc Sở Y tế
        await AttendAsync(_app, secretary, id, 11);
        Lookups.AssertRedirect(await StepAsync(secretary, id, "Open"));

        var refused = await VoteAsync(_app, "hoidong.tv3", id, ids[0], true);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("công tác tại đơn vị của đối tượng được đề nghị", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await VoteAsync(_app, "hoidong.tv4", id, ids[0], true)).StatusCode);
        Lookups.AssertRedirect(await StepAsync(secretary, id, "Close"));
        var json = await SessionJsonAsync("hoidong.tv3", id);
        Assert.Equal("Phạm Thị Thu", json.GetProperty("openVotes")[0].GetProperty("member").GetString()); // open ballot: names shown
    }

    private static string DocxText(byte[] bytes)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return string.Join("\n", doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
