using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Tdkt.Web.Security;

/// <summary>
/// Malformed input answers 400 with a Vietnamese message naming the field, never 500 (issue 15, ADR-0020):
/// <list type="bullet">
/// <item><see cref="UseInputGuard"/>: a NUL character in a query value, an url-encoded form field or a JSON string is
/// refused before any handler runs (PostgreSQL cannot store NUL in text; other control characters, e.g. the vertical
/// tab Word puts in pasted text, are stored as they are).</item>
/// <item><see cref="BadInputExceptionHandler"/>: what still slips through to the database as bad data (a value longer
/// than its column, a number or date out of range, NUL) or a body the framework cannot bind is mapped in one place to
/// a 400: a validation problem naming the field for the API, a short Vietnamese page otherwise.</item>
/// </list>
/// </summary>
public static class InputGuard
{
    private const int MaxScannedJsonBytes = 1024 * 1024;

    public static string ControlCharMessage(string field) =>
        $"Trường \"{field}\" có ký tự điều khiển không hợp lệ (ví dụ ký tự NUL). Hãy nhập lại bằng chữ thường.";

    public static IServiceCollection AddInputGuard(this IServiceCollection services)
    {
        // Binding failures of minimal APIs reach the handler below (which names the parameter) in every environment.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services.AddExceptionHandler<BadInputExceptionHandler>();
    }

    public static WebApplication UseInputGuard(this WebApplication app)
    {
        app.Use(async (ctx, next) =>
        {
            if (await FindControlCharsAsync(ctx.Request) is { } bad)
            {
                await RefuseAsync(ctx, bad.Field, bad.Date ? DateRangeMessage(bad.Field) : ControlCharMessage(bad.Field));
                return;
            }

            await next();
        });
        return app;
    }

    /// <summary>Dates of the API (JSON strings and query values written yyyy-MM-dd…) are refused outside these years.</summary>
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    public static string DateRangeMessage(string field) =>
        $"Trường \"{field}\" có ngày ngoài khoảng cho phép (từ năm {MinYear} đến năm {MaxYear}).";

    /// <summary>An ISO date (yyyy-MM-dd, possibly with a time) whose year is outside <see cref="MinYear"/>–<see cref="MaxYear"/>.</summary>
    public static bool IsOutOfRangeDate(ReadOnlySpan<char> s)
    {
        if (s.Length < 10 || s[4] != '-' || s[7] != '-' || !int.TryParse(s[..4], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            || !char.IsAsciiDigit(s[5]) || !char.IsAsciiDigit(s[6]) || !char.IsAsciiDigit(s[8]) || !char.IsAsciiDigit(s[9]) || (s.Length > 10 && s[10] is not ('T' or ' ')))
        {
            return false;
        }

        return year is < MinYear or > MaxYear;
    }

    /// <summary>The first field holding a forbidden control character (or, <c>Date</c>, an out-of-range date), or null.</summary>
    private static async Task<(string Field, bool Date)?> FindControlCharsAsync(HttpRequest request)
    {
        foreach (var (key, values) in request.Query)
        {
            if (HasControl(key) || values.Any(v => v is not null && HasControl(v)))
            {
                return (key, false);
            }

            if (values.Any(v => v is not null && IsOutOfRangeDate(v)))
            {
                return (key, true);
            }
        }

        if (!HttpMethods.IsPost(request.Method) && !HttpMethods.IsPut(request.Method) && !HttpMethods.IsPatch(request.Method))
        {
            return null;
        }

        if (request.HasFormContentType && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            foreach (var (key, values) in form)
            {
                if (HasControl(key) || values.Any(v => v is not null && HasControl(v)))
                {
                    return (key, false);
                }
            }

            return null;
        }

        if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true
            && request.ContentLength is null or <= MaxScannedJsonBytes)
        {
            request.EnableBuffering();
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
            request.Body.Position = 0;
            return buffer.Length <= MaxScannedJsonBytes ? JsonFieldWithControl(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) : null;
        }

        return null;
    }

    private static (string Field, bool Date)? JsonFieldWithControl(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var property = "body";
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString() ?? "body";
                        if (HasControl(property))
                        {
                            return ("body", false);
                        }

                        break;
                    case JsonTokenType.String when reader.ValueIsEscaped || reader.ValueSpan.IndexOfAnyInRange((byte)0, (byte)0x1f) >= 0:
                        if (HasControl(reader.GetString() ?? string.Empty))
                        {
                            return (property, false);
                        }

                        break;
                    case JsonTokenType.String when reader.ValueSpan.Length is >= 10 and <= 40:
                        if (IsOutOfRangeDate(reader.GetString()))
                        {
                            return (property, true);
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            return null; // malformed JSON: the endpoint's own reader names the place
        }
        catch (InvalidOperationException)
        {
            return null;
        }

        return null;
    }

