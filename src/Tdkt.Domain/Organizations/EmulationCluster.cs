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

    public Result AddMember(int orgUnitId, int fromYear)
    {
        if (_members.Any(m => m.OrgUnitId == orgUnitId && m.ToYear is null))
        {
            return new ConflictError("Đơn vị đã là thành viên của cụm, khối này.");
        }

        _members.Add(new ClusterMember(orgUnitId, fromYear));
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
