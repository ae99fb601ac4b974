using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Nominations;
using Tdkt.Web.Security;

namespace Tdkt.Web.Documents;

/// <summary>Records the tờ trình's number and date on a dossier (page form and API): the proposing unit or the
/// receiving body's appraiser; an audit row; out of scope 404.</summary>
public sealed class SubmissionLetters(TdktDbContext db, CurrentUser me, TimeProvider clock, TdktSettings settings)
{
    public async Task<Result<Dossier>> RecordAsync(int dossierId, string? number, DateOnly? date, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var d = await db.Dossiers.SingleOrDefaultAsync(x => x.Id == dossierId, ct);
        var path = d is null ? null : await db.OrgUnits.AsNoTracking().Where(u => u.Id == d.ProposingUnitId).Select(u => u.Path).SingleAsync(ct);
        if (d is null || !NominationAccess.CanSee(scope, path!, d))
        {
            return new NotFoundError();
        }

        if (!NominationAccess.IsProposerOf(scope, path!, d) && !NominationAccess.CanAppraise(scope, d.ReceivingUnitId)
            && !NominationAccess.CanSign(scope, d.ReceivingUnitId))
        {
            return new ForbiddenError("Chỉ đơn vị trình, cán bộ thẩm định hoặc người ký được ghi số, ngày tờ trình.");
        }

        var r = d.RecordSubmissionLetter(number, date, clock.Today(settings));
        if (r.IsFailure)
        {
            return r.Error!;
        }

        db.AuditAction = "Ghi số, ngày tờ trình";
        await db.SaveChangesAsync(ct);
        return d;
    }
}
