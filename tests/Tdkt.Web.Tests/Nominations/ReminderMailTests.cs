using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Domain.Nominations;
using Tdkt.Testing;
using Tdkt.Web.Pages.Nominations;
using static Tdkt.Web.Tests.Nominations.NominationScenario;

namespace Tdkt.Web.Tests.Nominations;

/// <summary>Reminders without opening a page (the background pass, run once here) and e-mail of notifications
/// through SMTP, sent after the commit, a failure never breaking the transition.</summary>
public sealed class ReminderMailTests : IAsyncLifetime
{
    // Tuesday 21/11/2023, 09:00 in Lai Châu: the seed draft must be sent before Friday 24/11 — 3 working days left.
    private readonly SettableClock _clock = new(new DateTimeOffset(2023, 11, 21, 2, 0, 0, TimeSpan.Zero));
    private readonly SmtpSink _sink = new();
    private TdktFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(ReminderMailTests), new Dictionary<string, string?>
        {
            ["Tdkt:Smtp:Host"] = "127.0.0.1",
            ["Tdkt:Smtp:Port"] = _sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Tdkt:Smtp:From"] = "tdkt@laichau.gov.vn",
            ["Tdkt:Smtp:PublicUrl"] = "https://tdkt.laichau.gov.vn",
        });
        _app.Clock = _clock;
    }

    public Task DisposeAsync()
    {
        _sink.Dispose();
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task BackgroundPass_RunOnce_RemindsTheClerksOnceWithoutAnyPageOpened()
    {
        var id = await ReadyDraftAsync(_app);
        var clerk = await Lookups.UserAsync(_app, "canbo.tanphong");
        var scopes = _app.Services.GetRequiredService<IServiceScopeFactory>();

        var first = await ReminderRunner.RunOnceAsync(scopes, CancellationToken.None);
        var second = await ReminderRunner.RunOnceAsync(scopes, CancellationToken.None);

        Assert.True(first >= 1);
        Assert.Equal(0, second);
        var reminders = await _app.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.UserId == clerk.Id && n.Url == Url(id) && n.Text.StartsWith(DeadlineReminders.SubmitPrefix)).ToListAsync());
        var reminder = Assert.Single(reminders);
        Assert.Contains("phải gửi trước ngày 24/11/2023, còn 3 ngày làm việc", reminder.Text);
    }

    [Fact]
    public async Task Submit_WithSmtpConfigured_MailsTheAppraiserInUtf8AfterCommit()
    {
        var id = await ReadyDraftAsync(_app);
        await _app.WithDbAsync(db => db.Users.Where(u => u.UserName == "thamdinh.tplc")
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Email, "thamdinh.tplc@laichau.gov.vn")));

        var response = await TransitionAsync(_app, "canbo.tanphong", id, "submit");

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var mail = await _sink.NextAsync(TimeSpan.FromSeconds(30));
        Assert.Contains("<thamdinh.tplc@laichau.gov.vn>", mail.Recipients);
        Assert.Equal("[TĐKT] Hồ sơ \"Đề nghị khen thưởng sơ kết phong trào Vì người nghèo\" vừa được gửi, chờ tiếp nhận.", mail.Subject);
        Assert.Contains("utf-8", mail.Raw, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("https://tdkt.laichau.gov.vn" + Url(id), mail.Body);
    }

    [Fact]
    public async Task Submit_WhenSmtpServerIsDown_TransitionStillCommits()
    {
        var id = await ReadyDraftAsync(_app);
        await _app.WithDbAsync(db => db.Users.Where(u => u.UserName == "thamdinh.tplc")
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Email, "thamdinh.tplc@laichau.gov.vn")));
        _sink.Dispose();

        var response = await TransitionAsync(_app, "canbo.tanphong", id, "submit");

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal(DossierStatus.Submitted, await _app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == id).Select(d => d.Status).SingleAsync()));
        Assert.True(await _app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.Url == Url(id) && n.Text.Contains("vừa được gửi"))));
    }

    /// <summary>The smallest SMTP server that lets SmtpClient deliver: answers every command, captures each message.</summary>
    private sealed class SmtpSink : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly System.Threading.Channels.Channel<Mail> _mails = System.Threading.Channels.Channel.CreateUnbounded<Mail>();
        private readonly CancellationTokenSource _stop = new();

        public sealed record Mail(List<string> Recipients, string Raw, string Subject, string Body);

        public SmtpSink()
        {
            _listener.Start();
            _ = Task.Run(AcceptAsync);
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public async Task<Mail> NextAsync(TimeSpan timeout)
        {
            using var cts = new CancellationTokenSource(timeout);
            return await _mails.Reader.ReadAsync(cts.Token);
        }

        private async Task AcceptAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync(_stop.Token);
                }
                catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
                {
                    return;
                }

                _ = Task.Run(() => ServeAsync(client));
            }
        }

        private async Task ServeAsync(TcpClient client)
        {
            using (client)
            {
                var stream = client.GetStream();
                using var reader = new StreamReader(stream, new UTF8Encoding(false));
                await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
                await writer.WriteLineAsync("220 sink ESMTP");
                var recipients = new List<string>();
                while (await reader.ReadLineAsync() is { } line)
                {
                    var verb = line.Split(' ', ':')[0].ToUpperInvariant();
                    switch (verb)
                    {
                        case "EHLO":
                            await writer.WriteLineAsync("250-sink");
                            await writer.WriteLineAsync("250 8BITMIME");
                            break;
                        case "RCPT":
                            recipients.Add(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
                            await writer.WriteLineAsync("250 OK");
                            break;
                        case "DATA":
                            await writer.WriteLineAsync("354 go ahead");
                            var raw = new StringBuilder();
                            while (await reader.ReadLineAsync() is { } data && data != ".")
                            {
                                raw.Append(data).Append("\r\n");
                            }

                            _mails.Writer.TryWrite(Parse([.. recipients], raw.ToString()));
                            recipients.Clear();
                            await writer.WriteLineAsync("250 queued");
                            break;
                        case "QUIT":
                            await writer.WriteLineAsync("221 bye");
                            return;
                        default:
                            await writer.WriteLineAsync("250 OK");
                            break;
                    }
                }
            }
        }

        /// <summary>Subject decoded from RFC 2047 words (B or Q), body decoded from base64 or quoted-printable.</summary>
        private static Mail Parse(List<string> recipients, string raw)
        {
            var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var headers = Regex.Replace(raw[..split], "\r\n[ \t]+", " ");
            var subjectLine = Regex.Match(headers, "^Subject: (.*)$", RegexOptions.Multiline).Groups[1].Value.TrimEnd('\r');
            var subject = Regex.Replace(subjectLine, @"=\?utf-8\?([BQ])\?(.*?)\?=\s*", m => m.Groups[1].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
                ? Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[2].Value))
                : QuotedPrintable(m.Groups[2].Value.Replace('_', ' ')), RegexOptions.IgnoreCase);
            var body = raw[(split + 4)..];
            var transfer = Regex.Match(headers, "^Content-Transfer-Encoding: (.*)$", RegexOptions.Multiline | RegexOptions.IgnoreCase).Groups[1].Value.Trim();
            body = transfer.ToLowerInvariant() switch
            {
                "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", string.Empty, StringComparison.Ordinal))),
                "quoted-printable" => QuotedPrintable(body.Replace("=\r\n", string.Empty, StringComparison.Ordinal)),
                _ => body,
            };
            return new Mail(recipients, raw, subject, body);
        }

        private static string QuotedPrintable(string text)
        {
            var bytes = new List<byte>();
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
                {
                    bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                    i += 2;
                }
                else
                {
                    bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
                }
            }

            return Encoding.UTF8.GetString([.. bytes]);
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            _listener.Dispose();
        }
    }
}
