using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Tdkt.Web.Api;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Infrastructure.Logging;
using Tdkt.Web.Pages.Notices;
using Tdkt.Web.Security;

var builder = WebApplication.CreateBuilder(args);
var settings = TdktSettings.From(builder.Configuration, builder.Environment);

TdktLogging.Configure(builder.Logging, settings); // Vietnamese console + size-capped JSON file (ADR-0024)
builder.Logging.AddTdktQuietHotPath(builder.Configuration); // no SQL / per-request lines at Information (issue 17)

// No connection string: run our own PostgreSQL cluster under the data folder (demo mode).
// Two logins (ADR-0034): the app serves as an ordinary role; the migration role (optional) migrates and grants at start.
EmbeddedPostgres? embedded = null;
var connectionString = builder.Configuration.GetConnectionString("Tdkt");
var migrationConnectionString = builder.Configuration.GetConnectionString("TdktMigrations");
if (string.IsNullOrWhiteSpace(connectionString))
{
    using var startupLog = TdktLogging.CreateStartupFactory(settings);
    embedded = EmbeddedPostgres.Start(settings.DataFolder, settings.EmbeddedPgPort, startupLog.CreateLogger("Tdkt.EmbeddedPostgres"));
    await embedded.EnsureAppRoleAsync();
    connectionString = embedded.AppConnectionString;
    migrationConnectionString = embedded.ConnectionString;
    settings.DemoData ??= true;
    builder.Services.AddSingleton(embedded);
    builder.Services.AddHostedService<EmbeddedPostgresWatchdog>();
}

