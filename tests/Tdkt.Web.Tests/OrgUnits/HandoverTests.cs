using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Security;
using Tdkt.Testing;
using Tdkt.Web.Pages.OrgUnits;

namespace Tdkt.Web.Tests.OrgUnits;

/// <summary>Hand-over of a closed unit's open work to its successor (ADR-0030), through the API and the page (same handler).
/// Demo data: phường Tân Phong (old) closed on 30/06/2025 with four open 2023 dossiers, its clerk's grant and a yearly
/// report request; phường Tân Phong (new, from 01/07/2025) directly under the province.</summary>
public sealed class HandoverTests : IAsyncLifetime
{
    private const string Reason = "Sắp xếp đơn vị hành chính cấp xã theo Nghị quyết số 1670/NQ-UBTVQH15";
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(HandoverTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private HttpClient Bearer(string user)
    {
        var client = Http.Anonymous(_app);
        client.DefaultRequestHeaders.Authorization = new("Bearer", DemoTokens.For(_app, user));
        return client;
    }

    private Task<int> UnitAsync(string code) => _app.WithDbAsync(db => db.OrgUnits.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    private Task<List<Dossier>> OpenDossiersOfAsync(int unitId) => _app.WithDbAsync(db => db.Dossiers.AsNoTracking()
        .Where(d => d.ProposingUnitId == unitId && d.Status != DossierStatus.Decided && d.Status != DossierStatus.NotAwarded && d.Status != DossierStatus.Revoked)
        .OrderBy(d => d.Id).ToListAsync());

    private Task<int> AuditCountAsync() => _app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == HandoverOrgUnitHandler.AuditAction));