    public static bool HasControl(string s)
    {
        foreach (var ch in s)
        {
            if (ch == '\0')
            {
                return true;
            }
        }

        return false;
    }

    internal static async Task RefuseAsync(HttpContext ctx, string field, string message)
    {
        if (ctx.Response.HasStarted)
        {
            return;
        }

        // While an exception is handled the request path may already be the error page's: use the original one.
        var path = ctx.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? ctx.Request.Path.Value ?? string.Empty;
        if (path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) || path.Equals("/api", StringComparison.OrdinalIgnoreCase))
        {
            ctx.Response.Clear();
            await Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Dữ liệu không hợp lệ").ExecuteAsync(ctx);
            return;
        }

        ctx.Response.Clear();
        ctx.Response.StatusCode = StatusCodes.Status400BadRequest;
        ctx.Response.ContentType = "text/html; charset=utf-8";
        var encoded = System.Net.WebUtility.HtmlEncode(message);
        await ctx.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Dữ liệu không hợp lệ</title></head><body><h1>Dữ liệu không hợp lệ</h1><p>{encoded}</p><p><a href=\"javascript:history.back()\">Quay lại</a></p></body></html>",
            Encoding.UTF8);
    }
}

/// <summary>Bad data that reached the database or the binder → 400 naming the field (see <see cref="InputGuard"/>).</summary>
public sealed class BadInputExceptionHandler(ILogger<BadInputExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (Describe(exception) is not { } bad)
        {
            return false;
        }

        log.LogInformation("Refused bad input on {Path}: {Field}", httpContext.Request.Path, bad.Field);
        await InputGuard.RefuseAsync(httpContext, bad.Field, bad.Message);
        return true;
    }

    public static (string Field, string Message)? Describe(Exception exception)
    {
        switch (exception)
        {
            case BadHttpRequestException e when e.StatusCode is 400 or 413 or 415:
                var field = ParameterOf(e.Message) ?? "body";
                return (field, e.StatusCode == 413
                    ? "Nội dung gửi lên quá lớn."
                    : $"Giá trị của \"{field}\" không đúng định dạng (ví dụ số, ngày hoặc JSON hợp lệ).");
            case JsonException j:
                var path = string.IsNullOrEmpty(j.Path) || j.Path == "$" ? "body" : j.Path.TrimStart('$', '.');
                return (path, $"Nội dung JSON không hợp lệ tại \"{path}\".");
            case DbUpdateException u when u.InnerException is PostgresException pg && Message(pg) is { } m:
                return (FieldOf(u, pg) ?? pg.ColumnName ?? "body", m);
            case PostgresException pg when Message(pg) is { } m:
                return (pg.ColumnName ?? "q", m);
            case InvalidOperationException { InnerException: { } inner }:
                return Describe(inner);
            default:
                return null;
        }
    }

    private static string? Message(PostgresException pg) => pg.SqlState switch
    {
        PostgresErrorCodes.StringDataRightTruncation => "Giá trị quá dài so với giới hạn của trường này. Hãy rút gọn.",
        PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter => "Có ký tự không hợp lệ (ví dụ ký tự NUL). Hãy nhập lại.",
        PostgresErrorCodes.NumericValueOutOfRange => "Số quá lớn hoặc quá nhỏ.",
        PostgresErrorCodes.DatetimeFieldOverflow or PostgresErrorCodes.InvalidDatetimeFormat => "Ngày tháng nằm ngoài khoảng cho phép.",
        PostgresErrorCodes.InvalidTextRepresentation => "Giá trị không đúng định dạng.",
        _ => null,
    };

    /// <summary>The property of the failed entries whose value is longer than its column (for "value too long").</summary>
    private static string? FieldOf(DbUpdateException e, PostgresException pg)
    {
        if (pg.SqlState != PostgresErrorCodes.StringDataRightTruncation)
        {
            return null;
        }

        foreach (var entry in e.Entries)
        {
            foreach (var p in entry.Properties)
            {
                if (p.CurrentValue is string s && p.Metadata.GetMaxLength() is { } max && s.Length > max)
                {
                    return char.ToLowerInvariant(p.Metadata.Name[0]) + p.Metadata.Name[1..];
                }
            }
        }

        return null;
    }

    /// <summary>"Failed to bind parameter \"int year\" from \"0x\"." → "year".</summary>
    private static string? ParameterOf(string message)
    {
        var m = System.Text.RegularExpressions.Regex.Match(message, "parameter \"[^\" ]+ ([^\" ]+)\"", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(100));
        return m.Success ? m.Groups[1].Value : null;
    }
}