builder.Services.AddSingleton(settings);
// Secrets: generated into the data folder for the embedded cluster and in Development; required otherwise (ADR-0018).
var generateSecrets = embedded is not null || builder.Environment.IsDevelopment();
using var secretsLog = LoggerFactory.Create(l => l.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss  "; }));
builder.Services.AddSingleton(SecretKeys.CitizenIdIndexKey(builder.Configuration, settings.DataFolder, generateSecrets, secretsLog.CreateLogger("Tdkt.Secrets")));

// Vietnamese letters go out as themselves, not as &#x...; entities (readable HTML, smaller pages).
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
    o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped(sp => AuditActorFactory.Create(sp.GetRequiredService<IHttpContextAccessor>()));
// Single queries on purpose: one consistent snapshot per query (the warning about multiple includes is noted, not a bug).
// E-mail of notifications (Tdkt:Smtp:Host set): queued after commit by an interceptor, sent by a background sender.
var smtp = SmtpSettings.Read(builder.Configuration);
builder.Services.AddSingleton(smtp);
builder.Services.AddSingleton<NotificationMailQueue>();
builder.Services.AddSingleton<NotificationMailInterceptor>();
if (smtp.Enabled)
{
    builder.Services.AddHostedService<NotificationMailSender>();
}

builder.Services.AddSingleton<ReferenceCache>(); // units, catalogue, settings, holidays per reference_version() (ADR-0042)
builder.Services.AddDbContext<TdktDbContext>((sp, o) =>
{
    o.UseNpgsql(connectionString, n => n.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
    if (smtp.Enabled)
    {
        o.AddInterceptors(sp.GetRequiredService<NotificationMailInterceptor>());
    }
});
builder.Services.AddScoped<CurrentUser>();

// Several app nodes on one PostgreSQL: key ring in the database, encrypted at rest; job leases; health (ADR-0026).
builder.Services.AddTdktScaleOut(builder.Configuration, settings, connectionString);
builder.Services.AddTdktReadReplica(builder.Configuration); // statistics, registry search, exports (ADR-0035)
builder.Services.AddTdktMetrics(); // /metrics for Prometheus, configured addresses only (ADR-0027)
builder.Services.AddTdktTracing(builder.Configuration); // OTLP traces when an endpoint is configured (ADR-0040)

builder.Services.AddIdentityCore<AppUser>(o =>
    {
        o.Password.RequiredLength = 12;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequiredUniqueChars = 1;
        o.Lockout.MaxFailedAccessAttempts = 5; // per account; sign-in counts per name and address instead (LoginThrottle)
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.Lockout.AllowedForNewUsers = true;
        o.User.RequireUniqueEmail = false;
        o.SignIn.RequireConfirmedAccount = false;
    })
    .AddEntityFrameworkStores<TdktDbContext>()
    .AddSignInManager<TdktSignInManager>()
    .AddErrorDescriber<VietnameseIdentityErrors>()
    .AddDefaultTokenProviders();

builder.Services.AddAuthentication(o =>
    {
        o.DefaultScheme = "Tdkt";
        o.DefaultChallengeScheme = "Tdkt";
    })
    .AddPolicyScheme("Tdkt", "Cookie hoặc mã truy cập", o => o.ForwardDefaultSelector = ctx =>
        ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? TokenAuthenticationHandler.SchemeName
            : IdentityConstants.ApplicationScheme)
    .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null)
    .AddIdentityCookies();

builder.Services.ConfigureApplicationCookie(o =>
{
    o.Cookie.Name = "tdkt.auth";
    o.Cookie.HttpOnly = true;
    o.Cookie.SameSite = SameSiteMode.Lax;
    o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    o.ExpireTimeSpan = TimeSpan.FromMinutes(settings.IdleTimeoutMinutes); // idle timeout, sliding
    o.SlidingExpiration = true;
    o.LoginPath = "/Account/Login";
    o.LogoutPath = "/Account/Logout";
    o.AccessDeniedPath = "/Account/Login";
    o.Events.OnRedirectToLogin = ctx => ApiProblems.IsApi(ctx.Request)
        ? ApiProblems.WriteAsync(ctx.HttpContext, 401, "Chưa xác thực", "Cần đăng nhập hoặc gửi mã truy cập hợp lệ (Authorization: Bearer …).")
        : RedirectTo(ctx);
    o.Events.OnRedirectToAccessDenied = ctx => ApiProblems.IsApi(ctx.Request)
        ? ApiProblems.WriteAsync(ctx.HttpContext, 404, "Không tìm thấy", "Không tìm thấy dữ liệu yêu cầu.")
        : RedirectTo(ctx);
});
builder.Services.AddTdktSingleSignOn(builder.Configuration); // OpenID Connect when Tdkt:Oidc:Authority is set (ADR-0034)
builder.Services.AddSessionLifetime(settings).AddProxySupport(builder.Configuration).AddTdktAccountSecurity().AddInputGuard();
// Check the security stamp (and so "disabled") on every request, not every 30 minutes.
builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

builder.Services.AddAuthorizationBuilder()
    .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

builder.Services.AddRateLimiter(o =>
{
    o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    // Only sign-in POSTs are limited (per client IP); a page-level policy would also count the GET of the form.
    o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(ctx =>
        HttpMethods.IsPost(ctx.Request.Method) && ctx.Request.Path.Equals("/Account/Login", StringComparison.OrdinalIgnoreCase)
            ? RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "?",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.LoginAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
            : ObjectionRateLimit.Applies(ctx.Request) ? ObjectionRateLimit.Partition(ctx, settings.ObjectionsPerHour)
            : RateLimitPartition.GetNoLimiter("other"));
    o.OnRejected = ObjectionRateLimit.OnRejectedAsync; // the public page's own message; sign-in keeps the status page's
});

builder.Services.AddRazorPages(o =>
    {
        o.Conventions.AllowAnonymousToPage("/Account/Login");
        o.Conventions.AllowAnonymousToPage("/Error");
        o.Conventions.AllowAnonymousToPage("/NotFound");
        o.Conventions.AllowAnonymousToPage("/Public/Model"); // /dien-hinh/{slug}: published models only
    })
    .AddMvcOptions(o =>
    {
        VietnameseModelBinding.Apply(o.ModelBindingMessageProvider);
        o.ModelMetadataDetailsProviders.Add(new VietnameseValidationMessages());
    });
builder.Services.AddOpenApi("v1", o => Tdkt.Web.Api.ApiEnums.AddApiEnums(o));
builder.Services.AddProblemDetails();
builder.Services.AddHealthChecks().AddDbContextCheck<TdktDbContext>("database");
builder.Services.AddHostedService<StartupHealthLog>(); // a part down at start → one warning naming it (ADR-0040)
builder.Services.AddTdktFeatures();

var app = builder.Build();

if (embedded is not null)
{
    app.Lifetime.ApplicationStopped.Register(embedded.Stop);
}

if (Tdkt.Web.Data.Synthetic.SeedCommand.Requested(args))
{
    settings.DemoData = false; // ./run seed: the synthetic data set instead of the demo (issue 17)
}

try
{
    await DatabaseSetup.MigrateAndSeedAsync(app.Services, settings, app.Logger,
        string.IsNullOrWhiteSpace(migrationConnectionString) ? null : migrationConnectionString, connectionString);
}
catch (DatabasePredatesBaselineException ex)
{
    // Said to a person, not logged as a stack trace: what happened and what to do (ADR-0028).
    Console.Error.WriteLine();
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(embedded is not null
        ? $"Thư mục dữ liệu {settings.DataFolder} thuộc bản cũ. Hãy đổi tên hoặc xoá thư mục đó (hoặc đặt TDKT_DATA trỏ tới thư mục mới) rồi chạy lại ./run: dữ liệu mẫu sẽ được tạo lại."
        : "Cơ sở dữ liệu này thuộc bản thử nghiệm cũ: hãy tạo cơ sở dữ liệu mới cho Tdkt rồi khởi động lại.");
    embedded?.Stop();
    return 3;
}

await ScaleOut.ImportFileKeysAsync(app.Services, settings, app.Logger);

if (Tdkt.Web.Data.Synthetic.SeedCommand.Requested(args))
{
    // The owner role loads (it may drop and rebuild the big tables' indexes during the load); the runtime role otherwise.
    var seeded = await Tdkt.Web.Data.Synthetic.SeedCommand.RunAsync(args,
        string.IsNullOrWhiteSpace(migrationConnectionString) ? connectionString : migrationConnectionString);
    embedded?.Stop();
    return seeded;
}

// ./run verify-audit: check the audit hash chain, print the first broken link, exit 0 (intact) or 2 (ADR-0020).
if (args.Contains("verify-audit"))
{
    using (var scope = app.Services.CreateScope())
    {
        var report = await AuditChainReport.VerifyAsync(scope.ServiceProvider.GetRequiredService<TdktDbContext>(), CancellationToken.None);
        Console.WriteLine(report.Describe());
        embedded?.Stop();
        return report.Intact ? 0 : 2;
    }
}

// ./run rotate-cccd-key: re-index citizen IDs from Tdkt:CitizenIdIndexKeyPrevious to the current key, then exit (ADR-0034).
if (args.Contains("rotate-cccd-key"))
{
    using var scope = app.Services.CreateScope();
    var report = await CitizenIdKeyRotation.RunAsync(scope.ServiceProvider.GetRequiredService<TdktDbContext>(),
        scope.ServiceProvider.GetRequiredService<Tdkt.Web.Pages.Nominations.CitizenIds>(), CitizenIdKeyRotation.PreviousKey(app.Configuration),
        scope.ServiceProvider.GetRequiredService<CitizenIdIndexKey>().Value, CancellationToken.None);
    Console.WriteLine(report.Describe());
    embedded?.Stop();
    return 0;
}

app.UseProxySupport(builder.Configuration); // first: scheme and client address as the TLS proxy saw them
var vi = new CultureInfo("vi-VN");
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture(vi),
    SupportedCultures = [vi],
    SupportedUICultures = [vi],
});

