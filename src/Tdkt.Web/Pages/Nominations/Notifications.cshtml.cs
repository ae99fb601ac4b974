using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Nominations;

/// <summary>The caller's in-app notifications (no e-mail: SMTP is not configured); the caller's own deadline reminders
/// are brought up to date first.</summary>
public sealed class NotificationsModel(TdktDbContext db, CurrentUser me, DeadlineReminders reminders) : PageModel
{
    public IReadOnlyList<Notification> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var id = me.UserId;
        if (id is not null)
        {
            if (await reminders.RunForUserAsync(id, await me.ScopeAsync(ct), ct) > 0)
            {
                me.NotificationsChanged(); // the badge in the layout counts the reminders just written
            }
        }

        Items = await db.Notifications.AsNoTracking().Where(n => n.UserId == id).OrderByDescending(n => n.At).Take(200).ToListAsync(ct);
    }
}
