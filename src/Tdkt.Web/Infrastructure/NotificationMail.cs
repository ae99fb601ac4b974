using System.Net;
using System.Net.Mail;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Tdkt.Web.Data;

namespace Tdkt.Web.Infrastructure;

/// <summary>SMTP settings (section <c>Tdkt:Smtp</c>); e-mail is off while <see cref="Host"/> is empty.</summary>
public sealed record SmtpSettings(string? Host, int Port = 25, string From = "tdkt@localhost", string? UserName = null,
    string? Password = null, bool EnableSsl = false, string? PublicUrl = null)
{
    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    public static SmtpSettings Read(IConfiguration config)
    {
        var s = config.GetSection("Tdkt:Smtp");
        return new SmtpSettings(s["Host"], int.TryParse(s["Port"], System.Globalization.CultureInfo.InvariantCulture, out var port) ? port : 25,
            s["From"] ?? "tdkt@localhost", s["UserName"], s["Password"], bool.TryParse(s["EnableSsl"], out var ssl) && ssl, s["PublicUrl"]);
    }
}

/// <summary>Queue of in-app notifications to e-mail once their transaction has committed.</summary>
public sealed class NotificationMailQueue
{
    private readonly Channel<Notification> _channel = Channel.CreateUnbounded<Notification>(new UnboundedChannelOptions { SingleReader = true });

    private int _waiting; // a single-reader channel cannot count its items: the gauge tdkt.mail.queue reads this

    public NotificationMailQueue() => JobMetrics.ObserveMailQueue(() => Volatile.Read(ref _waiting));

    /// <summary>The notifications in commit order, each counted out of the queue as it is handed over.</summary>
    public async IAsyncEnumerable<Notification> ReadAllAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var n in _channel.Reader.ReadAllAsync(ct))
        {
            Interlocked.Decrement(ref _waiting);
            yield return n;
        }
    }

    public void Enqueue(IEnumerable<Notification> notifications)
    {
        foreach (var n in notifications)
        {
            Interlocked.Increment(ref _waiting);
            if (!_channel.Writer.TryWrite(n))
            {
                Interlocked.Decrement(ref _waiting);
            }
        }
    }
}

/// <summary>Watches saves for new <see cref="Notification"/> rows and queues them for e-mail after the commit: at once
/// for a save outside a transaction, on commit of the surrounding transaction otherwise, never on rollback or failure.
/// Only installed when SMTP is configured.</summary>
public sealed class NotificationMailInterceptor(NotificationMailQueue queue) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<Notification>> _pending = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    private void Capture(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var added = context.ChangeTracker.Entries<Notification>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (added.Count > 0)
        {
            _pending.GetOrCreateValue(context).AddRange(added);
        }
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    private void Saved(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            Flush(context);
        }
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Drop(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Drop(eventData.Context);

    private void Flush(DbContext context)
    {
        if (_pending.TryGetValue(context, out var list) && list.Count > 0)
        {
            queue.Enqueue(list);
            list.Clear();
        }
    }

    private void Drop(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var list))
        {
            list.Clear();
        }
    }

    // IDbTransactionInterceptor: only commit and rollback matter here.
    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } c)
        {
            Flush(c);
        }
    }

    public Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => Drop(eventData.Context);

    public Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Drop(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionFailed(System.Data.Common.DbTransaction transaction, TransactionErrorEventData eventData) => Drop(eventData.Context);

    public Task TransactionFailedAsync(System.Data.Common.DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Drop(eventData.Context);
        return Task.CompletedTask;
    }
}

/// <summary>Sends queued notifications to the users' e-mail addresses with <see cref="SmtpClient"/>. A failure is
/// logged and the message dropped: the in-app notification stays, the transition it reports is already committed.</summary>
public sealed class NotificationMailSender(NotificationMailQueue queue, SmtpSettings smtp, IServiceScopeFactory scopes,
    ILogger<NotificationMailSender> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var n in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await SendAsync(n, stoppingToken);
            }
            catch (Exception e) when (e is SmtpException or IOException or InvalidOperationException or FormatException or System.Net.Sockets.SocketException)
            {
                log.LogWarning(e, "Không gửi được e-mail thông báo {NotificationId} cho người dùng {UserId}", n.Id, n.UserId);
            }
        }
    }

    private async Task SendAsync(Notification n, CancellationToken ct)
    {
        string? address;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
            address = await db.Users.AsNoTracking().Where(u => u.Id == n.UserId).Select(u => u.Email).SingleOrDefaultAsync(ct);
        }

        if (string.IsNullOrWhiteSpace(address))
        {
            return;
        }

        using var message = Message(smtp, address, n);
        using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.EnableSsl, DeliveryMethod = SmtpDeliveryMethod.Network, Timeout = 30_000 };
        if (smtp.UserName is { Length: > 0 } user)
        {
            client.Credentials = new NetworkCredential(user, smtp.Password);
        }

        await client.SendMailAsync(message, ct);
    }

    /// <summary>Subject: the notification text (first 150 characters); body: the text and the link; UTF-8 throughout.</summary>
    public static MailMessage Message(SmtpSettings smtp, string to, Notification n)
    {
        var subject = n.Text.Length > 150 ? n.Text[..150] + "…" : n.Text;
        var link = n.Url is null ? null : (smtp.PublicUrl?.TrimEnd('/') ?? string.Empty) + n.Url;
        return new MailMessage(new MailAddress(smtp.From, "Hệ thống Thi đua - Khen thưởng", Encoding.UTF8), new MailAddress(to))
        {
            Subject = "[TĐKT] " + subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            Body = n.Text + (link is null ? string.Empty : "\r\n\r\nXem chi tiết: " + link)
                + "\r\n\r\n(Thư gửi tự động từ hệ thống quản lý thi đua, khen thưởng; vui lòng không trả lời thư này.)",
            BodyEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
    }
}
