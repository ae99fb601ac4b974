using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Domain.Awards;
using Tdkt.Testing;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Registry;

namespace Tdkt.Web.Tests.Registry;

/// <summary>A person's facts come from one statement (<see cref="RegistryFacts.ForPersonAsync"/>, ADR-0043). They must
/// be the same facts the subtree loader reads table by table with LINQ: every kind of fact, the merged person's rows
/// counted for the survivor, asked by either id.</summary>
public sealed class RegistryFactsQueryTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(RegistryFactsQueryTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A person's facts as text, each list sorted: the order of rows is not part of the contract.</summary>
    private static string Shape(SubjectFacts f) => string.Join(" | ",
        string.Join(",", f.Ratings.Select(x => $"{x.Year}:{x.Rating}").Order(StringComparer.Ordinal)),
        string.Join(",", f.Awards.Select(x => $"{x.Year}:{x.AwardCode}:{x.DecisionDate:yyyy-MM-dd}:{x.Kind}").Order(StringComparer.Ordinal)),
        string.Join(",", f.Initiatives.Select(x => $"{x.Year}:{x.Scope}:{x.UsedFor}:{x.Kind}").Order(StringComparer.Ordinal)),
        string.Join(",", f.Disciplines.Select(x => $"{x.Level}:{x.From:yyyy-MM-dd}:{x.To:yyyy-MM-dd}").Order(StringComparer.Ordinal)),
        string.Join(",", f.Holds.Select(x => $"{x.Kind}:{x.From:yyyy-MM-dd}:{x.To:yyyy-MM-dd}").Order(StringComparer.Ordinal)));

    [Fact]
    public async Task MergedPeopleWithEveryKindOfFact_OneStatementEqualsTheTableByTableLoader()
    {
        var unit = await Lookups.UnitIdAsync(_app, "LCH-PT-PNV");
        var path = await _app.WithDbAsync(db => db.OrgUnits.Where(u => u.Id == unit).Select(u => u.Path).SingleAsync());
        var (a, b, plain) = await _app.WithDbAsync(async db =>
        {
            var a = new Person { FullName = "Lò Văn Sự", BirthYear = 1979, OrgUnitId = unit };
            var b = new Person { FullName = "Lo Van Su", BirthYear = 1979, OrgUnitId = unit };
            var plain = new Person { FullName = "Giàng Thị Mai", BirthYear = 1990, OrgUnitId = unit };
            db.People.AddRange(a, b, plain);
            await db.SaveChangesAsync();
            foreach (var (p, shift) in new[] { (a, 0), (b, 1), (plain, 2) })
            {
                db.YearlyRatings.AddRange(
                    new YearlyRating { OrgUnitId = unit, PersonId = p.Id, Year = 2023 + shift % 2, Rating = Rating.Excellent },
                    new YearlyRating { OrgUnitId = unit, PersonId = p.Id, Year = 2021 + shift, Rating = Rating.Good });
                db.AwardRecords.Add(new AwardRecordEntry
                {
                    OrgUnitId = unit, PersonId = p.Id, AwardCode = AwardCodes.Cstdcs, Year = 2022 + shift, DecisionNumber = $"{10 + shift}/QĐ-UBND",
                    DecisionDate = new DateOnly(2022 + shift, 12, 20), Kind = shift == 1 ? CommendationKind.Thematic : CommendationKind.Merit,
                });
                db.Initiatives.Add(new InitiativeEntry
                {
                    OrgUnitId = unit, PersonId = p.Id, Year = 2022 + shift, Title = "Sáng kiến " + p.FullName,
                    Scope = shift == 0 ? InitiativeScope.Grassroots : InitiativeScope.Provincial, Kind = InitiativeKind.Initiative,
                    UsedFor = shift == 0 ? "CSTDCS 2022" : null,
                });
                db.Disciplines.Add(new DisciplineEntry { OrgUnitId = unit, PersonId = p.Id, Level = DisciplineLevel.Reprimand, From = new DateOnly(2019 + shift, 3, 1), To = new DateOnly(2020 + shift, 3, 1) });
                db.Holds.Add(new HoldEntry { OrgUnitId = unit, PersonId = p.Id, Kind = HoldKind.Inspection, From = new DateOnly(2025, 5, 1 + shift), To = shift == 0 ? null : new DateOnly(2025, 9, 1) });
            }

            // A collective fact of the same unit must not reach a person.
            db.AwardRecords.Add(new AwardRecordEntry
            {
                OrgUnitId = unit, AwardCode = AwardCodes.Ttldtt, Year = 2024, DecisionNumber = "99/QĐ-UBND", DecisionDate = new DateOnly(2024, 12, 20),
            });
            db.PersonMerges.Add(new PersonMerge { MergedPersonId = b.Id, SurvivorPersonId = a.Id, Reason = "Cùng một người", UserId = "test", UserName = "test", At = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            return (a.Id, b.Id, plain.Id);
        });

        await using var scope = _app.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<RegistryFacts>();
        var subtree = await registry.LoadSubtreeAsync(path, CancellationToken.None);
        var survivor = await registry.ForPersonAsync(a, CancellationToken.None);
        var asMerged = await registry.ForPersonAsync(b, CancellationToken.None);
        var other = await registry.ForPersonAsync(plain, CancellationToken.None);

        Assert.Equal(Shape(subtree.PersonFacts[a]), Shape(survivor));
        Assert.Equal(Shape(survivor), Shape(asMerged));
        Assert.Equal(Shape(subtree.PersonFacts[plain]), Shape(other));
        Assert.False(subtree.PersonFacts.ContainsKey(b)); // the merged person is listed under the survivor only
        // Both people's rows are in: two of each kind but ratings (four) for the pair, one of each for the plain person.
        Assert.Equal([4, 2, 2, 2, 2], [survivor.Ratings.Count, survivor.Awards.Count, survivor.Initiatives.Count, survivor.Disciplines.Count, survivor.Holds.Count]);
        Assert.Equal([2, 1, 1, 1, 1], [other.Ratings.Count, other.Awards.Count, other.Initiatives.Count, other.Disciplines.Count, other.Holds.Count]);
        Assert.Contains(survivor.Holds, h => h.To is null);
        Assert.Contains(survivor.Initiatives, i => i.UsedFor == "CSTDCS 2022");
        Assert.Contains(survivor.Awards, x => x.Kind == CommendationKind.Thematic);
    }
}