app.UseExceptionHandler("/Error");
app.UseStatusCodePages(async ctx =>
{
    var http = ctx.HttpContext;
    if (ApiProblems.IsApi(http.Request))
    {
        var status = http.Response.StatusCode;
        await ApiProblems.WriteAsync(http, status, status == 404 ? "Không tìm thấy" : "Lỗi", status == 404 ? "Không tìm thấy dữ liệu yêu cầu." : "Yêu cầu không thực hiện được.");
    }
    else if (http.Response.StatusCode == 404)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(NotFoundPage.Html);
    }
    else if (http.Response.StatusCode == 429)
    {
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync("Đăng nhập quá nhiều lần trong một phút từ máy này. Hãy đợi một phút rồi thử lại.");
    }
});
app.UseMiddleware<SecurityHeaders>();
app.UseTdktMetrics(app.Configuration);
app.UseStaticFiles();
app.UseInputGuard(); // NUL in query, form or JSON → 400 naming the field
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuditActor(); // after authentication: the actor of this request's audit rows
app.UseMfaRequirement(AccountSecurity.MfaRequired(builder.Configuration, settings.DemoData == true));
app.UseAuthorization();

app.MapHealthChecks("/health", new HealthCheckOptions
{
    ResponseWriter = HealthWriter.WriteAsync,
}).AllowAnonymous();
app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
app.MapRazorPages();
app.MapApiV1();
app.MapMovementsApi();
app.MapEmulationApi();
app.MapConferencesApi();
app.MapDossiersApi();
app.MapCouncilApi();
app.MapDossierNomineesApi();
app.MapNoticesApi();
app.MapCertificatesApi();
app.MapDocumentsApi();

app.Lifetime.ApplicationStarted.Register(() => DemoBanner.Print(app, settings));
await app.RunAsync();
return 0;

static Task RedirectTo(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx)
{
    ctx.Response.Redirect(ctx.RedirectUri);
    return Task.CompletedTask;
}

/// <summary>Visible to the test host (WebApplicationFactory needs the entry point type).</summary>
public partial class Program;
