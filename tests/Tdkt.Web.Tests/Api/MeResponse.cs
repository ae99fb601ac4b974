namespace Tdkt.Web.Tests.Api;

public sealed record MeGrant(string Role, int OrgUnitId, string OrgUnitCode, string OrgUnitName);

public sealed record MeResponse(string Id, string UserName, string FullName, string? Position, int OrgUnitId, string[] Roles, MeGrant[] Grants);
