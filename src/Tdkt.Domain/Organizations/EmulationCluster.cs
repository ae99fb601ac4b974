using Tdkt.Domain.Common;

namespace Tdkt.Domain.Organizations;

public enum ClusterKind
{
    /// <summary>Cụm thi đua: units grouped by territory.</summary>
    Cluster,
    /// <summary>Khối thi đua: units grouped by field or function.</summary>
    Bloc,
}

/// <summary>
/// A cụm/khối thi đua: a grouping of units separate from the tree, organised by one unit
/// (e.g. UBND tỉnh) with a leader unit (cụm trưởng/khối trưởng) that rotates each year.
/// </summary>
public sealed class EmulationCluster
{
    private readonly List<ClusterMember> _members = [];
    private readonly List<ClusterLeadership> _leaders = [];

    private EmulationCluster()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public int Id { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }
    public ClusterKind Kind { get; private set; }

    /// <summary>The unit that organises the cluster (its members must sit in its subtree).</summary>
    public int OwnerOrgUnitId { get; private set; }
    public IReadOnlyList<ClusterMember> Members => _members;
    public IReadOnlyList<ClusterLeadership> Leaders => _leaders;

    /// <summary>Optimistic concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; private set; }

    /// <summary>Members in <paramref name="year"/> (joined on or before it, not left before it).</summary>
    public IEnumerable<ClusterMember> MembersIn(int year) =>
        _members.Where(m => m.FromYear <= year && (m.ToYear is null || year <= m.ToYear));

    public ClusterLeadership? LeadershipIn(int year) => _leaders.FirstOrDefault(l => l.Year == year);

    public static Result<EmulationCluster> Create(string code, string name, ClusterKind kind, int ownerOrgUnitId)
    {
        var c = (code ?? string.Empty).Trim().ToUpperInvariant();
        if (c.Length is 0 or > 32)
        {
            return new ValidationError("Code", "Mã cụm, khối là bắt buộc, tối đa 32 ký tự.");
        }

        var n = VietnameseText.Normalize(name);
        if (n.Length is 0 or > 250)
        {
            return new ValidationError("Name", "Tên cụm, khối là bắt buộc, tối đa 250 ký tự.");
        }

        return new EmulationCluster { Code = c, Name = n, Kind = kind, OwnerOrgUnitId = ownerOrgUnitId };
    }

    public Result Edit(string? name, ClusterKind kind)
    {
        var n = VietnameseText.Normalize(name);
        if (n.Length is 0 or > 250)
        {
            return new ValidationError("Name", "Tên cụm, khối là bắt buộc, tối đa 250 ký tự.");
        }

        Name = n;
        Kind = kind;
        return Result.Success();
    }

    public Result AddMember(int orgUnitId, int fromYear)
    {
        if (fromYear is < 2000 or > 2100)
        {
            return new ValidationError("FromYear", "Năm tham gia phải từ 2000 đến 2100, ví dụ 2024.");
        }

        if (_members.Any(m => m.OrgUnitId == orgUnitId && (m.ToYear is null || m.ToYear >= fromYear)))
        {
            return new ConflictError("Đơn vị đã là thành viên của cụm, khối này trong năm đó.", "OrgUnitId");
        }

        _members.Add(new ClusterMember(orgUnitId, fromYear));
        return Result.Success();
    }

    /// <summary>Rời cụm, khối: the unit stays a member up to <paramref name="lastYear"/> (history is kept);
    /// it cannot leave while it leads or deputises in a later year.</summary>
    public Result RemoveMember(int orgUnitId, int lastYear)
    {
        var m = _members.FirstOrDefault(x => x.OrgUnitId == orgUnitId && x.ToYear is null);
        if (m is null)
        {
            return new NotFoundError("Đơn vị không còn là thành viên của cụm, khối này.");
        }

        if (lastYear < m.FromYear - 1)
        {
            return new ValidationError("LastYear", $"Năm cuối cùng là thành viên không được trước năm tham gia ({m.FromYear}) quá một năm.");
        }

        if (_leaders.Any(l => l.Year > lastYear && (l.LeaderOrgUnitId == orgUnitId || l.DeputyOrgUnitId == orgUnitId)))
        {
            return new ValidationError("LastYear", "Đơn vị đang là trưởng hoặc phó cụm, khối của một năm sau năm rời; hãy đổi trưởng, phó trước.");
        }

        if (lastYear < m.FromYear)
        {
            _members.Remove(m); // added by mistake: never a member
        }
        else
        {
            m.End(lastYear);
        }

        return Result.Success();
    }

    /// <summary>Sets the leader (and optional deputy) unit for a year; both must be current members.</summary>
    public Result SetLeader(int year, int leaderOrgUnitId, int? deputyOrgUnitId)
    {
        bool IsMember(int id) => _members.Any(m => m.OrgUnitId == id && m.FromYear <= year && (m.ToYear is null || year <= m.ToYear));
        if (!IsMember(leaderOrgUnitId))
        {
            return new ValidationError("LeaderOrgUnitId", $"Đơn vị trưởng cụm, khối phải là thành viên trong năm {year}.");
        }

        if (deputyOrgUnitId is { } d && (!IsMember(d) || d == leaderOrgUnitId))
        {
            return new ValidationError("DeputyOrgUnitId", "Đơn vị phó phải là thành viên khác với đơn vị trưởng.");
        }

        _leaders.RemoveAll(l => l.Year == year);
        _leaders.Add(new ClusterLeadership(year, leaderOrgUnitId, deputyOrgUnitId));
        return Result.Success();
    }
}

public sealed class ClusterMember
{
    private ClusterMember() { }

    internal ClusterMember(int orgUnitId, int fromYear)
    {
        OrgUnitId = orgUnitId;
        FromYear = fromYear;
    }

    public int Id { get; private set; }
    public int ClusterId { get; private set; }
    public int OrgUnitId { get; private set; }
    public int FromYear { get; private set; }
    public int? ToYear { get; private set; }

    internal void End(int lastYear) => ToYear = lastYear;
}

public sealed class ClusterLeadership
{
    private ClusterLeadership() { }

    internal ClusterLeadership(int year, int leaderOrgUnitId, int? deputyOrgUnitId)
    {
        Year = year;
        LeaderOrgUnitId = leaderOrgUnitId;
        DeputyOrgUnitId = deputyOrgUnitId;
    }

    public int Id { get; private set; }
    public int ClusterId { get; private set; }
    public int Year { get; private set; }
    public int LeaderOrgUnitId { get; private set; }
    public int? DeputyOrgUnitId { get; private set; }
}