    private static async Task<string> FieldErrorAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("errors").GetProperty(field)[0].GetString()!;
    }

    [Fact]
    public async Task Preview_ClosedWard_ListsOpenDossiersGrantAndReportAndChangesNothing()
    {
        var oldWard = await UnitAsync("LCH-TP-TANPHONG");
        var newWard = await UnitAsync("LCH-P-TANPHONG");
        var open = await OpenDossiersOfAsync(oldWard);
        Assert.NotEmpty(open);

        var response = await Bearer("admin").PostAsJsonAsync($"/api/v1/org-units/{oldWard}/handover", new { successorId = newWard, preview = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<OrgUnitHandoverApiDto>();
        Assert.False(body!.Done);
        Assert.Equal(open.Select(d => d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            body.Items.Where(i => i.Kind == "dossier").Select(i => i.EntityId));
        Assert.Contains(body.Items, i => i.Kind == "grant" && i.What.Contains("canbo.tanphong", StringComparison.Ordinal));
        Assert.Contains(body.Items, i => i.Kind == "report_request");
        Assert.Equal(open.Count, (await OpenDossiersOfAsync(oldWard)).Count);
        Assert.Equal(0, await AuditCountAsync());
    }

    [Fact]
    public async Task Handover_ClosedWard_MovesEverythingInOneTransactionWithOneAuditRowPerItem()
    {
        var oldWard = await UnitAsync("LCH-TP-TANPHONG");
        var newWard = await UnitAsync("LCH-P-TANPHONG");
        var province = await UnitAsync("LCH");
        var open = await OpenDossiersOfAsync(oldWard);
        var ownBefore = (await OpenDossiersOfAsync(newWard)).Select(d => d.Id).ToHashSet(); // the demo's current scenario

        var response = await Bearer("admin").PostAsJsonAsync($"/api/v1/org-units/{oldWard}/handover", new { successorId = newWard, reason = Reason });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<OrgUnitHandoverApiDto>();
        Assert.True(body!.Done);
        Assert.Empty(await OpenDossiersOfAsync(oldWard));
        var moved = (await OpenDossiersOfAsync(newWard)).Where(d => !ownBefore.Contains(d.Id)).ToList();
        Assert.Equal(open.Select(d => d.Id), moved.Select(d => d.Id));
        Assert.Equal(open.Select(d => d.Status), moved.Select(d => d.Status));
        // The city (closed, no successor) no longer receives: the body above the new ward does.
        Assert.All(moved, d => Assert.Equal(province, d.ReceivingUnitId));
        var grants = await _app.WithDbAsync(db => (from g in db.RoleGrants join u in db.Users on g.UserId equals u.Id
                                                   where u.UserName == "canbo.tanphong" select new { g.OrgUnitId, g.Role, Home = u.OrgUnitId }).ToListAsync());
        Assert.Contains(grants, g => g.Role == Role.UnitClerk && g.OrgUnitId == newWard);
        Assert.DoesNotContain(grants, g => g.OrgUnitId == oldWard);
        Assert.All(grants, g => Assert.Equal(newWard, g.Home));
        var report = await _app.WithDbAsync(db => db.ReportRequests.AsNoTracking().SingleAsync());
        Assert.Contains(newWard, report.RecipientUnitIds);
        Assert.DoesNotContain(oldWard, report.RecipientUnitIds);

        var audit = await _app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == HandoverOrgUnitHandler.AuditAction).ToListAsync());
        Assert.All(audit, a => Assert.StartsWith(Reason, a.Reason, StringComparison.Ordinal));
        Assert.All(audit, a => Assert.Equal("admin", a.ActorName));
        foreach (var d in open)
        {
            Assert.Single(audit, a => a.EntityType == nameof(Dossier) && a.EntityId == d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(body.Items.Count, audit.Count(a => a.EntityType != "CouncilMember"));

        // The new ward's clerk carries the draft on.
        var draft = moved.First(d => d.Status == DossierStatus.Draft);
        var edit = await Bearer("canbo.tanphong").PatchAsJsonAsync($"/api/v1/dossiers/{draft.Id}", new { title = draft.Title + " (phường mới)", version = draft.Version });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
    }

    [Fact]
    public async Task Handover_ClosedCityInbox_DossiersGoToTheSuccessorBodyThatIssuesAfterClosure()
    {
        var city = await UnitAsync("LCH-TP");
        var province = await UnitAsync("LCH");
        var inbox = await _app.WithDbAsync(db => db.Dossiers.AsNoTracking()
            .Where(d => d.ReceivingUnitId == city && d.Status == DossierStatus.Submitted).Select(d => d.Id).ToListAsync());
        Assert.NotEmpty(inbox);

        var response = await Bearer("admin").PostAsJsonAsync($"/api/v1/org-units/{city}/handover", new { successorId = province, reason = Reason });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var receivers = await _app.WithDbAsync(db => db.Dossiers.AsNoTracking().Where(d => inbox.Contains(d.Id)).Select(d => d.ReceivingUnitId).ToListAsync());
        Assert.All(receivers, r => Assert.Equal(province, r));
        var decided = await _app.WithDbAsync(db => db.Dossiers.AsNoTracking().CountAsync(d => d.ReceivingUnitId == city && d.Status == DossierStatus.Decided));
        Assert.True(decided > 0, "A decided dossier keeps the body that issued it.");
    }

    [Fact]
    public async Task Handover_WithoutReason_Answers400NamingReasonAndChangesNothing()
    {
        var oldWard = await UnitAsync("LCH-TP-TANPHONG");
        var before = (await OpenDossiersOfAsync(oldWard)).Count;

        var response = await Bearer("admin").PostAsJsonAsync($"/api/v1/org-units/{oldWard}/handover", new { successorId = await UnitAsync("LCH-P-TANPHONG"), reason = "  " });

        Assert.Contains("Lý do bàn giao là bắt buộc", await FieldErrorAsync(response, "reason"));
        Assert.Equal(before, (await OpenDossiersOfAsync(oldWard)).Count);
        Assert.Equal(0, await AuditCountAsync());
    }

    [Fact]
    public async Task Handover_ToClosedSuccessor_Answers400NamingSuccessor()
    {
        var response = await Bearer("admin").PostAsJsonAsync($"/api/v1/org-units/{await UnitAsync("LCH-TP-TANPHONG")}/handover",
            new { successorId = await UnitAsync("LCH-TP-DOANKET"), reason = Reason });

        Assert.Contains("cũng đã đóng", await FieldErrorAsync(response, "successorId"));
        Assert.Equal(0, await AuditCountAsync());
    }

    [Fact]
    public async Task Handover_OfOpenUnit_Answers400NamingTheUnit()
    {
        var response = await Bearer("admin").PostAsJsonAsync($"/api/v1/org-units/{await UnitAsync("LCH-SYT")}/handover",
            new { successorId = await UnitAsync("LCH-SNV"), reason = Reason });

        Assert.Contains("đang hoạt động", await FieldErrorAsync(response, "id"));
    }

    [Fact]
    public async Task Handover_ToSuccessorOutsideAdminSubtree_Answers404AndChangesNothing()
    {
        var muongSo = await UnitAsync("LCH-PT-MUONGSO");

        var response = await Bearer("quantri.phongtho").PostAsJsonAsync($"/api/v1/org-units/{muongSo}/handover",
            new { successorId = await UnitAsync("LCH-X-PHONGTHO"), reason = Reason });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await AuditCountAsync());
    }

    [Fact]
    public async Task Page_PreviewThenHandover_ListsItemsThenMovesThem()
    {
        var client = await Http.SignedInAsync(_app, "admin");
        var oldWard = await UnitAsync("LCH-TP-TANPHONG");
        var newWard = await UnitAsync("LCH-P-TANPHONG");
        var url = $"/OrgUnits/Handover/{oldWard}";
        var form = new Dictionary<string, string> { ["Input.SuccessorId"] = newWard.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Reason"] = Reason };

        var details = WebUtility.HtmlDecode(await client.GetStringAsync($"/OrgUnits/Details/{oldWard}"));
        Assert.Contains($"/OrgUnits/Handover/{oldWard}", details);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(url));
        Assert.Contains($"<option selected=\"selected\" value=\"{newWard}\"", page); // the recorded successor is proposed

        var preview = await Http.PostFormAsync(client, url + "?handler=Preview", form, url);
        var html = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("data-testid=\"handover-items\"", html);
        Assert.Contains("Đơn vị đề nghị: Phường Tân Phong (đến 30/06/2025) → Phường Tân Phong", html);
        Assert.Equal(0, await AuditCountAsync());

        var done = await Http.PostFormAsync(client, url, form);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Empty(await OpenDossiersOfAsync(oldWard));

        var grants = WebUtility.HtmlDecode(await client.GetStringAsync("/OrgUnits/Handover"));
        Assert.DoesNotContain("canbo.tanphong", grants);
        Assert.Contains("quantri.phongtho", grants); // still on the abolished district: listed for re-mapping
    }

    [Fact]
    public async Task Page_WithoutSuccessor_ShowsFieldErrorAndChangesNothing()
    {
        var client = await Http.SignedInAsync(_app, "admin");
        var url = $"/OrgUnits/Handover/{await UnitAsync("LCH-TP-TANPHONG")}";

        var response = await Http.PostFormAsync(client, url, new() { ["Input.SuccessorId"] = "", ["Input.Reason"] = Reason });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hãy chọn đơn vị tiếp nhận", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(0, await AuditCountAsync());
    }

    private sealed record OrgUnitHandoverApiDto(int UnitId, string UnitName, int SuccessorId, string SuccessorName, bool Done, List<ItemDto> Items);

    private sealed record ItemDto(string Kind, string KindText, string EntityId, string What, string Change);
}
