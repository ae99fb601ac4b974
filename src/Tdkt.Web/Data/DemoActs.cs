using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;
using Tdkt.Web.Documents;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Council;
using Tdkt.Web.Pages.Nominations;
using Tdkt.Web.Pages.Notices;
using Tdkt.Web.Security;

namespace Tdkt.Web.Data;

/// <summary>A stopped clock: the demo step's day, 09:00 in Vietnam.</summary>
public sealed class DemoClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>Runs one use case as a user on a given day: its own DbContext (audit rows name the user and the
/// day), the user's grants read as on a request, the services built as DI builds them. The demo seeder tells its story
/// with it, and the test builders (tests/Tdkt.Testing, <c>Build.Dossier(app)</c>) reach a state with it, so both go
/// through the same handlers as the pages and the API.</summary>
public sealed class DemoActs(IServiceProvider services, TdktSettings settings, IReadOnlyDictionary<string, string> userIds)
{
    /// <summary>Whether the user exists (a data folder made by an earlier build may lack newer demo users).</summary>
    public bool Knows(string user) => userIds.ContainsKey(user);

    /// <summary>Acts for every user of the database (by user name), with the application's services (a scope of
    /// its own, as the seeder's; each step still gets its own DbContext).</summary>
    public static async Task<DemoActs> ForAsync(IServiceProvider services)
    {
        var scoped = services.CreateScope().ServiceProvider;
        var db = scoped.GetRequiredService<TdktDbContext>();
        var ids = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.UserName!, u => u.Id);
        return new DemoActs(scoped, scoped.GetRequiredService<TdktSettings>(), ids);
    }

    private async Task<T> AsAsync<T>(string user, DateOnly day, Func<Scope, Task<T>> act)
    {
        var clock = new DemoClock(new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero)); // 09:00 in Vietnam
        var actor = new AuditActor { UserId = userIds[user], Name = user };
        await using var ctx = new TdktDbContext(services.GetRequiredService<DbContextOptions<TdktDbContext>>(), actor, clock);
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userIds[user]), new Claim(ClaimTypes.Name, user)], "demo"));
        var me = new CurrentUser(ctx, new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = principal } });
        var citizenIds = ActivatorUtilities.CreateInstance<CitizenIds>(services);
        var step = new StepServices(services, ctx, me, clock, settings, citizenIds);
        return await act(new Scope(ctx, step.GetRequiredService<NominationChecks>(), step));
    }

    /// <summary>One demo step's services: its DbContext, user, clock and settings, and the feature classes (handlers,
    /// workflows, checks) built on them as DI builds them; the rest from the application's services.</summary>
    private sealed class StepServices(IServiceProvider root, params object[] given) : IServiceProvider
    {
        private readonly Dictionary<Type, object> made = [];

        public object? GetService(Type serviceType)
        {
            if (given.FirstOrDefault(serviceType.IsInstanceOfType) is { } g)
            {
                return g;
            }

            if (made.TryGetValue(serviceType, out var m))
            {
                return m;
            }

            if (serviceType.Namespace?.StartsWith("Tdkt.Web.Pages", StringComparison.Ordinal) == true && serviceType.IsClass && !serviceType.IsAbstract)
            {
                return made[serviceType] = ActivatorUtilities.CreateInstance(this, serviceType);
            }

            return root.GetService(serviceType);
        }
    }

    private sealed record Scope(TdktDbContext Db, NominationChecks Checks, IServiceProvider Services)
    {
        public T Use<T>() where T : notnull => Services.GetRequiredService<T>();
    }

    private Task Do(string user, DateOnly day, Func<Scope, Task<Result>> act) =>
        AsAsync(user, day, async s => Ok(await act(s)));

    private static int Ok(Result r) => r.IsSuccess ? 0 : throw new InvalidOperationException("Dữ liệu mẫu: " + r.Error!.Message);

    private static T Ok<T>(Result<T> r) => r.IsSuccess ? r.Value! : throw new InvalidOperationException("Dữ liệu mẫu: " + r.Error!.Message);

    private static Task<uint> VersionAsync(Scope s, int id) =>
        s.Db.Dossiers.AsNoTracking().Where(d => d.Id == id).Select(d => d.Version).SingleAsync();

    public Task<int> CreateAsync(string user, DateOnly day, CreateDossierCommand cmd) =>
        AsAsync(user, day, async s => Ok(await s.Use<CreateDossierHandler>().HandleAsync(cmd, default)));

    public Task AddNomineesAsync(string user, DateOnly day, int id, params NomineeData[] nominees) => AsAsync(user, day, async s =>
    {
        foreach (var n in nominees)
        {
            Ok(await s.Use<AddNomineeHandler>().HandleAsync(id, n, default));
        }

        return 0;
    });

    /// <summary>Created, nominees added, every required part attached: ready to submit.</summary>
    public async Task<int> ReadyAsync(string user, DateOnly day, CreateDossierCommand cmd, params NomineeData[] nominees)
    {
        var id = await CreateAsync(user, day, cmd);
        await AddNomineesAsync(user, day, id, nominees);
        await AttachMissingAsync(user, day, id);
        return id;
    }

    /// <summary>Attaches a generated .docx for each required part still missing (but <paramref name="except"/>).</summary>
    public Task AttachMissingAsync(string user, DateOnly day, int id, string? except = null) => AsAsync(user, day, async s =>
    {
        var d = await s.Db.Dossiers.AsNoTracking().SingleAsync(x => x.Id == id);
        var unit = await s.Db.OrgUnits.AsNoTracking().Where(u => u.Id == d.ProposingUnitId).Select(u => u.Name).SingleAsync();
        foreach (var part in await s.Checks.MissingDossierPartsAsync(d, default))
        {
            if (part.Code != except)
            {
                Ok(await s.Use<AttachFileHandler>().HandleAsync(id, null, part.Code, FileName(part.Code, null), PartDocument(unit, part.Name, d.Title, day, null), default));
            }
        }

        foreach (var n in await s.Checks.CheckAsync(d, day, withEligibility: false, default))
        {
            foreach (var part in n.MissingParts.Where(p => p.Code != except))
            {
                Ok(await s.Use<AttachFileHandler>().HandleAsync(id, n.Nominee.Id, part.Code, FileName(part.Code, n.Nominee.Id), PartDocument(unit, part.Name, d.Title, day, n.Nominee), default));
            }
        }

        return 0;
    });

    public Task AttachAsync(string user, DateOnly day, int id, int? nominee, string partCode, string partName) => AsAsync(user, day, async s =>
    {
        var d = await s.Db.Dossiers.AsNoTracking().SingleAsync(x => x.Id == id);
        var unit = await s.Db.OrgUnits.AsNoTracking().Where(u => u.Id == d.ReceivingUnitId).Select(u => u.Name).SingleAsync();
        return Ok(await s.Use<AttachFileHandler>().HandleAsync(id, nominee, partCode, FileName(partCode, nominee), PartDocument(unit, partName, d.Title, day, null), default));
    });

    /// <summary>The tờ trình the unit sends with its dossier (number and date); a decision cites it.</summary>
    public Task RecordLetterAsync(string user, DateOnly day, int id, string number) =>
        AsAsync(user, day, async s => Ok(await ActivatorUtilities.CreateInstance<SubmissionLetters>(s.Services).RecordAsync(id, number, day, default)));

    public Task SubmitAsync(string user, DateOnly day, int id) => Do(user, day, async s => await s.Use<SubmitDossierHandler>().HandleAsync(id, await VersionAsync(s, id), default));

    public Task ReceiveAsync(string user, DateOnly day, int id) => Do(user, day, async s => await s.Use<ReceiveDossierHandler>().HandleAsync(id, await VersionAsync(s, id), default));

    public Task ReturnAsync(string user, DateOnly day, int id, string reason, DateOnly? supplementBefore = null) =>
        Do(user, day, async s => await s.Use<ReturnDossierHandler>().HandleAsync(id, await VersionAsync(s, id), reason, supplementBefore, default));

    public Task ExtendDeadlineAsync(string user, DateOnly day, int id, DateOnly deadline, string reason) =>
        Do(user, day, async s => await s.Use<ExtendDeadlineHandler>().HandleAsync(id, await VersionAsync(s, id), deadline, reason, default));

    public Task AppraiseAsync(string user, DateOnly day, int id, int nominee, bool accept, string? reason) =>
        Do(user, day, s => s.Use<AppraiseNomineeHandler>().HandleAsync(id, nominee, accept,
            reason ?? (accept ? "Thành tích đã được đơn vị bình xét và xác nhận trong báo cáo thành tích" : null), default));

    public Task ConsultAsync(string user, DateOnly day, int id, string agency, string question) =>
        AsAsync(user, day, async s => Ok(await s.Use<ConsultAgencyHandler>().HandleAsync(id, agency, question, day, default)));

    public Task CompleteAppraisalAsync(string user, DateOnly day, int id) =>
        Do(user, day, async s => await s.Use<CompleteAppraisalHandler>().HandleAsync(id, await VersionAsync(s, id), default));

    public Task CouncilVoteAsync(string user, DateOnly day, int id, int nominee, int votesFor, int members) =>
        Do(user, day, s => s.Use<RecordCouncilResultHandler>().HandleAsync(id, nominee, votesFor, members, CouncilSource.Minutes, default));

    public Task CompleteCouncilAsync(string user, DateOnly day, int id) =>
        Do(user, day, async s => await s.Use<CompleteCouncilHandler>().HandleAsync(id, await VersionAsync(s, id), default));

    public Task IssueAsync(string user, DateOnly day, int id, IssueCommand cmd) =>
        AsAsync(user, day, async s => Ok(await s.Use<IssueDecisionHandler>().HandleAsync(id, await VersionAsync(s, id), cmd, default)));

    /// <summary>Publishes the notice; returns its last day.</summary>
    public Task<DateOnly> PublishAsync(string user, DateOnly day, PublishNoticeCommand cmd) => AsAsync(user, day, async s =>
    {
        var id = Ok(await s.Use<NoticeService>().PublishAsync(cmd, default));
        return await s.Db.Notices().AsNoTracking().Where(n => n.Id == id).Select(n => n.EndDate).SingleAsync();
    });

    public Task ScheduleAsync(string user, DateOnly day, int unitId, ScheduleCommand cmd) =>
        AsAsync(user, day, async s => Ok(await s.Use<ScheduleSessionHandler>().HandleAsync(unitId, cmd, default)));

    public async Task<IReadOnlyCollection<int>> NomineeIdsAsync(int id)
    {
        await using var ctx = new TdktDbContext(services.GetRequiredService<DbContextOptions<TdktDbContext>>());
        return await ctx.Nominees.AsNoTracking().Where(n => n.DossierId == id).OrderBy(n => n.Id).Select(n => n.Id).ToListAsync();
    }

    public async Task<(int First, int Second)> TwoNomineesAsync(int id) => (await NomineeIdsAsync(id)).ToArray() is [var a, var b, ..]
        ? (a, b) : throw new InvalidOperationException("Dữ liệu mẫu: hồ sơ cần hai đối tượng.");

    private static string FileName(string partCode, int? nominee) =>
        (nominee is { } n ? $"{partCode.ToLowerInvariant()}-{n.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : partCode.ToLowerInvariant()).Replace('_', '-') + ".docx";

    /// <summary>A short Decree-30 document standing for the part (tờ trình, biên bản, báo cáo thành tích).</summary>
    private static byte[] PartDocument(string unitName, string partName, string dossierTitle, DateOnly day, Nominee? nominee) => Nd30.Document(body =>
    {
        body.Append(Nd30.HeaderBlock(null, unitName, "Số:      /" + (nominee is null ? "TTr" : "BC"), Nd30.PlaceDate(unitName, day, day.Year)));
        body.Append(Nd30.Para(string.Empty));
        body.Append(Nd30.Para(partName.ToUpper(ViFormat.Culture), bold: true, center: true));
        body.Append(Nd30.Para(nominee is null ? dossierTitle : $"{nominee.Name} — {nominee.Position ?? nominee.Address ?? unitName}", italic: true, center: true));
        body.Append(Nd30.Para(string.Empty));
        if (nominee is not null)
        {
            body.Append(Nd30.Para("Tóm tắt thành tích: " + nominee.Achievement, indent: true, justify: true));
        }

        body.Append(Nd30.Para("(Văn bản mẫu của dữ liệu minh họa.)", italic: true, size: 24, indent: true));
    });
}
