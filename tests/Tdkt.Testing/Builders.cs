using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Nominations;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Nominations;

namespace Tdkt.Testing;

/// <summary>
/// Fluent builders that reach a state through the app's own use cases (the handlers the pages and the API call, run
/// as the named user on the given day by <see cref="DemoActs"/>), never through raw SQL:
/// <c>await Build.Dossier(app).By("canbo.tanphong", "LCH-TP-TANPHONG").ForConference(c).On(day).WithHousehold("Giàng A Páo").SubmittedAsync()</c>.
/// Each step is checked by the same rules as in production (deadline, quota, closed units, required parts), so a
/// builder that succeeds built a state a user could have reached.
/// </summary>
public static class Build
{
    public static DossierBuilder Dossier(TdktFactory app) => new(app);
}

public sealed class DossierBuilder(TdktFactory app)
{
    private readonly List<NomineeData> _nominees = [];
    private string _clerk = "canbo.tanphong";
    private string _unitCode = "LCH-TP-TANPHONG";
    private string _appraiser = "thamdinh.tplc";
    private string _title = "Đề nghị tặng Giấy khen (hồ sơ kiểm thử)";
    private CommendationKind _kind = CommendationKind.AdHoc;
    private DecidingLevel _level = DecidingLevel.Grassroots;
    private int? _conference;
    private int? _movement;
    private int? _year;
    private DateOnly? _deadline;
    private DateOnly _day = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The proposing clerk and the unit (by code) the dossier is made for.</summary>
    public DossierBuilder By(string clerk, string unitCode)
    {
        (_clerk, _unitCode) = (clerk, unitCode);
        return this;
    }

    /// <summary>The receiving body's appraiser who receives, returns and appraises.</summary>
    public DossierBuilder AppraisedBy(string appraiser)
    {
        _appraiser = appraiser;
        return this;
    }

    public DossierBuilder Titled(string title)
    {
        _title = title;
        return this;
    }

    /// <summary>Against a conference (khen thưởng theo đợt): its deadline and quota apply.</summary>
    public DossierBuilder ForConference(int conferenceId)
    {
        (_conference, _kind) = (conferenceId, CommendationKind.Thematic);
        return this;
    }

    public DossierBuilder ForMovement(int movementId)
    {
        (_movement, _kind) = (movementId, CommendationKind.Thematic);
        return this;
    }

    public DossierBuilder Level(DecidingLevel level, CommendationKind kind = CommendationKind.Merit)
    {
        (_level, _kind) = (level, kind);
        return this;
    }

    public DossierBuilder Year(int year)
    {
        _year = year;
        return this;
    }

    /// <summary>A deadline of the dossier's own (only where no conference or movement sets one).</summary>
    public DossierBuilder DeadlineBefore(DateOnly deadline)
    {
        _deadline = deadline;
        return this;
    }

    /// <summary>The day every step is done on (the app's own clock is not used).</summary>
    public DossierBuilder On(DateOnly day)
    {
        _day = day;
        return this;
    }

    public DossierBuilder WithNominee(NomineeData nominee)
    {
        _nominees.Add(nominee);
        return this;
    }

    public DossierBuilder WithIndividual(string name, string award = AwardCodes.Gk, string gender = "nữ", int birthYear = 1988) =>
        WithNominee(new NomineeData(SubjectKind.Individual, name, gender, birthYear, null, "Tổ trưởng tổ dân phố", null, null, null, null, award,
            "Vận động nhiều hộ nghèo trong tổ dân phố thoát nghèo bền vững."));

    public DossierBuilder WithHousehold(string head, string address = "Tổ dân phố số 3", string award = AwardCodes.Gk) =>
        WithNominee(new NomineeData(SubjectKind.Household, head, null, null, null, null, null, null, address, null, award,
            "Thoát nghèo bền vững nhờ phát triển chăn nuôi, giúp các hộ cùng tổ vay vốn."));

    public DossierBuilder WithCollective(string name, string award = AwardCodes.Gk) =>
        WithNominee(new NomineeData(SubjectKind.Collective, name, null, null, null, null, null, null, null, null, award,
            "Hoàn thành xuất sắc nhiệm vụ trong năm."));

    /// <summary>A draft with its nominees and nothing attached.</summary>
    public async Task<int> DraftAsync()
    {
        var acts = await DemoActs.ForAsync(app.Services);
        var unit = await app.WithDbAsync(db => db.OrgUnits.Where(u => u.Code == _unitCode).Select(u => u.Id).SingleAsync());
        var id = await acts.CreateAsync(_clerk, _day, new CreateDossierCommand(_title, unit, _kind, _level, _movement, _conference,
            _year ?? _day.Year, _conference is null && _movement is null ? _deadline : null));
        if (_nominees.Count > 0)
        {
            await acts.AddNomineesAsync(_clerk, _day, id, [.. _nominees]);
        }

        return id;
    }

    /// <summary>A draft with every required part attached: ready to submit.</summary>
    public async Task<int> ReadyAsync()
    {
        var id = await DraftAsync();
        await (await DemoActs.ForAsync(app.Services)).AttachMissingAsync(_clerk, _day, id);
        return id;
    }

    public async Task<int> SubmittedAsync()
    {
        var id = await ReadyAsync();
        await (await DemoActs.ForAsync(app.Services)).SubmitAsync(_clerk, _day, id);
        return id;
    }

    public async Task<int> ReceivedAsync()
    {
        var id = await SubmittedAsync();
        await (await DemoActs.ForAsync(app.Services)).ReceiveAsync(_appraiser, _day, id);
        return id;
    }

    /// <summary>Received, then returned for supplement with <paramref name="reason"/> and its own deadline.</summary>
    public async Task<int> ReturnedAsync(string reason, DateOnly? supplementBefore = null)
    {
        var id = await ReceivedAsync();
        await (await DemoActs.ForAsync(app.Services)).ReturnAsync(_appraiser, _day, id, reason, supplementBefore);
        return id;
    }

    /// <summary>Received, every nominee accepted, appraisal completed: ready for the council (or the signer).</summary>
    public async Task<int> AppraisedAsync()
    {
        var id = await ReceivedAsync();
        var acts = await DemoActs.ForAsync(app.Services);
        foreach (var n in await acts.NomineeIdsAsync(id))
        {
            await acts.AppraiseAsync(_appraiser, _day, id, n, true, null);
        }

        await acts.CompleteAppraisalAsync(_appraiser, _day, id);
        return id;
    }
}
