using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Tdkt.Web.Api;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Notices;
using Tdkt.Web.Security;

var builder = WebApplication.CreateBuilder(args);
var settings = TdktSettings.From(builder.Configuration, builder.Environment);

builder.Logging.ClearProviders();
builder.Logging.AddJsonConsole(o =>
{
    o.IncludeScopes = true; // carries RequestId / TraceId from the hosting scope
    o.UseUtcTimestamp = true;
    o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
    o.JsonWriterOptions = new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
});

// No connection string: run our own PostgreSQL cluster under the data folder (demo mode).
EmbeddedPostgres? embedded = null;
var connectionString = builder.Configuration.GetConnectionString("Tdkt");
if (string.IsNullOrWhiteSpace(connectionString))
{
    using var startupLog = LoggerFactory.Create(l => l.AddJsonConsole());
    embedded = EmbeddedPostgres.Start(settings.DataFolder, settings.EmbeddedPgPort, startupLog.CreateLogger("EmbeddedPostgres"));
    connectionString = embedded.ConnectionString;
    settings.DemoData ??= true;
}

builder.Services.AddSingleton(settings);
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

builder.Services.AddDbContext<TdktDbContext>((sp, o) =>
{
    o.UseNpgsql(connectionString, n => n.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
    if (smtp.Enabled)
    {
        o.AddInterceptors(sp.GetRequiredService<NotificationMailInterceptor>());
    }
});
builder.Services.AddScoped<CurrentUser>();

builder.Services.AddDataProtection()
    .SetApplicationName("Tdkt")
    .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(settings.DataFolder, "keys")));

builder.Services.AddIdentityCore<AppUser>(o =>
    {
        o.Password.RequiredLength = 12;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequiredUniqueChars = 1;
        o.Lockout.MaxFailedAccessAttempts = 5;
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
    .AddMvcOptions(o => VietnameseModelBinding.Apply(o.ModelBindingMessageProvider));
builder.Services.AddOpenApi("v1");
builder.Services.AddProblemDetails();
builder.Services.AddHealthChecks().AddDbContextCheck<TdktDbContext>("database");
builder.Services.AddTdktFeatures();

var app = builder.Build();

if (embedded is not null)
{
    app.Lifetime.ApplicationStopped.Register(embedded.Stop);
}

await DatabaseSetup.MigrateAndSeedAsync(app.Services, settings, app.Logger);

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
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuditActor(); // after authentication: the actor of this request's audit rows
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

static Task RedirectTo(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx)
{
    ctx.Response.Redirect(ctx.RedirectUri);
    return Task.CompletedTask;
}

/// <summary>Visible to the test host (WebApplicationFactory needs the entry point type).</summary>
public partial class Program;
