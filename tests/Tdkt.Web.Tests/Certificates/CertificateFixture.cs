using Microsoft.EntityFrameworkCore;
using Tdkt.Testing;
using Tdkt.Web.Data;
using static Tdkt.Web.Tests.Nominations.NominationScenario;

namespace Tdkt.Web.Tests.Certificates;

/// <summary>One database with the seed scenario's Giấy khen decision issued on 15/01/2024 by UBND thành phố Lai Châu for
/// names with stacked Vietnamese marks; the QR base address comes from Tdkt:PublicBaseUrl.</summary>
public sealed class CertificateFixture : IAsyncLifetime
{
    public const string PublicBase = "https://tdkt.laichau.example";
    public const string Huong = "Nguyễn Thị Hường";
    public const string Huong2 = "Đặng Văn Hưởng";
    public const string CitizenId = "012185004321";

    public static readonly IReadOnlyList<NomineeSpec> People =
    [
        new("Individual", Huong, "1985", Gender: "Nữ", CitizenId: CitizenId),
        new("Individual", Huong2, "1979", Gender: "Nam"),
        new("Household", "Giàng A Páo", Address: "Tổ dân phố 3, phường Tân Phong"),
    ];

    public SettableClock Clock { get; } = new(new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero));
    public TdktFactory App { get; private set; } = null!;
    public int DossierId { get; private set; }
    public Decision Decision { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await TestDatabases.NewFactoryAsync("CertificateTests", new Dictionary<string, string?> { ["Tdkt:PublicBaseUrl"] = PublicBase });
        App.Clock = Clock;
        DossierId = await IssuedAsync(App, Clock, People);
        Decision = await App.WithDbAsync(db => db.Decisions.AsNoTracking().SingleAsync(d => d.DossierId == DossierId));
    }

    public Task<DecisionRecipient> RecipientAsync(string name) =>
        App.WithDbAsync(db => db.DecisionRecipients.AsNoTracking().SingleAsync(r => r.DecisionId == Decision.Id && r.Name == name));

    public Task<string> TokenAsync(int recipientId) =>
        App.WithDbAsync(db => db.Set<CertificateToken>().Where(t => t.DecisionRecipientId == recipientId).Select(t => t.Token).SingleAsync());

    public Task DisposeAsync()
    {
        App.Dispose();
        if (Directory.Exists(PdfTools.Root))
        {
            Directory.Delete(PdfTools.Root, recursive: true);
        }

        return Task.CompletedTask;
    }
}
